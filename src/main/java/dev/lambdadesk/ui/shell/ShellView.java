package dev.lambdadesk.ui.shell;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;
import org.kordamp.ikonli.javafx.FontIcon;

import dev.lambdadesk.ui.statepanel.StatePanelView;

/**
 * The main window's content: lays out and binds the sidebar, header, section area and state panel. It can show
 * before the features' ViewModels exist (a light shell: the selected section's area says it is opening), and gets
 * them with {@link #attach}; the sections' views are then made on first visit.
 */
public final class ShellView extends BorderPane {

    private static final String EMPTY_STATE_PANEL = "Live state · functions you create or update appear here";

    private final ListView<Section> navigation = new ListView<>();
    private final Label sectionTitle = new Label();
    private final StackPane connectionSlot = new StackPane();
    private final StackPane noticeSlot = new StackPane();
    private final FontIcon themeIcon = new FontIcon("fth-moon");
    private final Button themeToggle = new Button(null, themeIcon);
    private final StackPane content = new StackPane();
    private final TitledPane statePanel = new TitledPane("Live state", null);

    private final ShellViewModel viewModel;
    private final Label placeholder = new Label();
    /** Null until {@link #attach}. */
    private SectionViews sections;

    /** The whole window's content at once. */
    public ShellView(MainWindowModels models) {
        this(models.shell());
        attach(models);
    }

    /** The light shell: sidebar and header working, the section area waiting for {@link #attach}. */
    public ShellView(ShellViewModel shell) {
        this.viewModel = shell;
        layOut();
        bindNavigation();
        bindHeader();
        bindContent();
        statePanel.setText(EMPTY_STATE_PANEL);
        statePanel.expandedProperty().bindBidirectional(viewModel.statePanelExpandedProperty());
    }

    /** Shows the sections and the live state panel of {@code models}, whose shell must be this view's. */
    public void attach(MainWindowModels models) {
        if (models.shell() != viewModel || sections != null) {
            throw new IllegalStateException("attach once, with the models of this shell");
        }
        sections = new SectionViews(models);
        content.getChildren().setAll(sections.hostFor(viewModel.selectedSectionProperty().get()));
        bindStatePanel(models);
    }

    /** Puts the keyboard focus on the sidebar, so the arrow keys move between sections right away. */
    public void focusNavigation() {
        navigation.requestFocus();
    }

    /**
     * Sidebar on the left; header, section content and the live state panel on the right. Built in code rather than
     * FXML: the shell is on the path to the first frame, and the FXML loader's first use costs a few hundred ms.
     */
    private void layOut() {
        setId("shell");
        getStyleClass().add("shell");
        HBox brand = new HBox(new ImageView(new Image(ShellView.class.getResource(
                "/dev/lambdadesk/ui/icons/lambdadesk-32.png").toExternalForm())), styled(new Label("LambdaDesk"),
                "brand-name"));
        brand.getStyleClass().add("brand");
        styled(navigation, "navigation").setId("navigation");
        VBox.setVgrow(navigation, Priority.ALWAYS);
        VBox sidebar = styled(new VBox(brand, navigation), "sidebar");
        sidebar.setId("sidebar");
        setLeft(sidebar);

        styled(sectionTitle, "section-title").setId("section-title");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        themeToggle.setId("theme-toggle");
        themeToggle.setOnAction(event -> viewModel.toggleTheme());
        HBox header = styled(new HBox(sectionTitle, gap, styled(connectionSlot, "connection-slot"), themeToggle),
                "header");
        header.setId("header");
        styled(content, "content").setId("content");
        styled(statePanel, "state-panel").setId("state-panel");
        statePanel.setGraphic(new FontIcon("fth-activity"));
        BorderPane workspace = styled(new BorderPane(content), "workspace");
        workspace.setTop(new VBox(header, styled(noticeSlot, "notice-slot")));
        workspace.setBottom(statePanel);
        setCenter(workspace);
    }

    private static <T extends Node> T styled(T node, String styleClass) {
        node.getStyleClass().add(styleClass);
        return node;
    }

    private void bindNavigation() {
        navigation.getItems().setAll(Section.values());
        navigation.setCellFactory(list -> new NavigationCell());
        navigation.getSelectionModel().select(viewModel.selectedSectionProperty().get());
        navigation.getSelectionModel().selectedItemProperty().addListener((observable, old, now) -> {
            if (now == null) {
                // Ctrl+click can clear a ListView's selection; the sidebar always shows where you are.
                Section current = viewModel.selectedSectionProperty().get();
                Platform.runLater(() -> navigation.getSelectionModel().select(current));
            } else {
                viewModel.select(now);
            }
        });
        viewModel.selectedSectionProperty().addListener(
                (observable, old, now) -> navigation.getSelectionModel().select(now));
    }

    private void bindHeader() {
        sectionTitle.textProperty().bind(viewModel.sectionTitleProperty());
        Button connectionButton = new Button();
        connectionButton.setId("connection-button");
        connectionButton.getStyleClass().addAll(Styles.FLAT, "connection-button");
        connectionButton.setGraphic(new ConnectionIndicator(viewModel));
        connectionButton.accessibleTextProperty().bind(viewModel.connectionSummaryProperty());
        connectionButton.setOnAction(event -> viewModel.requestConnectionPicker());
        connectionSlot.getChildren().add(connectionButton);
        noticeSlot.getChildren().add(new NoticeBar(viewModel));

        themeToggle.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        Tooltip themeTooltip = new Tooltip();
        themeTooltip.textProperty().bind(viewModel.themeToggleTextProperty());
        themeToggle.setTooltip(themeTooltip);
        themeToggle.accessibleTextProperty().bind(viewModel.themeToggleTextProperty());
        showThemeIcon(viewModel.darkThemeProperty().get());
        viewModel.darkThemeProperty().addListener((observable, old, dark) -> showThemeIcon(dark));
    }

    private void showThemeIcon(boolean dark) {
        themeIcon.setIconLiteral(dark ? "fth-sun" : "fth-moon");
    }

    /** Until {@link #attach}, the section area says which section is opening. */
    private void bindContent() {
        placeholder.setId("section-placeholder");
        placeholder.getStyleClass().add("section-placeholder");
        placeholder.textProperty().bind(viewModel.sectionTitleProperty().concat(" · opening…"));
        content.getChildren().setAll(placeholder);
        viewModel.selectedSectionProperty().addListener((observable, old, now) -> {
            if (sections != null) {
                content.getChildren().setAll(sections.hostFor(now));
            }
        });
    }

    /** The live state panel takes no room while it watches nothing: its title says what will appear there. */
    private void bindStatePanel(MainWindowModels models) {
        StatePanelView view = new StatePanelView(models.statePanel());
        Runnable follow = () -> {
            boolean empty = models.statePanel().rows().isEmpty();
            statePanel.setContent(empty ? null : view);
            statePanel.setText(empty ? EMPTY_STATE_PANEL : "Live state");
        };
        models.statePanel().rows().addListener((javafx.beans.InvalidationListener) o -> follow.run());
        follow.run();
    }
}
