package dev.lambdadesk.core;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** Runs a task after a delay; the seam that lets tests drive timers (polling, autosave) with a fake clock. */
public interface TaskScheduler {

    /** Schedules {@code task} to run once after {@code delay}; the returned handle cancels it. */
    Runnable schedule(Runnable task, Duration delay);

    /**
     * The production scheduler: one timer thread that hands each task to a virtual thread, so a slow call never
     * delays another task.
     */
    static TaskScheduler virtualThreads() {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "task-timer");
            t.setDaemon(true);
            return t;
        });
        return (task, delay) -> {
            ScheduledFuture<?> f = timer.schedule(() -> Thread.ofVirtual().name("scheduled-task").start(task),
                    Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
            return () -> f.cancel(false);
        };
    }
}
