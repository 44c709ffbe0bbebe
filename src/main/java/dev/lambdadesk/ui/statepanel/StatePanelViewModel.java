package dev.lambdadesk.ui.statepanel;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import dev.lambdadesk.aws.AwsErrorExplainer;
import dev.lambdadesk.aws.Session;
import dev.lambdadesk.aws.StateWatcher;
import dev.lambdadesk.core.FunctionStatus;
import dev.lambdadesk.core.TaskScheduler;
import dev.lambdadesk.ui.common.UiExecutor;

/**
 * The live state panel at the bottom of the window: every function being created or updated, with its state as it
 * changes. Other features call {@link #watch(FunctionStatus, String)} after a deploy, or {@link #watch(String)} to
 * follow a function; each row polls GetFunction through a {@link StateWatcher} until the function settles. A
 * deployment Lambda refused is recorded with {@link #recordRefusal(String, String, String)}.
 */
public final class StatePanelViewModel {

    /** Rows kept at most; the oldest finished ones go first. */
    static final int MAX_ROWS = 30;
    private static final Duration TICK = Duration.ofSeconds(1);

    private final StateWatcher.StatusSource source;
    private final Supplier<AwsErrorExplainer> explainer;
    private final UiExecutor ui;
    private final TaskScheduler scheduler;
    private final Clock clock;
    private final StateWatcher.Policy policy;
    private final ObservableList<WatchRow> rows =
            FXCollections.observableArrayList(row -> new Observable[] {row.finishedProperty()});
    private final ObservableList<WatchRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final List<Consumer<StateNotice>> noticeListeners = new CopyOnWriteArrayList<>();
    private final ReadOnlyStringWrapper emptyStateMessage = new ReadOnlyStringWrapper(
            "Functions you create or update appear here with their live state.");
    private boolean ticking;

    public StatePanelViewModel(Session session, UiExecutor ui, TaskScheduler scheduler, Clock clock,
            StateWatcher.Policy policy) {
        this(name -> session.lambda().status(name), session::explainer, ui, scheduler, clock, policy);
    }

    /** With the status call given directly; the public constructor polls GetFunction on the session. */
    StatePanelViewModel(StateWatcher.StatusSource source, Supplier<AwsErrorExplainer> explainer, UiExecutor ui,
            TaskScheduler scheduler, Clock clock, StateWatcher.Policy policy) {
        this.source = Objects.requireNonNull(source, "source");
        this.explainer = Objects.requireNonNull(explainer, "explainer");
        this.ui = Objects.requireNonNull(ui, "ui");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * Follows a function after a call that changed it (create, update code or configuration): the call's answer is
     * the first timeline entry and polling starts. Call on the UI thread.
     *
     * @param action what the call did, in words: "Created", "Code updated"
     */
    public WatchRow watch(FunctionStatus afterCall, String action) {
        WatchRow row = newRow(afterCall.functionName(), action);
        row.started(afterCall);
        return start(row);
    }

    /** Follows a function as it is now ("open in state panel"). Call on the UI thread. */
    public WatchRow watch(String functionName) {
        return watch(functionName, "Opened");
    }

    /** Follows a function something else changed ("Deployed with stack orders"). Call on the UI thread. */
    public WatchRow watch(String functionName, String action) {
        return start(newRow(functionName, action));
    }

    /**
     * Records that Lambda refused a deployment of {@code functionName} (a create or a code update): a finished row in
     * the Failed tone with the reason in plain words; nothing is polled and a watch already running goes on. Call on
     * the UI thread.
     *
     * @param action what was refused, in words: "Create", "Code update"
     * @param reason why, for a person: which signature check failed, or the service's answer explained
     */
    public WatchRow recordRefusal(String functionName, String action, String reason) {
        WatchRow row = new WatchRow(functionName, action + " refused", clock, this::publish);
        row.refused(reason);
        rows.add(0, row);
        trim();
        return row;
    }

    private WatchRow newRow(String functionName, String action) {
        rows.stream().filter(r -> r.functionName().equals(functionName) && !r.isFinished()).toList()
                .forEach(WatchRow::cancel);
        return new WatchRow(functionName, action, clock, this::publish);
    }

    private WatchRow start(WatchRow row) {
        StateWatcher watcher = new StateWatcher(source, scheduler, ui::post, clock, explainer.get(), policy);
        rows.add(0, row);
        trim();
        row.attach(watcher.watch(row.functionName(), row.listener()));
        startTicking();
        return row;
    }

    /** Removes the rows whose watch has ended. */
    public void clearFinished() {
        rows.removeIf(WatchRow::isFinished);
    }

    /** Stops a row's watch if it runs, and removes it. */
    public void dismiss(WatchRow row) {
        row.cancel();
        rows.remove(row);
    }

    /** Told on the UI thread when a watched function becomes Active or Failed. */
    public void onNotice(Consumer<StateNotice> listener) {
        noticeListeners.add(listener);
    }

    public ObservableList<WatchRow> rows() {
        return rowsView;
    }

    /** True while at least one row has finished, so "Clear finished" has something to do. */
    public BooleanBinding hasFinishedRows() {
        return Bindings.createBooleanBinding(() -> rows.stream().anyMatch(WatchRow::isFinished), rows);
    }

    public ReadOnlyStringProperty emptyStateMessageProperty() {
        return emptyStateMessage.getReadOnlyProperty();
    }

    private void publish(StateNotice notice) {
        noticeListeners.forEach(l -> l.accept(notice));
    }

    private void trim() {
        while (rows.size() > MAX_ROWS) {
            WatchRow oldest = rows.stream().filter(WatchRow::isFinished).reduce((a, b) -> b).orElse(rows.getLast());
            dismiss(oldest);
        }
    }

    /** Elapsed times move once a second while any watch runs; the timer stops when all have finished. */
    private void startTicking() {
        if (!ticking) {
            ticking = true;
            scheduler.schedule(() -> ui.post(this::tick), TICK);
        }
    }

    private void tick() {
        rows.forEach(WatchRow::tick);
        ticking = false;
        if (rows.stream().anyMatch(r -> !r.isFinished())) {
            startTicking();
        }
    }
}
