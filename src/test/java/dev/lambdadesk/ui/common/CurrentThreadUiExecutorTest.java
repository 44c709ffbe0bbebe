package dev.lambdadesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CurrentThreadUiExecutorTest {

    private final CurrentThreadUiExecutor executor = new CurrentThreadUiExecutor();
    private final List<String> events = new ArrayList<>();

    @Test
    void theResultIsDeliveredBeforeRunReturns() {
        Thread caller = Thread.currentThread();

        executor.run(() -> Thread.currentThread() == caller ? "same thread" : "other thread",
                events::add, failure -> events.add("failure"));
        events.add("run returned");

        assertThat(events).containsExactly("same thread", "run returned");
    }

    @Test
    void aFailureGoesToOnFailureOnly() {
        executor.run(() -> {
            throw new IllegalStateException("throttled");
        }, result -> events.add("result"), failure -> events.add(failure.getMessage()));

        assertThat(events).containsExactly("throttled");
    }

    @Test
    void postedActionsRunAtOnce() {
        executor.post(() -> events.add("posted"));

        assertThat(events).containsExactly("posted");
    }
}
