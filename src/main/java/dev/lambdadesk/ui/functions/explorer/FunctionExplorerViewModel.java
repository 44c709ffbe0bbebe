package dev.lambdadesk.ui.functions.explorer;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

import dev.lambdadesk.core.FunctionDetails;
import dev.lambdadesk.core.FunctionState;
import dev.lambdadesk.core.FunctionSummary;
import dev.lambdadesk.ui.functions.FunctionsContext;
import dev.lambdadesk.ui.statepanel.WatchRow;

/**
 * The function explorer: every function of the account, listed page by page in the background and appended in
 * chunks; filter-as-you-type over name and runtime; the selected function's details and its actions.
 */
public final class FunctionExplorerViewModel {

    private final FunctionsContext context;
    private final ObservableList<FunctionSummary> functions = FXCollections.observableArrayList();
    private final ObservableMap<String, String> knownStates = FXCollections.observableHashMap();
    private final FilteredList<FunctionSummary> filtered = new FilteredList<>(functions);
    private final SortedList<FunctionSummary> sorted = new SortedList<>(filtered);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ObjectProperty<FunctionSummary> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyStringWrapper placeholderTitle = new ReadOnlyStringWrapper(this, "placeholderTitle");
    private final ReadOnlyStringWrapper placeholderMessage = new ReadOnlyStringWrapper(this, "placeholderMessage");
    private final FunctionDetailsViewModel details;
    private final BooleanBinding nothingSelected = selected.isNull();
    private FunctionPages pages;
    private Consumer<FunctionDetails> onCreateSimilar = d -> { };

