package dev.lambdadesk.ui.functions.explorer;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

import dev.lambdadesk.core.FunctionSummary;
import dev.lambdadesk.ui.functions.FunctionsContext;

/**
 * The explorer's list: every function of the account, listed page by page in the background and appended in
 * chunks, filtered as the person types (name or runtime), with the states learnt without extra calls.
 */
public final class FunctionListing {

    private final FunctionsContext context;
    private final ObservableList<FunctionSummary> functions = FXCollections.observableArrayList();
    private final ObservableList<FunctionSummary> functionsView = FXCollections.unmodifiableObservableList(functions);
    private final ObservableMap<String, String> knownStates = FXCollections.observableHashMap();
    private final Map<FunctionSummary, String> searchText = new IdentityHashMap<>();
    private final FilteredList<FunctionSummary> filtered = new FilteredList<>(functions);
    private final SortedList<FunctionSummary> sorted = new SortedList<>(filtered);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper placeholderTitle = new ReadOnlyStringWrapper(this, "placeholderTitle");
    private final ReadOnlyStringWrapper placeholderMessage = new ReadOnlyStringWrapper(this, "placeholderMessage");
    private FunctionPages pages;

    FunctionListing(FunctionsContext context) {
        this.context = context;
        filter.addListener((observable, old, now) -> filtered.setPredicate(matching(now)));
        filtered.addListener((InvalidationListener) observable -> describe());
        describe();
    }

    /** Lists the account's functions again, page by page; the list fills as pages arrive. */
    void refresh(Iterable<? extends Map.Entry<String, String>> statesStillKnown) {
        if (pages != null) {
            pages.stop();
        }
        functions.clear();
        searchText.clear();
        knownStates.clear();
        statesStillKnown.forEach(e -> knownStates.put(e.getKey(), e.getValue()));
        problem.set("");
        if (!context.session().isConnected()) {
            loading.set(false);
            describe();
            return;
        }
        FunctionPages current = new FunctionPages(context.ui(), this::append);
        pages = current;
        loading.set(true);
        describe();
        context.ui().run(() -> {
            context.session().lambda().listFunctions(current::arrived, current::isStopped);
            return null;
        }, done -> finished(current, ""), failure -> finished(current, "The functions could not be listed: "
                + context.session().explainer().explain(failure).summary()));
    }

    private void finished(FunctionPages listing, String failure) {
        listing.finish(() -> {
            if (pages == listing) {
                loading.set(false);
                problem.set(failure);
                describe();
            }
        });
    }

    private void append(List<FunctionSummary> chunk) {
        chunk.forEach(f -> searchText.put(f, searchTextOf(f)));
        functions.addAll(chunk);
    }

    void remove(String functionName) {
        functions.removeIf(f -> f.name().equals(functionName));
        searchText.keySet().removeIf(f -> f.name().equals(functionName));
    }

    /** ListFunctions does not report State; GetFunction and the state panel do, and the table shows it. */
    void rememberState(String functionName, String state) {
        if (!state.isEmpty()) {
            knownStates.put(functionName, state);
        }
    }

    /** The state to show for a row: as listed, or as last learnt, or "—" when unknown. */
    public String stateOf(FunctionSummary function) {
        String state = knownStates.getOrDefault(function.name(), function.state());
        return state.isEmpty() ? "—" : state;
    }

    /**
     * Invalidated whenever a state is learnt. The table's state cells each listen to this one observable, rather
     * than every row showing a binding of its own (a cell value factory runs on each scroll and keystroke).
     */
    public Observable knownStates() {
        return knownStates;
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
        int all = functions.size();
        int shown = filtered.size();
        String count = String.format(Locale.ROOT, "%,d %s", all, all == 1 ? "function" : "functions");
        if (loading.get()) {
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
        } else if (loading.get()) {
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

    /** Every function loaded, unfiltered. */
    public List<FunctionSummary> allFunctions() {
        return functionsView;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
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
