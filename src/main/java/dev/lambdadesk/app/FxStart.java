package dev.lambdadesk.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import javafx.application.Platform;

/**
 * How the desktop app starts the JavaFX toolkit: when the window is wanted (tests, which share one toolkit), or at
 * once on a thread of its own when the process starts, so the toolkit's start (the longest step before the window)
 * runs while the command line is read and the app is composed.
 */
final class FxStart {

    /** Completes when the toolkit has started, or with what stopped it (no display, no GTK); null: not yet started. */
    private final CompletableFuture<Void> started;

    private FxStart(CompletableFuture<Void> started) {
        this.started = started;
    }

    /** Starts the toolkit when {@link #then} is called. */
    static FxStart onDemand() {
        return new FxStart(null);
    }

    /** Starts the toolkit now, on a new thread. */
    static FxStart early() {
        CompletableFuture<Void> started = new CompletableFuture<>();
        Thread.ofPlatform().name("fx-start").start(() -> {
            try {
                Platform.startup(() -> started.complete(null));
            } catch (RuntimeException | LinkageError e) {
                started.completeExceptionally(e);
            }
        });
        return new FxStart(started);
    }

    /** Runs {@code action} on the FX thread once the toolkit has started; throws what stopped the toolkit. */
    void then(Runnable action) {
        if (started == null) {
            Platform.startup(action);
            return;
        }
        try {
            started.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
        Platform.runLater(action);
    }
}