    public FunctionExplorerViewModel(FunctionsContext context) {
        this.context = Objects.requireNonNull(context, "context");
        this.details = new FunctionDetailsViewModel(context);
        filter.addListener((observable, old, now) -> filtered.setPredicate(matching(now)));
        filtered.addListener((javafx.beans.InvalidationListener) observable -> describe());
        selected.addListener((observable, old, now) -> {
            if (old == null || now == null || !old.name().equals(now.name())) {
                details.show(now); // the same function with its state filled in needs no new call
            }
        });
        details.detailsProperty().addListener((observable, old, now) -> showStateOf(now));
        context.statePanel().rows().addListener((ListChangeListener<WatchRow>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(this::followState);
            }
        });
        describe();
    }

    /** Lists the account's functions again, page by page; the list fills as pages arrive. */
    public void refresh() {
        if (pages != null) {
            pages.stop();
        }
        functions.clear();
        knownStates.clear();
        context.statePanel().rows().forEach(this::rememberState);
        problem.set("");
        if (!context.session().isConnected()) {
            loading.set(false);
            describe();
            return;
        }
        FunctionPages current = new FunctionPages(context.ui(), functions::addAll);
        pages = current;
        loading.set(true);
        describe();
        context.ui().run(() -> {
            context.session().lambda().listFunctions(current::arrived, current::isStopped);
            return null;
        }, done -> {
            current.drain();
            if (pages == current) {
                loading.set(false);
                describe();
            }
        }, failure -> {
            current.drain();
            if (pages == current) {
                loading.set(false);
                problem.set("The functions could not be listed: "
                        + context.session().explainer().explain(failure).summary());
                describe();
            }
        });
    }

    /** ListFunctions does not report State; once GetFunction has, the row shows it too. */
    private void showStateOf(FunctionDetails loaded) {
        if (loaded != null) {
            knownStates.put(loaded.name(), loaded.configuration().path("State").asText(""));
        }
    }

    /** A function the state panel watches shows its latest state here too. */
    private void followState(WatchRow row) {
        rememberState(row);
        row.stateProperty().addListener((observable, old, state) -> rememberState(row));
    }

    private void rememberState(WatchRow row) {
        FunctionState state = row.stateProperty().get();
        if (state != FunctionState.UNKNOWN) {
            knownStates.put(row.functionName(), state.wireName());
        }
    }

    /** The state to show for a row: as listed, or as last read with GetFunction, or "—" when unknown. */
    public ObservableValue<String> stateOf(FunctionSummary function) {
        return Bindings.createStringBinding(() -> {
            String state = knownStates.getOrDefault(function.name(), function.state());
            return state.isEmpty() ? "—" : state;
        }, knownStates);
    }

    /** Deletes the selected function (the view asks for confirmation first). */
    public void deleteSelected() {
        FunctionSummary target = selected.get();
        if (target == null) {
            return;
        }
        context.ui().run(() -> {
            context.session().lambda().deleteFunction(target.name());
            return target;
        }, deleted -> {
            functions.removeIf(f -> f.name().equals(deleted.name()));
            notice.set("Deleted " + deleted.name() + ".");
        }, failure -> notice.set(target.name() + " could not be deleted: "
                + context.session().explainer().explain(failure).summary()));
    }

    /** Shows a passing message above the table. */
    public void showNotice(String text) {
        notice.set(text);
    }

    /** Follows the selected function in the live state panel. */
    public void openSelectedInStatePanel() {
        if (selected.get() != null) {
            context.statePanel().watch(selected.get().name());
        }
    }

    /** Starts a new function prefilled like the selected one, once its details are loaded. */
    public void createSimilar() {
        FunctionDetails loaded = details.detailsProperty().get();
        if (loaded != null) {
            onCreateSimilar.accept(loaded);
        }
    }

    public void onCreateSimilar(Consumer<FunctionDetails> listener) {
        this.onCreateSimilar = Objects.requireNonNull(listener);
    }

    /** The dialog's ViewModel for deploying new code to the selected function, or null with nothing selected. */
    public UpdateCodeViewModel updateCodeOfSelected() {
        FunctionSummary target = selected.get();
        return target == null ? null : new UpdateCodeViewModel(context, target, () -> details.reload(target));
    }

    /** The ARN of the selected function, for the clipboard; empty with nothing selected. */
    public String selectedArn() {
        return selected.get() == null ? "" : selected.get().arn();
    }

    /** The question the delete confirmation asks. */
    public String deleteQuestion() {
        return selected.get() == null ? "" : "Delete the function " + selected.get().name()
                + " and all its versions? This cannot be undone.";
    }

    private static Predicate<FunctionSummary> matching(String typed) {
        String needle = typed == null ? "" : typed.trim();
        if (needle.isEmpty()) {
            return null;
        }
        return f -> containsIgnoreCase(f.name(), needle) || containsIgnoreCase(f.runtime(), needle);
    }

    /** Case-insensitive "contains" without allocating, so filtering 10,000 rows per keystroke stays cheap. */
    static boolean containsIgnoreCase(String haystack, String needle) {
        int last = haystack.length() - needle.length();
        for (int i = 0; i <= last; i++) {
            if (haystack.regionMatches(true, i, needle, 0, needle.length())) {
                return true;
            }
        }
        return false;
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
        if (!context.session().isConnected()) {
            placeholder("No functions yet", "The explorer lists every function in the account with its state, "
                    + "runtime and code signing. It loads as soon as the connection is ready.");
        } else if (!problem.get().isEmpty()) {
            placeholder("Cannot list functions", problem.get());
        } else if (loading.get()) {
            placeholder("Loading functions…", "Functions appear here page by page.");
        } else if (all == 0) {
            placeholder("No functions yet", "The explorer lists every function in the account with its state, "
                    + "runtime and code signing. Create one with New function (Ctrl+N).");
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
        return FXCollections.unmodifiableObservableList(functions);
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<FunctionSummary> selectedProperty() {
        return selected;
    }

    public FunctionDetailsViewModel details() {
        return details;
    }

    /** True while no function is selected: the actions are disabled. */
    public BooleanBinding nothingSelectedProperty() {
        return nothingSelected;
    }

    /** True until Create similar has the selected function's configuration. */
    public BooleanBinding createSimilarDisabledProperty() {
        return Bindings.isNull(details.detailsProperty());
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

    /** A passing message: deleted, could not delete. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty placeholderTitleProperty() {
        return placeholderTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty placeholderMessageProperty() {
        return placeholderMessage.getReadOnlyProperty();
    }
}
