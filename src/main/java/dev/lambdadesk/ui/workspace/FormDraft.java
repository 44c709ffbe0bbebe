package dev.lambdadesk.ui.workspace;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.persist.DraftAutosaver;
import dev.lambdadesk.persist.DraftStore;
import dev.lambdadesk.persist.LoadResult;

/**
 * Every form's draft: saved a moment after each change, offered back when the form is opened again (unless the form
 * already shows it), forgotten after the form's action succeeded. The form gives a snapshot of its content, a way
 * to restore one and a short name for a snapshot ("the profile Release_1"). A form stepped back to how a new one
 * looks replaces no draft: the one found on disk is kept.
 */
public final class FormDraft {

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    public static final Duration QUIET_PERIOD = Duration.ofMillis(800);

    private final String formId;
    private final Workspace context;
    private final Supplier<ObjectNode> snapshot;
    private final Consumer<ObjectNode> restorer;
    private final Function<ObjectNode, String> naming;
    private final DraftAutosaver autosaver;
    /** What a new form saves as: never worth a draft (and never allowed to replace one). */
    private ObjectNode untouched;
    /** The draft found when the form was opened, kept if the person steps back to an untouched form. */
    private ObjectNode onDisk;
    private boolean saveScheduled;
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

    /** The form as it is now is how a new one looks: saving it would only replace a real draft. */
    public FormDraft untouchedNow() {
        this.untouched = snapshot.get();
        return this;
    }

    /** The form changed: save it after the quiet period. The snapshot is taken now, on this thread. */
    public void changed() {
        if (restoring) {
            return;
        }
        ObjectNode content = snapshot.get();
        if (content.equals(untouched)) {
            stepBackToUntouched();
            return;
        }
        saveScheduled = true;
        offered.set(null);
        offerText.set("");
        autosaver.changed(formId, () -> content);
    }

    /** An emptied form replaces no draft: what was on disk before is put back, or nothing is kept. */
    private void stepBackToUntouched() {
        if (!saveScheduled) {
            return;
        }
        saveScheduled = false;
        if (onDisk != null) {
            ObjectNode original = onDisk;
            autosaver.changed(formId, () -> original);
        } else {
            forget();
        }
    }

    /** Looks for a saved draft to offer (off the UI thread). */
    public void check() {
        context.ui().run(() -> context.drafts().load(formId), this::offer,
                failure -> problem.set("The saved draft could not be read: " + failure.getMessage()));
    }

    private void offer(LoadResult<DraftStore.Draft> result) {
        result.problem().ifPresent(problem::set);
        result.value().ifPresent(draft -> {
            onDisk = draft.content();
            if (draft.content().equals(asSaved(snapshot.get()))) {
                return; // the form shows this draft already: nothing to restore
            }
            offered.set(draft);
            String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withZone(context.clock().getZone()).format(draft.savedAt());
            String name = naming.apply(draft.content());
            offerText.set("A draft" + (name.isEmpty() ? "" : " of " + name) + " from " + when
                    + " is saved. Restore it?");
        });
    }

    /** A snapshot as it reads back from the file (numbers parsed as the file's reader parses them). */
    private static com.fasterxml.jackson.databind.JsonNode asSaved(ObjectNode content) {
        try {
            return JSON.readTree(content.toString());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree always reads back", e);
        }
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
        onDisk = null;
        saveScheduled = false;
        context.ui().run(() -> {
            autosaver.discard(formId);
            return null;
        }, done -> { }, failure -> problem.set("The draft could not be deleted: " + failure.getMessage()));
    }

    /** The draft on offer, or null. */
    public ReadOnlyObjectProperty<DraftStore.Draft> offeredProperty() {
        return offered.getReadOnlyProperty();
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
