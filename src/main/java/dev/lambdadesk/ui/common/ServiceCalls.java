package dev.lambdadesk.ui.common;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import dev.lambdadesk.aws.ConnectionMonitor;
import dev.lambdadesk.aws.Session;

/**
 * The one way every screen calls a service: off the UI thread through the {@link UiExecutor}, the outcome told to
 * the {@link ConnectionMonitor} (so the connection indicator follows every feature), a failure turned into a
 * {@link Refusal}. An answer for a connection that was switched away meanwhile is dropped, and a call made with a
 * key cancels the call still running under that key (latest wins: a new listing replaces the one in flight).
 * Keys are only touched on the UI thread.
 */
public final class ServiceCalls {

    private final UiExecutor ui;
    private final Session session;
    private final ConnectionMonitor monitor;
    private final Map<Object, RunningWork> inFlight = new HashMap<>();

    public ServiceCalls(UiExecutor ui, Session session, ConnectionMonitor monitor) {
        this.ui = Objects.requireNonNull(ui, "ui");
        this.session = Objects.requireNonNull(session, "session");
        this.monitor = Objects.requireNonNull(monitor, "monitor");
    }

    /** Runs {@code call}; exactly one of the callbacks runs, on the UI thread, unless the connection changed. */
    public <T> RunningWork run(Callable<T> call, Consumer<? super T> onSuccess, Consumer<Refusal> onRefusal) {
        long generation = session.generation();
        return ui.run(() -> {
            T result = call.call();
            if (session.generation() == generation) {
                monitor.reportSuccess();
            }
            return result;
        }, result -> {
            if (session.generation() == generation) {
                onSuccess.accept(result);
            }
        }, failure -> {
            if (session.generation() == generation) {
                onRefusal.accept(Refusal.of(monitor.reportFailure(failure)));
            }
        });
    }

    /**
     * As {@link #run}, but first cancels the call still running under {@code key}: only the latest call's answer
     * arrives. Call on the UI thread.
     */
    public <T> RunningWork latest(Object key, Callable<T> call, Consumer<? super T> onSuccess,
                                  Consumer<Refusal> onRefusal) {
        RunningWork previous = inFlight.remove(key);
        if (previous != null) {
            previous.cancel();
        }
        RunningWork[] self = new RunningWork[1];
        RunningWork work = run(call, result -> {
            forget(key, self[0]);
            onSuccess.accept(result);
        }, refusal -> {
            forget(key, self[0]);
            onRefusal.accept(refusal);
        });
        self[0] = work;
        if (!work.isCancelled() && !finished(work)) {
            inFlight.put(key, work);
        }
        return work;
    }

    /** Cancels the call running under {@code key}, if any: its answer will not arrive. */
    public void cancel(Object key) {
        RunningWork previous = inFlight.remove(key);
        if (previous != null) {
            previous.cancel();
        }
    }

    /** Runs {@code action} on the UI thread (progress from a background poller). */
    public void post(Runnable action) {
        ui.post(action);
    }

    public UiExecutor executor() {
        return ui;
    }

    private void forget(Object key, RunningWork work) {
        if (work == null || inFlight.get(key) == work) {
            inFlight.remove(key);
        }
    }

    /** A same-thread executor has already delivered before {@code run} returns. */
    private static boolean finished(RunningWork work) {
        return work instanceof FinishedWork;
    }

    /** Marks work whose callbacks have already run (see {@link CurrentThreadUiExecutor}). */
    interface FinishedWork extends RunningWork {
    }
}
