package dev.lambdadesk.ui.functions.explorer;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;

import dev.lambdadesk.ui.common.DetailsGrid;

/** The selected function's details: configuration in words, code and signing, tags, and the full JSON. */
final class FunctionDetailsView extends VBox {

    private TitledPane jsonPane;

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

        VBox body = new VBox(10, new DetailsGrid(viewModel.rows()));
        // the JSON pane is made when there is JSON to show: a text area costs the window's first show ~100 ms
        viewModel.configurationJsonProperty().addListener((observable, old, now) -> {
            if (jsonPane == null && !now.isEmpty()) {
                jsonPane = jsonPane(viewModel);
                body.getChildren().add(jsonPane);
            }
        });
        body.setPadding(new Insets(0, 4, 0, 0));
        body.setMinWidth(0); // as narrow as the pane: the JSON pane's title must not widen it past the edge
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("details-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(new javafx.scene.layout.HBox(8, title, loading), problem, scroll);
    }

    private static TitledPane jsonPane(FunctionDetailsViewModel viewModel) {
        TextArea json = new TextArea();
        json.setId("function-configuration-json");
        json.setEditable(false);
        json.setPrefRowCount(14);
        json.setPrefColumnCount(10); // the pane's width decides; lines scroll inside the text area
        json.setMinWidth(0);
        json.getStyleClass().add("json-text");
        json.textProperty().bind(viewModel.configurationJsonProperty());
        TitledPane pane = new TitledPane("Configuration as JSON", json);
        pane.setId("function-configuration-pane");
        pane.setExpanded(false);
        pane.visibleProperty().bind(viewModel.configurationJsonProperty().isNotEmpty());
        pane.managedProperty().bind(pane.visibleProperty());
        return pane;
    }
}
