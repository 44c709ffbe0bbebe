package dev.lambdadesk.ui.common;

import java.util.concurrent.atomic.AtomicBoolean;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Window;

/** Runs something once, right after a shown window's first layout pulse (its first frame is then being drawn). */
public final class FirstLayout {

    private FirstLayout() {
    }

    /** Call on the FX thread once {@code window} has its scene. */
    public static void of(Window window, Runnable action) {
        Scene scene = window.getScene();
        AtomicBoolean done = new AtomicBoolean();
        Runnable once = new Runnable() {
            @Override
            public void run() {
                if (done.compareAndSet(false, true)) {
                    action.run();
                    Platform.runLater(() -> scene.removePostLayoutPulseListener(this));
                }
            }
        };
        scene.addPostLayoutPulseListener(once);
        Platform.requestNextPulse();
    }
}
