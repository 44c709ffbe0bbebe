package dev.lambdadesk.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.lambdadesk.core.TaskScheduler;

/** A scheduler on a {@link ManualClock}: tasks run when the test advances time past their due moment. */
public final class ManualScheduler implements TaskScheduler {
    private final ManualClock clock;
    private final List<Task> queue = new ArrayList<>();
    private long sequence;

    public ManualScheduler(ManualClock clock) {
        this.clock = clock;
    }

    private record Task(Instant due, long seq, Runnable body, boolean[] cancelled) {
    }

    @Override
    public synchronized Runnable schedule(Runnable task, Duration delay) {
        boolean[] cancelled = {false};
        queue.add(new Task(clock.instant().plus(delay), sequence++, task, cancelled));
        return () -> cancelled[0] = true;
    }

    /** Moves time forward by {@code d}, running every task that falls due, in order, at its due time. */
    public void advance(Duration d) {
        Instant end = clock.instant().plus(d);
        while (true) {
            Task next;
            synchronized (this) {
                next = queue.stream().filter(t -> !t.due().isAfter(end))
                        .min(Comparator.comparing(Task::due).thenComparingLong(Task::seq)).orElse(null);
                if (next != null) {
                    queue.remove(next);
                }
            }
            if (next == null) {
                break;
            }
            if (next.due().isAfter(clock.instant())) {
                clock.set(next.due());
            }
            if (!next.cancelled()[0]) {
                next.body().run();
            }
        }
        clock.set(end);
    }

    /** Tasks waiting to run (cancelled ones included until their time passes). */
    public synchronized int pendingCount() {
        return (int) queue.stream().filter(t -> !t.cancelled()[0]).count();
    }
}
