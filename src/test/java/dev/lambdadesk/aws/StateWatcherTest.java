package dev.lambdadesk.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.lambda.model.LambdaException;

import dev.lambdadesk.core.FunctionState;
import dev.lambdadesk.core.FunctionStatus;
import dev.lambdadesk.core.UpdateStatus;
import dev.lambdadesk.testing.ManualClock;
import dev.lambdadesk.testing.ManualScheduler;

class StateWatcherTest {

    private final ManualClock clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final ManualScheduler scheduler = new ManualScheduler(clock);
    private final Instant start = clock.instant();

    private static FunctionStatus status(FunctionState state, UpdateStatus update) {
        return new FunctionStatus("fn", "arn:aws:lambda:us-east-1:000000000000:function:fn", state,
                state == FunctionState.PENDING ? "The function is being created." : "",
                state == FunctionState.PENDING ? "Creating" : "", update, "", "", "rev");
    }

    private StateWatcher watcher(StateWatcher.StatusSource source, StateWatcher.Policy policy) {
        return new StateWatcher(source, scheduler, Runnable::run, clock, new AwsErrorExplainer(Optional.empty()),
                policy);
    }

    /** Pending until {@code activeAt} after the start, then Active; counts calls and when each was made. */
    private final class PendingThenActive implements StateWatcher.StatusSource {
        final Duration activeAt;
        final List<Instant> calls = new ArrayList<>();

        PendingThenActive(Duration activeAt) {
            this.activeAt = activeAt;
        }

        @Override
        public FunctionStatus fetch(String name) {
            calls.add(clock.instant());
            return clock.instant().isBefore(start.plus(activeAt))
                    ? status(FunctionState.PENDING, UpdateStatus.NONE)
                    : status(FunctionState.ACTIVE, UpdateStatus.SUCCESSFUL);
        }
    }

    private static final class Recorder implements StateWatcher.Listener {
        final List<FunctionStatus> statuses = new ArrayList<>();
        final List<Instant> seenAt = new ArrayList<>();
        final List<Duration> troubles = new ArrayList<>();
        StateWatcher.Outcome outcome;
        AwsProblem problem;

        @Override
        public void onStatus(FunctionStatus status, Instant observedAt) {
            statuses.add(status);
            seenAt.add(observedAt);
        }

        @Override
        public void onTrouble(AwsProblem p, Duration retryIn) {
            troubles.add(retryIn);
        }

        @Override
        public void onFinished(StateWatcher.Outcome o, AwsProblem p) {
            outcome = o;
            problem = p;
        }
    }

    @Test
    void pendingForTenSecondsCostsFewCallsAndActiveIsSeenWithinOneInterval() {
        PendingThenActive source = new PendingThenActive(Duration.ofSeconds(10));
        Recorder rec = new Recorder();
        StateWatcher.Watch watch = watcher(source, StateWatcher.Policy.standard()).watch("fn", rec);

        scheduler.advance(Duration.ofSeconds(30));

        assertThat(rec.outcome).isEqualTo(StateWatcher.Outcome.SETTLED);
        assertThat(rec.statuses).extracting(FunctionStatus::state)
                .containsExactly(FunctionState.PENDING, FunctionState.ACTIVE);
        assertThat(watch.polls()).isEqualTo(source.calls.size()).isLessThanOrEqualTo(12);
        Instant activeSeen = rec.seenAt.get(1);
        assertThat(Duration.between(start.plus(Duration.ofSeconds(10)), activeSeen))
                .isLessThanOrEqualTo(StateWatcher.Policy.standard().maxInterval());
        assertThat(scheduler.pendingCount()).isZero();
    }

