package dev.lambdadesk.ui.functions.create;

import java.io.File;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import atlantafx.base.theme.Styles;
import org.kordamp.ikonli.javafx.FontIcon;

import dev.lambdadesk.ui.common.FieldFocus;
import dev.lambdadesk.ui.common.ProblemsPanel;
import dev.lambdadesk.ui.common.ExportMenu;

/**
 * The Create function form: sections on the left, the problems summary on the right (a click jumps to the field),
 * Create, import and export on top. Ctrl+Enter creates. It binds to its ViewModel and does nothing else.
 */
public final class CreateFunctionView extends BorderPane {

    static final KeyCombination CREATE_KEYS = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    private final CreateFunctionViewModel viewModel;
    private final Map<String, Node> focusTargets = new HashMap<>();

    public CreateFunctionView(CreateFunctionViewModel viewModel, Runnable back) {
        this.viewModel = viewModel;
        setId("create-function");
        getStyleClass().add("create-function");
        getStylesheets().add(CreateFunctionView.class.getResource("/dev/lambdadesk/ui/common/forms.css")
                .toExternalForm());
        getStylesheets().add(CreateFunctionView.class.getResource("/dev/lambdadesk/ui/functions/functions.css")
                .toExternalForm());
        setTop(new VBox(header(back), new CreateFormBanners(viewModel)));
        setCenter(sections());
        setRight(problems());
        // Escape leaves the form (kept as it is, and in its draft), as it leaves every form and dialog
        addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && !event.isConsumed()) {
                event.consume();
                back.run();
            }
        });
        sceneProperty().addListener((observable, old, now) -> {
            if (old != null) {
                old.getAccelerators().remove(CREATE_KEYS);
            }
            if (now != null) {
                now.getAccelerators().put(CREATE_KEYS, viewModel::create);
            }
        });
    }

    /** Moves the focus to the field of a problem. */
    public void goToField(String fieldId) {
        Node target = focusTargets.get(fieldId);
        if (target != null) {
            FieldFocus.focus(target);
        }
    }

    /** Puts the keyboard focus on the first field. */
    public void focusFirstField() {
        goToField(viewModel.basics().functionName.id());
    }

    private Node header(Runnable back) {
        Button backButton = new Button(null, new FontIcon("fth-arrow-left"));
        backButton.setId("create-back");
        backButton.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        backButton.setTooltip(new javafx.scene.control.Tooltip("Back to the functions (the form is kept)"));
        backButton.setAccessibleText("Back to the functions");
        backButton.setOnAction(event -> back.run());
        Label title = new Label("Create function");
        title.getStyleClass().add(Styles.TITLE_3);
        title.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        MenuItem importFile = new MenuItem("Import CLI JSON or get-function output…");
        importFile.setId("import-file");
        importFile.setOnAction(event -> chooseImport());
        MenuButton importMenu = new MenuButton("Import", new FontIcon("fth-upload"), importFile);
        importMenu.setId("import-menu");
        ExportMenu exportMenu = new ExportMenu("export-menu", viewModel.export(), "function");

        Button clear = new Button(null, new FontIcon("fth-rotate-ccw"));
        clear.getStyleClass().add(Styles.BUTTON_ICON);
        clear.setTooltip(new javafx.scene.control.Tooltip("Clear the form and start over"));
        clear.setAccessibleText("Clear the form");
        clear.setId("clear-form");
        clear.setOnAction(event -> viewModel.reset());

        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("create-progress");
        progress.setPrefSize(20, 20);
        progress.visibleProperty().bind(viewModel.creatingProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Button create = new Button("Create", new FontIcon("fth-check"));
        create.setId("create-button");
        create.getStyleClass().add(Styles.ACCENT);
        create.disableProperty().bind(viewModel.createDisabledProperty());
        create.setOnAction(event -> viewModel.create());
        create.setTooltip(new javafx.scene.control.Tooltip("Create the function (Ctrl+Enter)"));
        create.setMinWidth(Region.USE_PREF_SIZE);

        HBox header = new HBox(10, backButton, title, spacer, importMenu, exportMenu, clear, progress, create);
        header.getStyleClass().add("page-header");
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private void chooseImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import a CreateFunction request");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("JSON", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File file = chooser.showOpenDialog(getScene().getWindow());
        if (file != null) {
            viewModel.importFile(file.toPath());
        }
    }

    private Node sections() {
        VBox sections = new VBox(
                section("basics", "Basics", true, BasicsView::build),
                section("code", "Code", true, CodeView::build),
                section("permissions", "Permissions", true, PermissionsView::build),
                section("settings", "Settings", true, SettingsView::build),
                section("environment", "Environment variables", false, EnvironmentView::build),
                section("layers", "Layers", false, ListSectionsView::layers),
                section("networking", "Networking (VPC)", false, MoreSectionsView::networking),
                section("file-system", "File system", false, MoreSectionsView::fileSystem),
                section("delivery", "Dead-letter queue and encryption", false, MoreSectionsView::delivery),
                section("code-signing", "Code signing", false, ListSectionsView::codeSigning),
                section("tags", "Tags", false, ListSectionsView::tags),
                section("publish", "Publish", false, MoreSectionsView::publish),
                section("advanced", "Managed instances, durable execution, tenancy", false,
                        MoreSectionsView::advanced));
        sections.getStyleClass().add("form-sections");
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setId("create-form-scroll");
        scroll.setFitToWidth(true);
        // the form follows the window's width (fields shrink), so it never scrolls sideways
        sections.setMinWidth(0);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("form-scroll");
        return scroll;
    }

    private TitledPane section(String id, String title, boolean expanded,
            BiFunction<CreateFunctionViewModel, Map<String, Node>, Node> content) {
        TitledPane pane = new TitledPane(title, content.apply(viewModel, focusTargets));
        pane.setId("section-" + id);
        pane.setExpanded(expanded);
        pane.getStyleClass().add("form-section");
        return pane;
    }

    private Node problems() {
        return new ProblemsPanel("problems", "problems-summary", viewModel.validation(), this::goToField,
                "Nothing to fix: the request passes every rule Lambda checks before it accepts a function.");
    }
}
