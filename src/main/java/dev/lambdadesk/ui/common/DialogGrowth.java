package dev.lambdadesk.ui.common;

import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Window;

/** Keeps a dialog tall enough for what appears in it (an outcome, a refusal, a problem), within the screen. */
public final class DialogGrowth {

    private DialogGrowth() {
    }

    /** Grows the dialog to its content whenever one of {@code changes} changes (an outcome or refusal appears). */
    public static void fitOnChange(Dialog<?> dialog, Observable... changes) {
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE); // wrapped text is never cut off
        for (Observable change : changes) {
            change.addListener(o -> Platform.runLater(() -> grow(dialog)));
        }
        // what opens inside the content (a refusal's service details) grows it too
        dialog.getDialogPane().needsLayoutProperty().addListener((o, was, needs) -> {
            if (needs) {
                Platform.runLater(() -> grow(dialog));
            }
        });
    }

    /** Makes the dialog's window tall enough for its content; it never shrinks under the person's eyes. */
    private static void grow(Dialog<?> dialog) {
        DialogPane pane = dialog.getDialogPane();
        Scene scene = pane.getScene();
        if (scene == null || scene.getWindow() == null) {
            return;
        }
        pane.applyCss();
        pane.layout();
        double wanted = pane.prefHeight(pane.getWidth()) + 24; // notes in the form may wrap to one line more
        if (wanted > scene.getHeight() + 0.5) {
            Window window = scene.getWindow();
            Rectangle2D screen = Screen.getScreensForRectangle(window.getX(), window.getY(), window.getWidth(),
                    window.getHeight()).stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
            double height = Math.min(screen.getHeight(), window.getHeight() + wanted - scene.getHeight());
            window.setHeight(height);
            if (window.getY() + height > screen.getMaxY()) { // grown past the screen's foot: move it up
                window.setY(Math.max(screen.getMinY(), screen.getMaxY() - height));
            }
        }
    }
}
