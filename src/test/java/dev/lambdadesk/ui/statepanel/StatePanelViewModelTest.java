package dev.lambdadesk.ui.statepanel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.core.exception.SdkClientException;

import dev.lambdadesk.aws.AwsErrorExplainer;
import dev.lambdadesk.aws.StateWatcher;
import dev.lambdadesk.core.FunctionState;
import dev.lambdadesk.core.FunctionStatus;
import dev.lambdadesk.core.UpdateStatus;
import dev.lambdadesk.testing.ManualClock;
import dev.lambdadesk.testing.ManualScheduler;
import dev.lambdadesk.ui.common.CurrentThreadUiExecutor;
import dev.lambdadesk.ui.common.Tone;

class StatePanelViewModelTest {

    private final ManualClock clock = new ManualClock(Instant.parse("2026-03-01T12:00:00Z"));
    private final ManualScheduler scheduler = new ManualScheduler(clock);
    /** What each poll of a function answers, in turn; the last answer repeats. */
    private final Map<String, Deque<Supplier<FunctionStatus>>> script = new HashMap<>();
    private final Map<String, Integer> polls = new HashMap<>();
    private final List<StateNotice> notices = new ArrayList<>();
    private final StatePanelViewModel panel = new StatePanelViewModel(this::poll,
            () -> new AwsErrorExplainer(Optional.empty()), new CurrentThreadUiExecutor(), scheduler, clock,
            StateWatcher.Policy.standard());

    StatePanelViewModelTest() {
        panel.onNotice(notices::add);
    }

    private FunctionStatus poll(String name) {
        polls.merge(name, 1, Integer::sum);
        Deque<Supplier<FunctionStatus>> answers = script.get(name);
        Supplier<FunctionStatus> next = answers.size() > 1 ? answers.poll() : answers.peek();
        return next.get();
    }

    @SafeVarargs
    private void answers(String name, Supplier<FunctionStatus>... in) {
        script.put(name, new ArrayDeque<>(List.of(in)));
    }

    private static FunctionStatus status(String name, FunctionState state, UpdateStatus update) {
        boolean pending = state == FunctionState.PENDING;
        return new FunctionStatus(name, "arn:aws:lambda:us-east-1:000000000000:function:" + name, state,
                pending ? "The function is being created." : state == FunctionState.FAILED ? "Bad image." : "",
                pending ? "Creating" : state == FunctionState.FAILED ? "ImageAccessDenied" : "", update, "", "",
                "r1");
    }

    private static Supplier<FunctionStatus> is(String name, FunctionState state) {
        return () -> status(name, state, state == FunctionState.ACTIVE ? UpdateStatus.SUCCESSFUL : UpdateStatus.NONE);
    }

    @Test
    void aCreatedFunctionGoesFromPendingToActiveWithATimelineAndANotice() {
        answers("orders", is("orders", FunctionState.PENDING), is("orders", FunctionState.ACTIVE));
        WatchRow row = panel.watch(status("orders", FunctionState.PENDING, UpdateStatus.NONE), "Created");

        assertThat(panel.rows()).containsExactly(row);
        assertThat(row.badgeProperty().get()).isEqualTo("Pending");
        assertThat(row.toneProperty().get()).isEqualTo(Tone.WARNING);
        assertThat(row.reasonProperty().get()).isEqualTo("Creating: The function is being created.");
        assertThat(row.timeline()).extracting(TimelineEntry::text)
                .containsExactly("Created — Pending — Creating: The function is being created.");

        scheduler.advance(Duration.ofMillis(500)); // first poll: still Pending
        assertThat(polls.get("orders")).isEqualTo(1);
        assertThat(row.isFinished()).isFalse();
        assertThat(row.activityProperty().get()).isEqualTo("Watching");

        scheduler.advance(Duration.ofMillis(750)); // second poll, 750 ms later: Active
        assertThat(row.badgeProperty().get()).isEqualTo("Active");
        assertThat(row.toneProperty().get()).isEqualTo(Tone.SUCCESS);
        assertThat(row.lastUpdateProperty().get()).isEqualTo("Last update Successful");
        assertThat(row.isFinished()).isTrue();
        assertThat(row.elapsedProperty().get()).isEqualTo("1 s");
        assertThat(row.activityProperty().get()).isEqualTo("Settled after 1 s");
        assertThat(row.timeline()).extracting(TimelineEntry::time) // the repeated Pending is not a change
                .containsExactly("12:00:00", "12:00:01");
        assertThat(row.timeline()).extracting(TimelineEntry::word).containsExactly("Pending", "Active");
        assertThat(row.timeline().getLast().text()).startsWith("Active");
        assertThat(notices).singleElement().satisfies(n -> {
            assertThat(n.title()).isEqualTo("orders is Active");
            assertThat(n.tone()).isEqualTo(Tone.SUCCESS);
        });

        scheduler.advance(Duration.ofMinutes(1));
        assertThat(polls.get("orders")).isEqualTo(2);
    }

