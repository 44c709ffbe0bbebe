package dev.lambdadesk.ui.functions.create;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.persist.DraftAutosaver;
import dev.lambdadesk.persist.DraftStore;
import dev.lambdadesk.persist.LoadResult;
import dev.lambdadesk.ui.workspace.Workspace;

/**
 * The Create function form's draft: saved a moment after each change (secret environment values left out unless the
 * settings allow them), offered back when the form is opened again, discarded after a successful create.
 */
public final class FormDrafts {

    /** The draft's form id in the draft store. */
    public static final String FORM_ID = "create-function";
    /** How long after the last change the draft is written. */
    public static final Duration QUIET_PERIOD = Duration.ofMillis(800);

    private final FunctionForm form;
    private final Workspace context;
    private final DraftAutosaver autosaver;
    /** What a new form saves as: never worth a draft (and never allowed to replace one). */
    private final ObjectNode untouched;
    /** The draft found when the form was opened, kept if the person steps back to an empty form. */
    private ObjectNode onDisk;
    private boolean saveScheduled;
    private final ReadOnlyObjectWrapper<DraftStore.Draft> offered = new ReadOnlyObjectWrapper<>(this, "offered");
    private final ReadOnlyStringWrapper offerText = new ReadOnlyStringWrapper(this, "offerText", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    FormDrafts(FunctionForm form, Workspace context) {
        this.form = form;
        this.context = context;
        this.untouched = form.draft(false);
        this.autosaver = new DraftAutosaver(context.drafts(), context.scheduler(), QUIET_PERIOD,
                message -> context.ui().post(() -> problem.set(message)));
    }

    /** The person changed the form: save it after the quiet period. The snapshot is taken now, on this thread. */
    void changed() {
        ObjectNode snapshot = form.draft(context.keepSecretsInDrafts().getAsBoolean());
        if (snapshot.equals(untouched)) {
            stepBackToUntouched();
            return;
        }
        saveScheduled = true;
        offered.set(null);
        offerText.set("");
        autosaver.changed(FORM_ID, () -> snapshot);
    }

    /** An emptied form replaces no draft: what was on disk before is put back, or nothing is kept. */
    private void stepBackToUntouched() {
        if (!saveScheduled) {
            return;
        }
        saveScheduled = false;
        if (onDisk != null) {
            ObjectNode original = onDisk;
            autosaver.changed(FORM_ID, () -> original);
        } else {
            forget();
        }
    }

    /** Looks for a saved draft to offer (off the UI thread). */
    void check() {
        context.ui().run(() -> context.drafts().load(FORM_ID), this::offer,
                failure -> problem.set("The saved draft could not be read: " + failure.getMessage()));
    }

    private void offer(LoadResult<DraftStore.Draft> result) {
        result.problem().ifPresent(problem::set);
        result.value().ifPresent(draft -> {
            onDisk = draft.content();
            offered.set(draft);
            String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withZone(context.clock().getZone()).format(draft.savedAt());
            String name = draft.content().path("request").path("FunctionName").asText("");
            offerText.set("A draft" + (name.isEmpty() ? "" : " of " + name) + " from " + when
                    + " is saved. Restore it?");
        });
    }

    /** Fills the form from the offered draft. */
    public void restore() {
        DraftStore.Draft draft = offered.get();
        if (draft != null) {
            offered.set(null);
            offerText.set("");
            form.restore(draft.content());
        }
    }

    /** Deletes the saved draft (off the UI thread). */
    public void discard() {
        offered.set(null);
        offerText.set("");
        forget();
    }

    void forget() {
        onDisk = null;
        saveScheduled = false;
        context.ui().run(() -> {
            autosaver.discard(FORM_ID);
            return null;
        }, done -> { }, failure -> problem.set("The draft could not be deleted: " + failure.getMessage()));
    }

    /** The draft on offer, or null. */
    public ReadOnlyObjectProperty<DraftStore.Draft> offeredProperty() {
        return offered.getReadOnlyProperty();
    }

    /** "A draft of my-function from 3 May 2026, 14:02 is saved. Restore it?" */
    public ReadOnlyStringProperty offerTextProperty() {
        return offerText.getReadOnlyProperty();
    }

    /** Why a draft could not be saved or read; empty when all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
