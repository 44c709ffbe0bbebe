package dev.lambdadesk.ui.functions.explorer;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;
import org.kordamp.ikonli.javafx.FontIcon;

import dev.lambdadesk.core.FunctionSummary;
import dev.lambdadesk.ui.common.EmptyState;
import dev.lambdadesk.ui.common.TableWithDetails;
import dev.lambdadesk.ui.common.Views;
import dev.lambdadesk.ui.common.ConfirmByName;

/**
 * The function explorer: a toolbar (new, refresh, filter, progress), the functions table and the details pane with
 * the selected function's actions.
 */
public final class FunctionExplorerView extends BorderPane {

    private final FunctionExplorerViewModel viewModel;
    private final TableView<FunctionSummary> table = new TableView<>();
    private final TextField filter = new TextField();

    public FunctionExplorerView(FunctionExplorerViewModel viewModel, Runnable newFunction) {
        this.viewModel = viewModel;
        setId("function-explorer");
        getStyleClass().add("function-explorer");
        setTop(new VBox(toolbar(newFunction), notice()));
        setCenter(TableWithDetails.split(table, tablePane(), detailsPane()));
        primeRowsOnceSized();
    }

    /**
     * Builds one row of the table, off screen, as soon as the table has a size, and only then the list's rows: the
     * first rows a table ever shows cost far more than later ones (row and cell skins, their CSS, code that runs for
     * the first time: about 80 ms of the UI thread here), and paid in the middle of loading they froze the window.
     * The sample row is laid out and removed within one call, so it is never drawn.
     */
    private void primeRowsOnceSized() {
        ChangeListener<Number> sized = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Number> observable, Number old, Number height) {
                if (height.doubleValue() <= 0 || table.getScene() == null) {
                    return;
                }
                table.heightProperty().removeListener(this);
                Platform.runLater(FunctionExplorerView.this::primeRows);
            }
        };
        table.heightProperty().addListener(sized);
    }

    private void primeRows() {
        if (!table.getItems().isEmpty() || table.getScene() == null) {
            return;
        }
        ObservableList<FunctionSummary> real = table.getItems();
        table.setItems(FXCollections.observableArrayList(new FunctionSummary("sample", "", "", "Zip", 128, "", false,
                "")));
        table.applyCss();
        table.layout();
        table.setItems(real);
        table.layout();
    }

    /** Puts the keyboard focus in the filter field. */
    public void focusFilter() {
        filter.requestFocus();
    }

    private HBox toolbar(Runnable newFunction) {
        Button create = new Button("New function", new FontIcon("fth-plus"));
        create.setId("new-function");
        create.getStyleClass().add(Styles.ACCENT);
        create.setTooltip(new Tooltip("Create a function (Ctrl+N)"));
        create.setOnAction(event -> newFunction.run());
        create.setMinWidth(Region.USE_PREF_SIZE);
        Button refresh = new Button(null, new FontIcon("fth-refresh-cw"));
        refresh.setId("refresh-functions");
        refresh.setTooltip(new Tooltip("List the functions again"));
        refresh.setAccessibleText("Refresh");
        refresh.setOnAction(event -> viewModel.refresh());

        filter.setId("function-filter");
        filter.setPromptText("Filter by name or runtime");
        filter.setPrefColumnCount(22);
        filter.textProperty().bindBidirectional(viewModel.listing().filterProperty());
        filter.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DOWN) {
                table.requestFocus();
                table.getSelectionModel().selectFirst();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                filter.clear();
            }
        });

        ProgressIndicator loading = new ProgressIndicator();
        loading.setId("functions-loading");
        loading.setPrefSize(18, 18);
        loading.visibleProperty().bind(viewModel.listing().loadingProperty());
        loading.managedProperty().bind(loading.visibleProperty());
        Label status = new Label();
        status.setId("explorer-status");
        status.getStyleClass().add("form-note");
        status.textProperty().bind(viewModel.listing().statusProperty());
        status.setMinWidth(Region.USE_PREF_SIZE);
        filter.setMinWidth(120); // gives way before the buttons do
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, create, refresh, filter, spacer, loading, status);
        bar.getStyleClass().add("page-header");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /** A passing message under the toolbar, wrapped to the window's width; no room while there is none. */
    private Label notice() {
        Label notice = new Label();
        notice.setId("explorer-notice");
        notice.getStyleClass().addAll("form-note", "explorer-notice");
        notice.textProperty().bind(viewModel.noticeProperty());
        notice.setWrapText(true);
        notice.setMaxWidth(Double.MAX_VALUE);
        notice.setMinHeight(Region.USE_PREF_SIZE);
        notice.visibleProperty().bind(viewModel.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        return notice;
    }

    private VBox tablePane() {
        table.setId("function-table");
        table.setItems(viewModel.listing().functions());
        viewModel.listing().functions().comparatorProperty().bind(table.comparatorProperty());
        table.getColumns().setAll(FunctionTableColumns.all(viewModel.listing()));
        table.getColumns().getFirst().setMinWidth(84); // the name stays readable; other columns give way first
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new EmptyState("fth-zap", viewModel.listing().placeholderTitleProperty(),
                viewModel.listing().placeholderMessageProperty()));
        Views.bindSelection(table, viewModel.selectedProperty());
        table.setOnKeyPressed(event -> {
            if (viewModel.selectedProperty().get() == null) {
                return;
            }
            if (event.getCode() == KeyCode.DELETE) {
                confirmDelete();
            } else if (event.getCode() == KeyCode.C && event.isShortcutDown()) {
                copyArn();
            } else {
                return;
            }
            event.consume();
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox pane = new VBox(table);
        pane.getStyleClass().add("explorer-table-pane");
        return pane;
    }

    private VBox detailsPane() {
        FunctionDetailsView details = new FunctionDetailsView(viewModel.details());
        VBox.setVgrow(details, Priority.ALWAYS);
        Button updateCode = action("update-code", "Update code (zip or S3)…", "fth-upload-cloud", this::updateCode);
        Button openInPanel = action("open-in-state-panel", "Watch its state in the panel below", "fth-activity",
                viewModel::openSelectedInStatePanel);
        Button copyArn = action("copy-arn", "Copy the ARN", "fth-copy", this::copyArn);
        Button similar = action("create-similar", "Create a similar function", "fth-layers",
                viewModel::createSimilar);
        similar.disableProperty().unbind();
        similar.disableProperty().bind(viewModel.createSimilarDisabledProperty());
        Button delete = action("delete-function", "Delete…", "fth-trash-2", this::confirmDelete);
        delete.getStyleClass().add(Styles.DANGER);
        HBox actions = new HBox(6, updateCode, openInPanel, copyArn, similar, delete);
        actions.getStyleClass().add("details-actions");
        VBox pane = new VBox(8, actions, details);
        pane.getStyleClass().add("explorer-details-pane");
        return pane;
    }

    /** An icon button acting on the selected function; what it does is in its tooltip and accessible text. */
    private Button action(String id, String text, String icon, Runnable run) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.getStyleClass().add(Styles.BUTTON_ICON);
        button.setTooltip(new Tooltip(text));
        button.setAccessibleText(text);
        button.disableProperty().bind(viewModel.nothingSelectedProperty());
        button.setOnAction(event -> run.run());
        return button;
    }

    private void copyArn() {
        ClipboardContent content = new ClipboardContent();
        content.putString(viewModel.selectedArn());
        Clipboard.getSystemClipboard().setContent(content);
    }

    private void confirmDelete() {
        ConfirmByName confirm = new ConfirmByName(getScene().getWindow(), "delete-confirmation", "Delete function",
                viewModel.deleteQuestion(), viewModel.deleteConfirmationName(), "Delete");
        if (confirm.confirmed()) {
            viewModel.deleteSelected();
        }
    }

    private void updateCode() {
        UpdateCodeViewModel update = viewModel.updateCodeOfSelected();
        if (update != null) {
            new UpdateCodeDialog(update, getScene().getWindow()).show();
        }
    }
}
