package dev.lambdadesk.ui.functions.explorer;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

import dev.lambdadesk.core.FunctionState;
import dev.lambdadesk.core.FunctionSummary;
import dev.lambdadesk.ui.common.Refusal;
import dev.lambdadesk.ui.common.store.ResourceStore;
import dev.lambdadesk.ui.workspace.Workspace;

/**
 * The explorer's list: a filtered, sorted view of the account's functions in the functions store, so a create,
 * an update or a delete anywhere shows here at once. ListFunctions does not report State; the rows on screen ask
 * for theirs ({@link #wantState}), a few calls at a time.
 */
public final class FunctionListing {

    /** How many GetFunction calls for states may run at once. */
    static final int STATE_READS_AT_ONCE = 4;

    private final Workspace context;
    private final ResourceStore<FunctionSummary> store;
    private final Map<FunctionSummary, String> searchText = new IdentityHashMap<>();
    private final FilteredList<FunctionSummary> filtered;
    private final SortedList<FunctionSummary> sorted;
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper placeholderTitle = new ReadOnlyStringWrapper(this, "placeholderTitle");
    private final ReadOnlyStringWrapper placeholderMessage = new ReadOnlyStringWrapper(this, "placeholderMessage");
    private final Set<String> statesAsked = new HashSet<>();
    private final Deque<String> stateQueue = new ArrayDeque<>();
    private int stateReads;

    FunctionListing(Workspace context) {
        this.context = context;
        this.store = context.stores().functions();
        this.filtered = new FilteredList<>(store.items());
        this.sorted = new SortedList<>(filtered);
        store.items().addListener((ListChangeListener<FunctionSummary>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(searchText::remove);
            }
            if (store.items().isEmpty()) {
                statesAsked.clear(); // a new listing or a new connection
                stateQueue.clear();
            }
        });
        filter.addListener((observable, old, now) -> filtered.setPredicate(matching(now)));
        filtered.addListener((InvalidationListener) observable -> describe());
        store.loadingProperty().addListener(observable -> describe());
        store.problemProperty().addListener((observable, old, now) -> {
            problem.set(now == null ? "" : "The functions could not be listed: " + now.summary());
            describe();
        });
        describe();
    }

    /** Lists the account's functions again; the list keeps what it shows until the first page arrives. */
    void refresh() {
        context.stores().refreshFunctions();
    }

    /** A row on screen whose state is not known yet: it is read with GetFunction, once per listing. */
    public void wantState(FunctionSummary function) {
        if (!function.state().isEmpty() || !statesAsked.add(function.name())) {
            return;
        }
        stateQueue.add(function.name());
        readStates();
    }

    private void readStates() {
        while (stateReads < STATE_READS_AT_ONCE && !stateQueue.isEmpty()) {
            String name = stateQueue.poll();
            stateReads++;
            context.calls().run(() -> context.session().lambda().status(name), status -> {
                stateReads--;
                if (status.state() != FunctionState.UNKNOWN) {
                    store.update(name, f -> f.withState(status.state().wireName()));
                }
                readStates();
            }, this::stateNotRead);
        }
    }

    private void stateNotRead(Refusal refusal) {
        stateReads--;
        readStates();
    }

    /** The state to show for a row, or "—" while it is not known. */
    public String stateOf(FunctionSummary function) {
        String state = store.get(function.name()).map(FunctionSummary::state).orElse(function.state());
        return state.isEmpty() ? "—" : state;
    }

    private Predicate<FunctionSummary> matching(String typed) {
        String needle = typed == null ? "" : typed.trim().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return null;
        }
        return f -> searchText.computeIfAbsent(f, FunctionListing::searchTextOf).contains(needle);
    }

    /** Name and runtime in lower case, made once per function: each keystroke is then one search per row. */
    private static String searchTextOf(FunctionSummary function) {
        return (function.name() + "\n" + function.runtime()).toLowerCase(Locale.ROOT);
    }

    private void describe() {
        int all = store.items().size();
        int shown = filtered.size();
        String count = store.count(all);
        if (store.loadingProperty().get()) {
            status.set("Loading… " + count + " so far");
        } else if (shown != all) {
            status.set(String.format(Locale.ROOT, "%,d of %s match", shown, count));
        } else {
            status.set(count);
        }
        String everything = "The explorer lists every function in the account with its state, runtime and code "
                + "signing. ";
        if (!context.session().isConnected()) {
            placeholder("No functions yet", everything + "It loads as soon as the connection is ready.");
        } else if (!problem.get().isEmpty()) {
            placeholder("Cannot list functions", problem.get());
        } else if (store.loadingProperty().get() && all == 0) {
            placeholder("Loading functions…", "Functions appear here page by page.");
        } else if (all == 0) {
            placeholder("No functions yet", everything + "Create one with New function (Ctrl+N).");
        } else {
            placeholder("No match", "No function name or runtime contains \"" + filter.get().trim() + "\".");
        }
    }

    private void placeholder(String title, String message) {
        placeholderTitle.set(title);
        placeholderMessage.set(message);
    }

    /** The functions to show: filtered, and sorted by the table (bind its comparator to this list's). */
    public SortedList<FunctionSummary> functions() {
        return sorted;
    }

    /** Every function of the account, unfiltered. */
    public ObservableList<FunctionSummary> allFunctions() {
        return store.items();
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return store.loadingProperty();
    }

    /** "Loading… 1,250 functions so far", "10,000 functions", "37 of 10,000 functions match". */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty placeholderTitleProperty() {
        return placeholderTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty placeholderMessageProperty() {
        return placeholderMessage.getReadOnlyProperty();
    }
}
