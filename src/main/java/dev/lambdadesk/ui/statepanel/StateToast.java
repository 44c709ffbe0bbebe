package dev.lambdadesk.ui.statepanel;

import javafx.animation.PauseTransition;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.stage.Window;
import javafx.util.Duration;

import org.kordamp.ikonli.javafx.FontIcon;

import dev.lambdadesk.ui.common.Tone;
import dev.lambdadesk.ui.common.ToneStyles;

/**
 * A short notice at the window's top right when a watched function becomes Active or Failed, drawn with the app's
 * theme and style sheets (the third-party notification popup it replaces brought its own style sheet, which logged
 * CSS errors under the theme and looked unstyled). Goes away after six seconds or on a click.
 */
final class StateToast {

    static final Duration SHOWN_FOR = Duration.seconds(6);
    private static final double MARGIN = 16;

    private StateToast() {
    }

    static Popup show(Window owner, StateNotice notice) {
        Label title = new Label(notice.title());
        title.getStyleClass().add("toast-title");
        title.setGraphic(new FontIcon(notice.tone() == Tone.DANGER ? "fth-x-circle" : "fth-check-circle"));
        Label text = new Label(notice.text());
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        VBox content = new VBox(4, title, text);
        content.setId("state-toast");
        content.getStyleClass().add("state-toast");
        content.setPrefWidth(320);
        ToneStyles.apply(content, notice.tone());
        content.getStylesheets().add(StateToast.class.getResource("state-panel.css").toExternalForm());
        if (owner.getScene() != null) {
            content.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        Popup popup = new Popup();
        popup.getContent().add(content);
        popup.setAutoHide(false);
        content.setOnMouseClicked(event -> popup.hide());
        Bounds screen = owner.getScene() == null ? null
                : owner.getScene().getRoot().localToScreen(owner.getScene().getRoot().getLayoutBounds());
        double x = screen == null ? owner.getX() : screen.getMaxX() - 320 - MARGIN;
        double y = screen == null ? owner.getY() : screen.getMinY() + MARGIN;
        popup.show(owner, x, y);
        PauseTransition hide = new PauseTransition(SHOWN_FOR);
        hide.setOnFinished(event -> popup.hide());
        hide.play();
        return popup;
    }
}