    @Test
    void aFailedFunctionIsRedWithItsReasonAndNotifiesAsAnError() {
        answers("broken", is("broken", FunctionState.FAILED));
        WatchRow row = panel.watch("broken");
        assertThat(row.badgeProperty().get()).isEqualTo("Checking");

        scheduler.advance(Duration.ofMillis(500));

        assertThat(row.badgeProperty().get()).isEqualTo("Failed");
        assertThat(row.toneProperty().get()).isEqualTo(Tone.DANGER);
        assertThat(row.reasonProperty().get()).isEqualTo("ImageAccessDenied: Bad image.");
        assertThat(notices).singleElement().satisfies(n -> {
            assertThat(n.tone()).isEqualTo(Tone.DANGER);
            assertThat(n.text()).contains("Bad image.");
        });
    }

    @Test
    void connectionTroubleShowsReconnectingAndPollingGoesOnWithBackOff() {
        Supplier<FunctionStatus> unreachable = () -> {
            throw SdkClientException.builder().message("Unable to execute HTTP request")
                    .cause(new IOException("Connection refused")).build();
        };
        answers("api", unreachable, unreachable, is("api", FunctionState.ACTIVE));
        WatchRow row = panel.watch("api");

        scheduler.advance(Duration.ofMillis(500));
        assertThat(row.reconnectingProperty().get()).isTrue();
        assertThat(row.activityProperty().get()).startsWith("Reconnecting… next try in");
        assertThat(row.timeline()).extracting(TimelineEntry::text).singleElement().asString()
                .startsWith("Cannot reach the service: The endpoint cannot be reached.");

        scheduler.advance(Duration.ofMillis(750));
        assertThat(row.timeline()).hasSize(1); // one entry per outage, not per failed poll
        assertThat(row.isFinished()).isFalse();

        scheduler.advance(Duration.ofMillis(1125));
        assertThat(row.reconnectingProperty().get()).isFalse();
        assertThat(row.badgeProperty().get()).isEqualTo("Active");
        assertThat(polls.get("api")).isEqualTo(3);
    }

    @Test
    void cancellingARowStopsItsPollsButNotTheOthers() {
        answers("one", is("one", FunctionState.PENDING));
        answers("two", is("two", FunctionState.PENDING), is("two", FunctionState.PENDING),
                is("two", FunctionState.ACTIVE));
        WatchRow one = panel.watch("one");
        WatchRow two = panel.watch("two");
        assertThat(panel.rows()).containsExactly(two, one);

        scheduler.advance(Duration.ofMillis(500));
        one.cancel();
        assertThat(one.isFinished()).isTrue();
        assertThat(one.activityProperty().get()).isEqualTo("Stopped watching");
        assertThat(one.timeline().getLast().text()).isEqualTo("Stopped watching");

        scheduler.advance(Duration.ofSeconds(5));
        assertThat(polls.get("one")).isEqualTo(1);
        assertThat(two.badgeProperty().get()).isEqualTo("Active");
        assertThat(panel.hasFinishedRows().get()).isTrue();

        panel.clearFinished();
        assertThat(panel.rows()).isEmpty();
    }

