package dev.lambdadesk.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import dev.lambdadesk.ui.common.RunningWork;
import dev.lambdadesk.ui.common.UiExecutor;

/**
 * A {@link UiExecutor} that runs the work at once but holds each outcome until the test delivers it, in any order:
 * so late and out-of-order answers (a slow listing overtaken by a newer one, an answer for a connection switched
 * away from) are tested, not assumed. Posted actions run at once.
 */
public final class HeldUiExecutor implements UiExecutor {

    private final List<Held> held = new ArrayList<>();

    private static final class Held implements RunningWork {
        private final Runnable delivery;
        private boolean cancelled;

        Held(Runnable delivery) {
            this.delivery = delivery;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }
    }

    @Override
    public <T> RunningWork run(Callable<T> work, Consumer<? super T> onSuccess,
                               Consumer<? super Throwable> onFailure) {
        Runnable delivery;
        try {
            T result = work.call();
            delivery = () -> onSuccess.accept(result);
        } catch (Throwable failure) { // as the real executor: every failure reaches onFailure
            delivery = () -> onFailure.accept(failure);
        }
        Held h = new Held(delivery);
        held.add(h);
        return h;
    }

    @Override
    public void post(Runnable action) {
        action.run();
    }

    /** How many outcomes wait. */
    public int waiting() {
        return held.size();
    }

    /** Delivers the outcome of the {@code index}-th call still waiting (0 = the oldest), unless it was cancelled. */
    public void deliver(int index) {
        Held h = held.remove(index);
        if (!h.cancelled) {
            h.delivery.run();
        }
    }

    /** Delivers everything that waits, newest first. */
    public void deliverNewestFirst() {
        while (!held.isEmpty()) {
            deliver(held.size() - 1);
        }
    }

    /** Delivers everything that waits, oldest first (including what the deliveries start). */
    public void deliverAll() {
        while (!held.isEmpty()) {
            deliver(0);
        }
    }
}
