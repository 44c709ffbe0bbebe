package dev.lambdadesk.ui.common;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.javafx.FontIcon;

/** What a place shows while it has nothing to show: an icon, a short title and one sentence on what will appear. */
public final class EmptyState extends VBox {

    public EmptyState(String iconLiteral, ObservableValue<String> title, ObservableValue<String> message) {
        getStyleClass().add("empty-state");
        setAlignment(Pos.CENTER);

        FontIcon icon = new FontIcon(iconLiteral);
        icon.getStyleClass().add("empty-state-icon");

        Label titleLabel = new Label();
        titleLabel.getStyleClass().add("empty-state-title");
        titleLabel.textProperty().bind(title);

        Label messageLabel = new Label();
        messageLabel.getStyleClass().add("empty-state-message");
        messageLabel.setWrapText(true);
        messageLabel.textProperty().bind(message);

        getChildren().addAll(icon, titleLabel, messageLabel);
    }
}
