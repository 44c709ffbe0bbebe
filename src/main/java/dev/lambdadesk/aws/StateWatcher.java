package dev.lambdadesk.aws;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.lambdadesk.core.FunctionStatus;
import dev.lambdadesk.core.TaskScheduler;

/**
 * Watches functions after a create or update: polls their status with adaptive back-off (first poll soon, then
 * growing to a cap), keeps going through throttling and connection trouble, and stops when the function settles,
 * disappears, or the watch times out or is cancelled. Events are delivered through the given executor (the FX
 * thread in the app, the calling thread in tests).
 */
public final class StateWatcher {

    /** Polling intervals and limits. */
    public record Policy(Duration firstPoll, double growth, Duration maxInterval, Duration timeout) {
        public Policy {
            if (growth < 1.0) {
                throw new IllegalArgumentException("growth must be >= 1");
            }
        }

        /** First poll after 500 ms, growing by half each time up to 5 s; give up after 15 minutes. */
        public static Policy standard() {
            return new Policy(Duration.ofMillis(500), 1.5, Duration.ofSeconds(5), Duration.ofMinutes(15));
        }

        Duration next(Duration current) {
            long grown = (long) Math.ceil(current.toMillis() * growth);
            return Duration.ofMillis(Math.min(grown, maxInterval.toMillis()));
        }
    }

    /** Why a watch ended. */
    public enum Outcome { SETTLED, GONE, TIMED_OUT, CANCELLED, FAILED }

    /** Receives a watch's events, in order, on the delivery executor. */
    public interface Listener {
        /** A visible change (and the first observation), with the time it was seen. */
        void onStatus(FunctionStatus status, Instant observedAt);

        /** A poll failed for a reason that may pass (throttling, connection); the watch retries after {@code retryIn}. */
        void onTrouble(AwsProblem problem, Duration retryIn);

        /** The watch ended; {@code problem} is set for GONE and FAILED. */
        void onFinished(Outcome outcome, AwsProblem problem);
    }

    /** The call the watcher makes: the current status of a function, throwing the SDK's exceptions. */
    @FunctionalInterface
    public interface StatusSource {
        FunctionStatus fetch(String functionName);
    }

    private final StatusSource source;
    private final TaskScheduler scheduler;
    private final Executor delivery;
    private final Clock clock;
    private final AwsErrorExplainer explainer;
    private final Policy policy;

    public StateWatcher(StatusSource source, TaskScheduler scheduler, Executor delivery, Clock clock,
                        AwsErrorExplainer explainer, Policy policy) {
        this.source = Objects.requireNonNull(source);
        this.scheduler = Objects.requireNonNull(scheduler);
        this.delivery = Objects.requireNonNull(delivery);
        this.clock = Objects.requireNonNull(clock);
        this.explainer = Objects.requireNonNull(explainer);
        this.policy = Objects.requireNonNull(policy);
    }

    /** Starts watching; the first poll runs after the policy's first interval. */
    public Watch watch(String functionName, Listener listener) {
        Watch w = new Watch(functionName, listener, clock.instant().plus(policy.timeout()));
        w.scheduleNext(policy.firstPoll());
        return w;
    }

    /** One function being watched. */
    public final class Watch {
        private final String functionName;
        private final Listener listener;
        private final Instant deadline;
        private final AtomicBoolean finished = new AtomicBoolean();
        private volatile Runnable pending = () -> { };
        private volatile FunctionStatus last;
        private volatile Duration interval;
        private volatile int polls;

        private Watch(String functionName, Listener listener, Instant deadline) {
            this.functionName = functionName;
            this.listener = listener;
            this.deadline = deadline;
        }

        public String functionName() {
            return functionName;
        }

        /** How many status calls this watch has made so far. */
        public int polls() {
            return polls;
        }

        public boolean isFinished() {
            return finished.get();
        }

        /** Stops the watch; a poll already running finishes but reports nothing more. */
        public void cancel() {
            pending.run();
            finish(Outcome.CANCELLED, null);
        }

        private void scheduleNext(Duration delay) {
            if (finished.get()) {
                return;
            }
            interval = delay;
            pending = scheduler.schedule(this::poll, delay);
        }

        private void poll() {
            if (finished.get()) {
                return;
            }
            polls++;
            FunctionStatus status;
            try {
                status = source.fetch(functionName);
            } catch (RuntimeException e) {
                onFailure(explainer.explain(e));
                return;
            }
            if (finished.get()) {
                return;
            }
            Instant now = clock.instant();
            if (status.differsVisiblyFrom(last)) {
                last = status;
                deliver(() -> listener.onStatus(status, now));
            }
            if (status.isSettled()) {
                finish(Outcome.SETTLED, null);
            } else if (!now.isBefore(deadline)) {
                finish(Outcome.TIMED_OUT, null);
            } else {
                scheduleNext(policy.next(interval));
            }
        }

        private void onFailure(AwsProblem problem) {
            if (finished.get()) {
                return;
            }
            if (problem.kind() == AwsProblem.Kind.NOT_FOUND) {
                finish(Outcome.GONE, problem);
            } else if (!problem.kind().isTransient()) {
                finish(Outcome.FAILED, problem);
            } else if (!clock.instant().isBefore(deadline)) {
                finish(Outcome.TIMED_OUT, problem);
            } else {
                Duration retryIn = policy.next(interval);
                deliver(() -> listener.onTrouble(problem, retryIn));
                scheduleNext(retryIn);
            }
        }

        private void finish(Outcome outcome, AwsProblem problem) {
            if (finished.compareAndSet(false, true)) {
                deliver(() -> listener.onFinished(outcome, problem));
            }
        }

        private void deliver(Runnable event) {
            delivery.execute(event);
        }
    }
}
