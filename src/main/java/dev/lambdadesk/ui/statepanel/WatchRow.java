package dev.lambdadesk.ui.statepanel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import dev.lambdadesk.aws.AwsProblem;
import dev.lambdadesk.aws.StateWatcher;
import dev.lambdadesk.core.FunctionState;
import dev.lambdadesk.core.FunctionStatus;
import dev.lambdadesk.core.UpdateStatus;
import dev.lambdadesk.ui.common.Tone;

/**
 * One function in the live state panel: its latest state, the reasons, how long the watch has run, what it is
 * doing (polling, reconnecting, done) and a timeline of every change. Updated on the UI thread only.
 */
public final class WatchRow {

    private final String functionName;
    private final String action;
    private final Clock clock;
    private final DateTimeFormatter timeFormat;
    private final Consumer<StateNotice> notices;
    private final Instant startedAt;
    private Instant endedAt;
    private StateWatcher.Watch watch;

    private final ReadOnlyObjectWrapper<FunctionState> state = new ReadOnlyObjectWrapper<>(FunctionState.UNKNOWN);
    private final ReadOnlyStringWrapper badge = new ReadOnlyStringWrapper("Checking");
    private final ReadOnlyObjectWrapper<Tone> tone = new ReadOnlyObjectWrapper<>(Tone.ACCENT);
    private final ReadOnlyStringWrapper reason = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lastUpdate = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper elapsed = new ReadOnlyStringWrapper("0 s");
    private final ReadOnlyStringWrapper activity = new ReadOnlyStringWrapper("Watching");
    private final ReadOnlyBooleanWrapper reconnecting = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<TimelineEntry> timeline = FXCollections.observableArrayList();
    private final ObservableList<TimelineEntry> timelineView = FXCollections.unmodifiableObservableList(timeline);
    private FunctionStatus last;

    WatchRow(String functionName, String action, Clock clock, Consumer<StateNotice> notices) {
        this.functionName = functionName;
        this.action = action;
        this.clock = clock;
        this.timeFormat = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(clock.getZone());
        this.notices = notices;
        this.startedAt = clock.instant();
    }

    void attach(StateWatcher.Watch w) {
        this.watch = w;
    }

    /** What the call that started the watch answered (create, update code): the timeline's first entry. */
    void started(FunctionStatus afterCall) {
        show(afterCall);
        add(StatusWords.badgeOf(afterCall), action + " — " + StatusWords.changeOf(afterCall),
                StatusWords.toneOf(afterCall), startedAt);
    }

    /** Lambda refused the deployment: there is nothing to watch, and the row says why in the Failed tone. */
    void refused(String why) {
        endedAt = startedAt;
        badge.set("Refused");
        tone.set(Tone.DANGER);
        reason.set(why);
        activity.set("Not deployed");
        finished.set(true);
        add("Refused", action + ": " + why, Tone.DANGER, startedAt);
    }

    /** Stops watching this function; the row stays with its timeline until cleared. */
    public void cancel() {
        if (watch != null && !finished.get()) {
            watch.cancel();
        }
    }

    StateWatcher.Listener listener() {
        return new StateWatcher.Listener() {
            @Override
            public void onStatus(FunctionStatus status, Instant observedAt) {
                reconnecting.set(false);
                activity.set("Watching");
                if (status.differsVisiblyFrom(last)) { // the first poll often repeats what the call answered
                    add(StatusWords.badgeOf(status), StatusWords.changeOf(status), StatusWords.toneOf(status),
                            observedAt);
                }
                show(status);
            }

            @Override
            public void onTrouble(AwsProblem problem, Duration retryIn) {
                if (!reconnecting.get()) {
                    add("Reconnecting", "Cannot reach the service: " + problem.summary(), Tone.WARNING,
                            clock.instant());
                }
                reconnecting.set(true);
                activity.set("Reconnecting… next try in " + StatusWords.durationOf(retryIn.plusMillis(999)));
            }

            @Override
            public void onFinished(StateWatcher.Outcome outcome, AwsProblem problem) {
                finish(outcome, problem);
            }
        };
    }

