package dev.lambdadesk.ui.connection;

import java.time.Duration;

import dev.lambdadesk.core.TaskScheduler;
import dev.lambdadesk.ui.common.UiExecutor;

/**
 * While a connection is unwell, exactly one re-check is scheduled; the pause starts at 5 seconds and doubles up to
 * a minute, and starts over once the connection is well or replaced. Used on the UI thread.
 */
final class RecheckSchedule {

    static final Duration FIRST = Duration.ofSeconds(5);
    static final Duration MAX = Duration.ofSeconds(60);

    private final TaskScheduler scheduler;
    private final UiExecutor executor;
    private final Runnable recheck;
    private Runnable pending = () -> { };
    private boolean scheduled;
    private Duration next = FIRST;

    /** @param recheck starts a re-check; it runs on the UI thread */
    RecheckSchedule(TaskScheduler scheduler, UiExecutor executor, Runnable recheck) {
        this.scheduler = scheduler;
        this.executor = executor;
        this.recheck = recheck;
    }

    /** After news of the connection: a well one needs no re-check; an unwell one gets the next, if none is due. */
    void after(boolean healthy) {
        if (healthy) {
            restart();
        } else if (!scheduled) {
            Duration delay = next;
            next = delay.multipliedBy(2).compareTo(MAX) > 0 ? MAX : delay.multipliedBy(2);
            scheduled = true;
            pending = scheduler.schedule(() -> executor.post(this::fire), delay);
        }
    }

    /** Drops the re-check that is due, keeping the pause (the person asked for a check now). */
    void cancel() {
        pending.run();
        pending = () -> { };
        scheduled = false;
    }

    /** Drops the re-check that is due and starts the pauses over (a new connection, or a well one). */
    void restart() {
        cancel();
        next = FIRST;
    }

    private void fire() {
        scheduled = false;
        pending = () -> { };
        recheck.run();
    }
}
