package dev.lambdadesk.ui.statepanel;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;

import org.kordamp.ikonli.javafx.FontIcon;

/** The content of the live state panel; the shell puts it in the collapsible area at the bottom of the window. */
public final class StatePanelView extends StackPane {

    public StatePanelView(StatePanelViewModel viewModel) {
        getStyleClass().add("state-panel-content");

        Label message = new Label();
        message.setId("state-panel-empty");
        message.getStyleClass().add("empty-state-message");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.emptyStateMessageProperty());

        FontIcon icon = new FontIcon("fth-activity");
        icon.getStyleClass().add("empty-state-icon-small");

        HBox emptyState = new HBox(icon, message);
        emptyState.getStyleClass().add("state-panel-empty-state");
        emptyState.setAlignment(Pos.CENTER);
        getChildren().add(emptyState);
    }
}
