package dev.lambdadesk.ui.functions.explorer;

import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;

import dev.lambdadesk.core.FunctionDetails;
import dev.lambdadesk.core.FunctionState;
import dev.lambdadesk.core.FunctionSummary;
import dev.lambdadesk.ui.functions.FunctionsContext;
import dev.lambdadesk.ui.statepanel.WatchRow;

/**
 * The function explorer: the account's functions ({@link FunctionListing}), the selected function's details and
 * the actions on it (update code, watch, copy ARN, create similar, delete).
 */
public final class FunctionExplorerViewModel {

    private final FunctionsContext context;
    private final FunctionListing listing;
    private final FunctionDetailsViewModel details;
    private final ObjectProperty<FunctionSummary> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final BooleanBinding nothingSelected = selected.isNull();
    private Consumer<FunctionDetails> onCreateSimilar = d -> { };

    public FunctionExplorerViewModel(FunctionsContext context) {
        this.context = Objects.requireNonNull(context, "context");
        this.listing = new FunctionListing(context);
        this.details = new FunctionDetailsViewModel(context);
        selected.addListener((observable, old, now) -> {
            if (old == null || now == null || !old.name().equals(now.name())) {
                details.show(now);
            }
        });
        details.detailsProperty().addListener((observable, old, loaded) -> {
            if (loaded != null) {
                listing.rememberState(loaded.name(), loaded.configuration().path("State").asText(""));
            }
        });
        context.statePanel().rows().addListener((ListChangeListener<WatchRow>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(this::followState);
            }
        });
    }

    /** Lists the account's functions again; states the state panel knows stay shown. */
    public void refresh() {
        listing.refresh(context.statePanel().rows().stream()
                .filter(r -> r.stateProperty().get() != FunctionState.UNKNOWN)
                .map(r -> Map.entry(r.functionName(), r.stateProperty().get().wireName())).toList());
    }

    /** A function the state panel watches shows its latest state in the table too, with no extra call. */
    private void followState(WatchRow row) {
        Runnable remember = () -> {
            if (row.stateProperty().get() != FunctionState.UNKNOWN) {
                listing.rememberState(row.functionName(), row.stateProperty().get().wireName());
            }
        };
        remember.run();
        row.stateProperty().addListener((observable, old, state) -> remember.run());
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
            listing.remove(deleted.name());
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
