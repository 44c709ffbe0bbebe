package dev.lambdadesk.ui.common;

/** Work handed to a {@link UiExecutor}: it can be cancelled, after which none of its callbacks run. */
public interface RunningWork {

    /** Interrupts the work if it is still running and drops its result. Calling it again does nothing. */
    void cancel();

    boolean isCancelled();
}