    @Test
    void firstPollComesWithinHalfASecondAndIntervalsGrowToTheCap() {
        PendingThenActive source = new PendingThenActive(Duration.ofMinutes(2));
        watcher(source, StateWatcher.Policy.standard()).watch("fn", new Recorder());

        scheduler.advance(Duration.ofSeconds(60));

        assertThat(Duration.between(start, source.calls.get(0))).isLessThanOrEqualTo(Duration.ofMillis(500));
        List<Duration> gaps = new ArrayList<>();
        for (int i = 1; i < source.calls.size(); i++) {
            gaps.add(Duration.between(source.calls.get(i - 1), source.calls.get(i)));
        }
        for (int i = 1; i < gaps.size(); i++) {
            assertThat(gaps.get(i)).isGreaterThanOrEqualTo(gaps.get(i - 1));
        }
        assertThat(gaps).allSatisfy(g -> assertThat(g).isLessThanOrEqualTo(Duration.ofSeconds(5)));
        assertThat(gaps.get(gaps.size() - 1)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void keepsGoingThroughConnectionTroubleAndThrottlingWithBackOff() {
        AtomicInteger calls = new AtomicInteger();
        StateWatcher.StatusSource flaky = name -> {
            int n = calls.incrementAndGet();
            if (n == 1) {
                throw SdkClientException.builder().message("Unable to execute HTTP request")
                        .cause(new IOException("Connection refused")).build();
            }
            if (n == 2) {
                throw serviceError(429, "TooManyRequestsException", "Rate exceeded");
            }
            return status(FunctionState.ACTIVE, UpdateStatus.SUCCESSFUL);
        };
        Recorder rec = new Recorder();
        watcher(flaky, StateWatcher.Policy.standard()).watch("fn", rec);

        scheduler.advance(Duration.ofSeconds(10));

        assertThat(rec.troubles).hasSize(2);
        assertThat(rec.troubles.get(1)).isGreaterThan(rec.troubles.get(0));
        assertThat(rec.outcome).isEqualTo(StateWatcher.Outcome.SETTLED);
        assertThat(rec.statuses).extracting(FunctionStatus::state).containsExactly(FunctionState.ACTIVE);
    }

    @Test
    void deletedFunctionEndsTheWatchAsGone() {
        Recorder rec = new Recorder();
        watcher(name -> {
            throw serviceError(404, "ResourceNotFoundException", "Function not found: fn");
        }, StateWatcher.Policy.standard()).watch("fn", rec);

        scheduler.advance(Duration.ofSeconds(5));

        assertThat(rec.outcome).isEqualTo(StateWatcher.Outcome.GONE);
        assertThat(rec.problem.kind()).isEqualTo(AwsProblem.Kind.NOT_FOUND);
        assertThat(scheduler.pendingCount()).isZero();
    }

    @Test
    void accessDeniedStopsInsteadOfRetryingForever() {
        Recorder rec = new Recorder();
        watcher(name -> {
            throw serviceError(403, "AccessDeniedException", "not authorized to perform: lambda:GetFunction");
        }, StateWatcher.Policy.standard()).watch("fn", rec);

        scheduler.advance(Duration.ofSeconds(5));

        assertThat(rec.outcome).isEqualTo(StateWatcher.Outcome.FAILED);
        assertThat(rec.problem.kind()).isEqualTo(AwsProblem.Kind.ACCESS_DENIED);
        assertThat(rec.troubles).isEmpty();
    }

    @Test
    void aFunctionThatNeverSettlesTimesOut() {
        PendingThenActive source = new PendingThenActive(Duration.ofDays(1));
        Recorder rec = new Recorder();
        StateWatcher.Policy policy = new StateWatcher.Policy(Duration.ofMillis(500), 1.5, Duration.ofSeconds(5),
                Duration.ofSeconds(30));
        watcher(source, policy).watch("fn", rec);

        scheduler.advance(Duration.ofMinutes(2));

        assertThat(rec.outcome).isEqualTo(StateWatcher.Outcome.TIMED_OUT);
        assertThat(source.calls.get(source.calls.size() - 1)).isBefore(start.plus(Duration.ofSeconds(36)));
    }

    @Test
    void cancellingOneWatchLeavesTheOthersRunning() {
        Function<String, Recorder> rec = n -> new Recorder();
        Recorder a = rec.apply("a");
        Recorder b = rec.apply("b");
        PendingThenActive source = new PendingThenActive(Duration.ofSeconds(8));
        StateWatcher watcher = watcher(source, StateWatcher.Policy.standard());
        StateWatcher.Watch wa = watcher.watch("a", a);
        watcher.watch("b", b);

        scheduler.advance(Duration.ofSeconds(2));
        wa.cancel();
        int callsAtCancel = wa.polls();
        scheduler.advance(Duration.ofSeconds(20));

        assertThat(a.outcome).isEqualTo(StateWatcher.Outcome.CANCELLED);
        assertThat(wa.polls()).isEqualTo(callsAtCancel);
        assertThat(b.outcome).isEqualTo(StateWatcher.Outcome.SETTLED);
        assertThat(b.statuses).extracting(FunctionStatus::state)
                .containsExactly(FunctionState.PENDING, FunctionState.ACTIVE);
    }

    @Test
    void anUpdateInProgressIsNotSettledEvenWhenActive() {
        AtomicInteger calls = new AtomicInteger();
        Recorder rec = new Recorder();
        watcher(name -> calls.incrementAndGet() < 3
                ? status(FunctionState.ACTIVE, UpdateStatus.IN_PROGRESS)
                : status(FunctionState.ACTIVE, UpdateStatus.SUCCESSFUL), StateWatcher.Policy.standard())
                .watch("fn", rec);

        scheduler.advance(Duration.ofSeconds(10));

        assertThat(rec.statuses).extracting(FunctionStatus::lastUpdateStatus)
                .containsExactly(UpdateStatus.IN_PROGRESS, UpdateStatus.SUCCESSFUL);
        assertThat(rec.outcome).isEqualTo(StateWatcher.Outcome.SETTLED);
        assertThat(calls.get()).isEqualTo(3);
    }

    private static LambdaException serviceError(int status, String code, String message) {
        return (LambdaException) LambdaException.builder().statusCode(status)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(message)
                        .serviceName("Lambda").build())
                .message(message).build();
    }
}
