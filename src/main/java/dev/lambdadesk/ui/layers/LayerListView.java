package dev.lambdadesk.ui.layers;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;

import dev.lambdadesk.core.LayerVersionInfo;
import dev.lambdadesk.ui.common.ConfirmByName;
import dev.lambdadesk.ui.common.DetailsGrid;
import dev.lambdadesk.ui.common.EmptyState;
import dev.lambdadesk.ui.common.TableWithDetails;
import dev.lambdadesk.ui.common.Tone;
import dev.lambdadesk.ui.common.Views;

/** The layer versions table, and the selected version's details and actions. */
final class LayerListView extends BorderPane {

    private final TableView<LayerVersionInfo> table = new TableView<>();

    private final LayersViewModel viewModel;

    LayerListView(LayersViewModel viewModel) {
        this.viewModel = viewModel;
        setId("layer-list");
        VBox top = new VBox(6, toolbar(), Views.banner("layers-notice", viewModel.noticeProperty(), Tone.ACCENT));
        top.getStyleClass().add("signing-top");
        setTop(top);
        setCenter(TableWithDetails.split(table, table(), details()));
    }

    private HBox toolbar() {
        Button publish = Views.button("publish-layer", "Publish version", "fth-plus", viewModel::publishVersion);
        publish.getStyleClass().add(Styles.ACCENT);
        publish.setTooltip(new Tooltip("Publish a layer version from a .zip file or an S3 object (Ctrl+N)"));
        Button refresh = Views.iconButton("refresh-layers", "fth-refresh-cw", "List the layers again",
                viewModel::refresh);
        ProgressIndicator loading = new ProgressIndicator();
        loading.setPrefSize(18, 18);
        loading.visibleProperty().bind(viewModel.loadingProperty());
        Label count = new Label();
        count.setId("layers-status");
        count.getStyleClass().add("form-note");
        count.textProperty().bind(viewModel.statusProperty());
        return Views.header(publish, refresh, null, loading, count);
    }

    private VBox table() {
        table.setItems(viewModel.versions());
        table.setId("layer-table");
        table.getColumns().setAll(List.of(
                Views.textColumn("Layer", "layer", 140, LayerVersionInfo::layerName),
                Views.textColumn("Version", "version", 60, v -> Long.toString(v.version())),
                Views.textColumn("Runtimes", "runtimes", 130, v -> String.join(", ", v.compatibleRuntimes())),
                Views.textColumn("Signed", "signed", 70, v -> v.content().isEmpty() ? "" : v.signed() ? "Signed"
                        : "Unsigned")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new EmptyState("fth-layers", new ReadOnlyObjectWrapper<>("No layers"),
                new ReadOnlyObjectWrapper<>("A layer holds libraries that functions share. Publish a version "
                        + "from a .zip file or an S3 object (Ctrl+N).")));
        Views.bindSelection(table, viewModel.selectedProperty());
        VBox.setVgrow(table, Priority.ALWAYS);
        return new VBox(table);
    }

    private StackPane details() {
        LayerDetailsViewModel details = viewModel.details();
        Label title = new Label();
        title.setId("layer-details-title");
        title.getStyleClass().add(Styles.TITLE_4);
        title.textProperty().bind(Bindings.createStringBinding(() -> details.versionProperty().get() == null ? ""
                : details.versionProperty().get().layerName() + " · version "
                        + details.versionProperty().get().version(), details.versionProperty()));
        Button delete = Views.small("delete-layer-version", "Delete…", "fth-trash-2", this::confirmDelete);
        delete.getStyleClass().add(Styles.DANGER);
        HBox bar = new HBox(6, delete);
        bar.getStyleClass().add("details-actions");
        VBox content = new VBox(8, title, bar, new DetailsGrid(details.rows()));
        content.getStyleClass().add("details-content");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("details-scroll");
        EmptyState empty = new EmptyState("fth-layers", new ReadOnlyObjectWrapper<>("No version selected"),
                new ReadOnlyObjectWrapper<>("Select a version to see its package, signer and who trusts it."));
        scroll.visibleProperty().bind(details.versionProperty().isNotNull());
        empty.visibleProperty().bind(details.versionProperty().isNull());
        StackPane pane = new StackPane(empty, scroll);
        pane.setId("layer-details");
        pane.getStyleClass().add("details-pane");
        return pane;
    }

    private void confirmDelete() {
        if (viewModel.selectedProperty().get() == null) {
            return;
        }
        if (new ConfirmByName(getScene().getWindow(), "delete-layer-confirmation", "Delete layer version",
                viewModel.deleteQuestion(), viewModel.deleteName(), "Delete").confirmed()) {
            viewModel.deleteSelected();
        }
    }
}
