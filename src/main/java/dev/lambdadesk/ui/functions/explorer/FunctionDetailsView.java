package dev.lambdadesk.ui.functions.explorer;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;

/** The selected function's details: configuration in words, code and signing, tags, and the full JSON. */
final class FunctionDetailsView extends VBox {

    private final GridPane grid = new GridPane();

    FunctionDetailsView(FunctionDetailsViewModel viewModel) {
        setId("function-details");
        getStyleClass().add("function-details");

        Label title = new Label();
        title.setId("function-details-title");
        title.getStyleClass().add(Styles.TITLE_4);
        title.setWrapText(true);
        title.textProperty().bind(Bindings.when(viewModel.titleProperty().isEmpty())
                .then("Select a function to see its details").otherwise(viewModel.titleProperty()));
        ProgressIndicator loading = new ProgressIndicator();
        loading.setPrefSize(18, 18);
        loading.visibleProperty().bind(viewModel.loadingProperty());
        loading.managedProperty().bind(loading.visibleProperty());
        Label problem = new Label();
        problem.setId("function-details-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(viewModel.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());

        grid.getStyleClass().add("details-grid");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(140);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, values);
        viewModel.rows().addListener((ListChangeListener<DetailRow>) change -> showRows(viewModel));

        TextArea json = new TextArea();
        json.setId("function-configuration-json");
        json.setEditable(false);
        json.setPrefRowCount(14);
        json.getStyleClass().add("json-text");
        json.textProperty().bind(viewModel.configurationJsonProperty());
        TitledPane jsonPane = new TitledPane("Configuration as JSON", json);
        jsonPane.setId("function-configuration-pane");
        jsonPane.setExpanded(false);
        jsonPane.visibleProperty().bind(viewModel.configurationJsonProperty().isNotEmpty());
        jsonPane.managedProperty().bind(jsonPane.visibleProperty());

        VBox body = new VBox(10, grid, jsonPane);
        body.setPadding(new Insets(0, 4, 0, 0));
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("details-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(new javafx.scene.layout.HBox(8, title, loading), problem, scroll);
    }

    private void showRows(FunctionDetailsViewModel viewModel) {
        grid.getChildren().clear();
        int row = 0;
        for (DetailRow detail : viewModel.rows()) {
            Label label = new Label(detail.label());
            label.getStyleClass().add("details-label");
            Label value = new Label(detail.value());
            value.getStyleClass().add("details-value");
            value.setWrapText(true);
            value.setId("detail-" + detail.label().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
            grid.add(label, 0, row);
            grid.add(value, 1, row);
            row++;
        }
    }
}
