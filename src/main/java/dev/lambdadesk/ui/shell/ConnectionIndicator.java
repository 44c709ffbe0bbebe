package dev.lambdadesk.ui.shell;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Circle;

import dev.lambdadesk.ui.common.ToneStyles;

/** The header's status dot and text, e.g. "Local endpoint · us-east-1", with what it means in the tooltip. */
final class ConnectionIndicator extends HBox {

    ConnectionIndicator(ShellViewModel viewModel) {
        setId("connection-indicator");
        getStyleClass().add("connection-indicator");
        setAlignment(Pos.CENTER_LEFT);

        Circle dot = new Circle(4.5);
        dot.setId("connection-dot");
        dot.getStyleClass().add("connection-dot");
        ToneStyles.bind(dot, viewModel.connectionToneProperty());

        Label text = new Label();
        text.setId("connection-status");
        text.getStyleClass().add("connection-text");
        text.textProperty().bind(viewModel.connectionSummaryProperty());

        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(viewModel.connectionDetailProperty());
        Tooltip.install(this, tooltip);
        accessibleTextProperty().bind(viewModel.connectionSummaryProperty());

        getChildren().addAll(dot, text);
    }
}