    @Test
    void watchingAFunctionAgainReplacesItsRunningWatch() {
        answers("same", is("same", FunctionState.PENDING));
        WatchRow first = panel.watch("same");
        WatchRow second = panel.watch(status("same", FunctionState.ACTIVE, UpdateStatus.IN_PROGRESS),
                "Code updated");

        assertThat(first.isFinished()).isTrue();
        assertThat(second.isFinished()).isFalse();
        assertThat(second.badgeProperty().get()).isEqualTo("Updating");
        assertThat(second.toneProperty().get()).isEqualTo(Tone.WARNING);
        assertThat(second.lastUpdateProperty().get()).isEqualTo("Last update InProgress");
    }

    @Test
    void theElapsedTimeTicksWhileWatchingAndTheTimerStopsAfterwards() {
        answers("slow", is("slow", FunctionState.PENDING));
        WatchRow row = panel.watch("slow");

        scheduler.advance(Duration.ofSeconds(3));
        assertThat(row.elapsedProperty().get()).isEqualTo("3 s");
        scheduler.advance(Duration.ofSeconds(62));
        assertThat(row.elapsedProperty().get()).isEqualTo("1 min 05 s");

        row.cancel();
        scheduler.advance(Duration.ofSeconds(10));
        assertThat(row.elapsedProperty().get()).isEqualTo("1 min 05 s");
        assertThat(scheduler.pendingCount()).isZero();
    }

    @Test
    void aFunctionDeletedWhileWatchedEndsTheRowAsGone() {
        answers("gone", () -> {
            throw software.amazon.awssdk.services.lambda.model.ResourceNotFoundException.builder()
                    .statusCode(404).awsErrorDetails(software.amazon.awssdk.awscore.exception.AwsErrorDetails
                            .builder().errorCode("ResourceNotFoundException").serviceName("Lambda")
                            .errorMessage("Function not found: arn:aws:lambda:us-east-1:000000000000:function:gone")
                            .build()).build();
        });
        WatchRow row = panel.watch("gone");

        scheduler.advance(Duration.ofMillis(500));

        assertThat(row.isFinished()).isTrue();
        assertThat(row.badgeProperty().get()).isEqualTo("Gone");
        assertThat(row.timeline().getLast().text()).startsWith("The function no longer exists: Function not found");
        assertThat(notices).isEmpty();
    }

    @Test
    void aRefusedDeploymentIsARecordInTheFailedToneThatLeavesARunningWatchAlone() {
        answers("orders", is("orders", FunctionState.PENDING), is("orders", FunctionState.ACTIVE));
        WatchRow watched = panel.watch(status("orders", FunctionState.PENDING, UpdateStatus.NONE), "Created");

        WatchRow refused = panel.recordRefusal("orders", "Code update",
                "Signature revoked: The signature of signing job 42 was revoked.");

        assertThat(panel.rows()).containsExactly(refused, watched);
        assertThat(refused.badgeProperty().get()).isEqualTo("Refused");
        assertThat(refused.toneProperty().get()).isEqualTo(Tone.DANGER);
        assertThat(refused.action()).isEqualTo("Code update refused");
        assertThat(refused.reasonProperty().get()).startsWith("Signature revoked:");
        assertThat(refused.activityProperty().get()).isEqualTo("Not deployed");
        assertThat(refused.timeline()).singleElement().satisfies(e -> {
            assertThat(e.word()).isEqualTo("Refused");
            assertThat(e.text()).isEqualTo("Code update refused: Signature revoked: The signature of signing job 42 "
                    + "was revoked.");
            assertThat(e.tone()).isEqualTo(Tone.DANGER);
        });
        assertThat(refused.isFinished()).isTrue();
        assertThat(panel.hasFinishedRows().get()).isTrue();

        scheduler.advance(Duration.ofSeconds(5));
        assertThat(watched.stateProperty().get()).isEqualTo(FunctionState.ACTIVE);
        assertThat(polls.get("orders")).isEqualTo(2); // the refusal added no polling
        assertThat(refused.timeline()).hasSize(1);
    }
}
