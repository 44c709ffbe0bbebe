package dev.lambdadesk.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work away from the UI thread and hands its outcome back on the UI thread.
 *
 * <p>ViewModels receive one through their constructor and never switch threads themselves: the desktop app passes
 * {@link FxUiExecutor}, tests pass {@link CurrentThreadUiExecutor} so everything happens synchronously.
 */
public interface UiExecutor {

    /**
     * Runs {@code work} in the background, then calls exactly one of the callbacks on the UI thread, unless the
     * returned handle was cancelled first.
     */
    <T> RunningWork run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    /** Runs {@code action} on the UI thread, for example a progress report from a background poller. */
    void post(Runnable action);

    /**
     * Runs {@code action} on the UI thread a frame or so from now, so that work spread over several calls is spread
     * over several frames too; where there are no frames, as {@link #post}.
     */
    default void postSoon(Runnable action) {
        post(action);
    }
}
