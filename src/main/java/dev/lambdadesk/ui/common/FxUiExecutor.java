package dev.lambdadesk.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.application.Platform;

/**
 * The desktop app's {@link UiExecutor}: each piece of work gets its own virtual thread (the work is mostly waiting
 * on the network), and its outcome is delivered with {@link Platform#runLater}.
 */
public final class FxUiExecutor implements UiExecutor, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(FxUiExecutor.class.getName());
    private static final long FRAME_MILLIS = 20;

    private final ExecutorService workers;
    private final Consumer<Runnable> uiThread;

    public FxUiExecutor() {
        this(Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("ui-work-", 0).factory()),
                Platform::runLater);
    }

    /** For tests: {@code uiThread} stands in for {@link Platform#runLater}. */
    FxUiExecutor(ExecutorService workers, Consumer<Runnable> uiThread) {
        this.workers = workers;
        this.uiThread = uiThread;
    }

    @Override
    public <T> RunningWork run(Callable<T> work, Consumer<? super T> onSuccess,
            Consumer<? super Throwable> onFailure) {
        AtomicBoolean cancelled = new AtomicBoolean();
        if (workers.isShutdown()) { // the window is closing: work asked for now has nobody to show its outcome to
            cancelled.set(true);
            return new Handle(cancelled, java.util.concurrent.CompletableFuture.completedFuture(null));
        }
        Future<?> future = workers.submit(() -> {
            try {
                T result = work.call();
                deliverUnlessCancelled(cancelled, () -> onSuccess.accept(result));
            } catch (Throwable failure) { // every failure reaches onFailure; a Future would hide it
                if (cancelled.get()) {
                    return;
                }
                LOG.log(Level.FINE, "Background work failed", failure);
                deliverUnlessCancelled(cancelled, () -> onFailure.accept(failure));
            }
        });
        return new Handle(cancelled, future);
    }

    @Override
    public void post(Runnable action) {
        uiThread.accept(action);
    }

    /** A frame at 60 Hz and a little more, so the frame in between is drawn. */
    @Override
    public void postSoon(Runnable action) {
        workers.submit(() -> {
            try {
                Thread.sleep(FRAME_MILLIS);
            } catch (InterruptedException e) {
                return; // closing
            }
            uiThread.accept(action);
        });
    }

    /** Stops every piece of work still running; their results are dropped. */
    @Override
    public void close() {
        workers.shutdownNow();
    }

    private void deliverUnlessCancelled(AtomicBoolean cancelled, Runnable callback) {
        uiThread.accept(() -> {
            if (!cancelled.get()) {
                callback.run();
            }
        });
    }

    private record Handle(AtomicBoolean cancelled, Future<?> future) implements RunningWork {

        @Override
        public void cancel() {
            if (cancelled.compareAndSet(false, true)) {
                future.cancel(true);
            }
        }

        @Override
        public boolean isCancelled() {
            return cancelled.get();
        }
    }
}
