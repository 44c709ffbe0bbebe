package dev.lambdadesk.ui.signing.common;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.persist.DraftAutosaver;
import dev.lambdadesk.persist.DraftStore;
import dev.lambdadesk.persist.LoadResult;
import dev.lambdadesk.ui.workspace.Workspace;

/**
 * One form's draft: saved a moment after each change, offered back when the form is opened again, forgotten after
 * the form's action succeeded. The form gives a snapshot of its content, a way to restore one and a short name
 * for a snapshot ("the profile Release_1").
 */
public final class FormDraft {

    static final Duration QUIET_PERIOD = Duration.ofMillis(800);

    private final String formId;
    private final Workspace context;
    private final Supplier<ObjectNode> snapshot;
    private final Consumer<ObjectNode> restorer;
    private final Function<ObjectNode, String> naming;
    private final DraftAutosaver autosaver;
    private final ReadOnlyObjectWrapper<DraftStore.Draft> offered = new ReadOnlyObjectWrapper<>(this, "offered");
    private final ReadOnlyStringWrapper offerText = new ReadOnlyStringWrapper(this, "offerText", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private boolean restoring;

    public FormDraft(String formId, Workspace context, Supplier<ObjectNode> snapshot,
            Consumer<ObjectNode> restorer, Function<ObjectNode, String> naming) {
        this.formId = formId;
        this.context = context;
        this.snapshot = snapshot;
        this.restorer = restorer;
        this.naming = naming;
        this.autosaver = new DraftAutosaver(context.drafts(), context.scheduler(), QUIET_PERIOD,
                message -> context.ui().post(() -> problem.set(message)));
    }

    /** The form changed: save it after the quiet period. The snapshot is taken now, on this thread. */
    public void changed() {
        if (restoring) {
            return;
        }
        ObjectNode content = snapshot.get();
        offered.set(null);
        offerText.set("");
        autosaver.changed(formId, () -> content);
    }

    /** Looks for a saved draft to offer (off the UI thread). */
    public void check() {
        context.ui().run(() -> context.drafts().load(formId), this::offer,
                failure -> problem.set("The saved draft could not be read: " + failure.getMessage()));
    }

    private void offer(LoadResult<DraftStore.Draft> result) {
        result.problem().ifPresent(problem::set);
        result.value().ifPresent(draft -> {
            offered.set(draft);
            String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withZone(context.clock().getZone()).format(draft.savedAt());
            String name = naming.apply(draft.content());
            offerText.set("A draft" + (name.isEmpty() ? "" : " of " + name) + " from " + when
                    + " is saved. Restore it?");
        });
    }

    /** Runs a change the form makes itself (a reset, prefilling, a default): it is no edit worth a draft. */
    public void quietly(Runnable change) {
        boolean was = restoring;
        restoring = true;
        try {
            change.run();
        } finally {
            restoring = was;
        }
    }

    /** Fills the form from the offered draft. */
    public void restore() {
        DraftStore.Draft draft = offered.get();
        if (draft != null) {
            offered.set(null);
            offerText.set("");
            quietly(() -> restorer.accept(draft.content()));
        }
    }

    /** Deletes the saved draft and the offer. */
    public void discard() {
        offered.set(null);
        offerText.set("");
        forget();
    }

    /** Drops the saved draft (off the UI thread), after the form's action succeeded. */
    public void forget() {
        context.ui().run(() -> {
            autosaver.discard(formId);
            return null;
        }, done -> { }, failure -> problem.set("The draft could not be deleted: " + failure.getMessage()));
    }

    /** True while a draft is on offer. */
    public BooleanBinding offeredBinding() {
        return Bindings.isNotNull(offered);
    }

    /** "A draft of the profile Release_1 from 3 May 2026, 14:02 is saved. Restore it?" */
    public ReadOnlyStringProperty offerTextProperty() {
        return offerText.getReadOnlyProperty();
    }

    /** Why a draft could not be saved or read; empty when all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