    private void show(FunctionStatus status) {
        last = status;
        state.set(status.state());
        badge.set(StatusWords.badgeOf(status));
        tone.set(StatusWords.toneOf(status));
        reason.set(StatusWords.reasonOf(status));
        lastUpdate.set(StatusWords.lastUpdateOf(status));
    }

    private void finish(StateWatcher.Outcome outcome, AwsProblem problem) {
        endedAt = clock.instant();
        reconnecting.set(false);
        finished.set(true);
        tick();
        switch (outcome) {
            case SETTLED -> {
                activity.set("Settled after " + elapsed.get());
                notifySettled();
            }
            case CANCELLED -> {
                activity.set("Stopped watching");
                add("Stopped", "Stopped watching", Tone.NEUTRAL, endedAt);
            }
            case TIMED_OUT -> {
                activity.set("Gave up after " + elapsed.get());
                add("Gave up", "No final state after " + elapsed.get() + "; stopped watching", Tone.WARNING,
                        endedAt);
            }
            case GONE -> {
                activity.set("Function not found");
                badge.set("Gone");
                tone.set(Tone.NEUTRAL);
                add("Gone", "The function no longer exists: " + problem.summary(), Tone.NEUTRAL, endedAt);
            }
            case FAILED -> {
                activity.set("Stopped: the status cannot be read");
                add("Stopped", "Stopped: " + (problem == null ? "the status cannot be read" : problem.summary()),
                        Tone.DANGER, endedAt);
            }
        }
    }

    private void notifySettled() {
        if (last == null) {
            return;
        }
        if (last.state() == FunctionState.FAILED || last.lastUpdateStatus() == UpdateStatus.FAILED) {
            String why = last.state() == FunctionState.FAILED ? StatusWords.reasonOf(last)
                    : last.lastUpdateStatusReason();
            notices.accept(new StateNotice(functionName, functionName + " failed",
                    why.isEmpty() ? "The function failed." : why, Tone.DANGER));
        } else if (last.state() == FunctionState.ACTIVE) {
            notices.accept(new StateNotice(functionName, functionName + " is Active",
                    action + " and ready to invoke after " + elapsed.get() + ".", Tone.SUCCESS));
        }
    }

    /** Refreshes the elapsed time (once a second while the watch runs). */
    void tick() {
        Instant end = endedAt == null ? clock.instant() : endedAt;
        elapsed.set(StatusWords.durationOf(Duration.between(startedAt, end)));
    }

    private void add(String word, String text, Tone entryTone, Instant at) {
        timeline.add(new TimelineEntry(at, timeFormat.format(at), word, text, entryTone));
    }

    public String functionName() {
        return functionName;
    }

    /** What started the watch: "Created", "Code updated", "Opened"; or what was refused: "Create refused". */
    public String action() {
        return action;
    }

    public ReadOnlyObjectProperty<FunctionState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The badge's word: the state ("Pending", "Active", "Failed", "Inactive"), "Updating", "Checking" or "Refused". */
    public ReadOnlyStringProperty badgeProperty() {
        return badge.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Tone> toneProperty() {
        return tone.getReadOnlyProperty();
    }

    /** StateReasonCode and StateReason, e.g. "Creating: The function is being created." */
    public ReadOnlyStringProperty reasonProperty() {
        return reason.getReadOnlyProperty();
    }

    /** LastUpdateStatus with its reason, or an empty string. */
    public ReadOnlyStringProperty lastUpdateProperty() {
        return lastUpdate.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty elapsedProperty() {
        return elapsed.getReadOnlyProperty();
    }

    /** "Watching", "Reconnecting… next try in 2 s", "Settled after 3 s", "Stopped watching". */
    public ReadOnlyStringProperty activityProperty() {
        return activity.getReadOnlyProperty();
    }

    /** True while polls fail for a reason that may pass (throttling, no connection). */
    public ReadOnlyBooleanProperty reconnectingProperty() {
        return reconnecting.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    public boolean isFinished() {
        return finished.get();
    }

    public ObservableList<TimelineEntry> timeline() {
        return timelineView;
    }
}
