package dev.lambdadesk.ui.functions.explorer;

import java.util.Objects;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import dev.lambdadesk.core.FunctionDetails;
import dev.lambdadesk.core.FunctionSummary;
import dev.lambdadesk.ui.workspace.Workspace;

/**
 * The function explorer: the account's functions ({@link FunctionListing}, a view of the functions store), the
 * selected function's details and the actions on it (update code, watch, copy ARN, create similar, delete).
 * The selection survives the store's changes: when the selected function is replaced (its state changed, its code
 * was updated) the explorer selects the new record and reads its details again.
 */
public final class FunctionExplorerViewModel {

    private final Workspace context;
    private final FunctionListing listing;
    private final FunctionDetailsViewModel details;
    private final ObjectProperty<FunctionSummary> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final BooleanBinding nothingSelected = selected.isNull();
    private Consumer<FunctionDetails> onCreateSimilar = d -> { };
    /** The function whose details are shown, as the store last had it. */
    private FunctionSummary shown;
    /** True while the store tells its views of a change: a table drops its selection for a moment then. */
    private boolean storeChanging;

    public FunctionExplorerViewModel(Workspace context) {
        this.context = Objects.requireNonNull(context, "context");
        ObservableList<FunctionSummary> items = context.stores().functions().items();
        items.addListener((ListChangeListener<FunctionSummary>) change -> storeChanging = true);
        this.listing = new FunctionListing(context); // its filtered view listens after the line above
        this.details = new FunctionDetailsViewModel(context);
        items.addListener((ListChangeListener<FunctionSummary>) change -> storeChanged());
        selected.addListener((observable, old, now) -> selectionChanged(now));
        details.detailsProperty().addListener((observable, old, loaded) -> {
            if (loaded != null) {
                String state = loaded.configuration().path("State").asText("");
                if (!state.isEmpty() && shown != null && shown.name().equals(loaded.name())) {
                    shown = shown.withState(state); // the details say it already: no need to read them again
                    context.stores().functions().update(loaded.name(), f -> f.withState(state));
                }
            }
        });
    }

    private void selectionChanged(FunctionSummary now) {
        if (now == null) {
            if (!storeChanging) {
                shown = null;
                details.show(null);
            }
        } else if (shown == null || !shown.name().equals(now.name())) {
            shown = now;
            details.show(now);
        }
    }

    /**
     * The selected function replaced in the store stays selected, and its details are read again when it changed
     * (its state, its code); removed, the selection goes.
     */
    private void storeChanged() {
        storeChanging = false;
        if (shown == null) {
            return;
        }
        FunctionSummary now = context.stores().functions().get(shown.name()).orElse(null);
        if (now == null) {
            if (!context.stores().functions().loadingProperty().get()) {
                shown = null;
                selected.set(null);
                details.show(null);
            }
            return;
        }
        boolean changed = !now.equals(shown);
        shown = now;
        if (selected.get() != now) {
            selected.set(now);
        }
        if (changed) {
            details.refresh(now);
        }
    }

    /** Lists the account's functions again. */
    public void refresh() {
        listing.refresh();
    }

    /** Deletes the selected function (the view asks for its name first). */
    public void deleteSelected() {
        FunctionSummary target = selected.get();
        if (target == null) {
            return;
        }
        context.calls().run(() -> {
            context.session().lambda().deleteFunction(target.name());
            return target;
        }, deleted -> {
            context.stores().functionDeleted(deleted.name());
            notice.set("Deleted " + deleted.name() + ".");
        }, refusal -> notice.set(target.name() + " could not be deleted: " + refusal.summary()));
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
        return target == null ? null : new UpdateCodeViewModel(context, target);
    }

    /** The ARN of the selected function, for the clipboard; empty with nothing selected. */
    public String selectedArn() {
        return selected.get() == null ? "" : selected.get().arn();
    }

    /** The name a person types to confirm deleting the selected function, or empty. */
    public String deleteConfirmationName() {
        return selected.get() == null ? "" : selected.get().name();
    }

    /** The question the delete confirmation asks. */
    public String deleteQuestion() {
        return selected.get() == null ? "" : "Delete the function " + selected.get().name()
                + " and all its versions? This cannot be undone.";
    }

    public FunctionListing listing() {
        return listing;
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

    /** A passing message: created, deleted, could not delete. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
