package dev.lambdadesk.persist;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.core.TaskScheduler;

/**
 * Saves a form's draft a short quiet moment after its last change (debounced), so typing is never slowed by disk
 * writes and a crash loses at most that moment.
 */
public final class DraftAutosaver {

    private static final Logger LOG = Logger.getLogger(DraftAutosaver.class.getName());

    private final DraftStore store;
    private final TaskScheduler scheduler;
    private final Duration quietPeriod;
    private final Consumer<String> onFailure;
    private final Map<String, Runnable> pending = new ConcurrentHashMap<>();

    /** @param onFailure told (with a sentence for the person) when a draft cannot be written */
    public DraftAutosaver(DraftStore store, TaskScheduler scheduler, Duration quietPeriod, Consumer<String> onFailure) {
        this.store = store;
        this.scheduler = scheduler;
        this.quietPeriod = quietPeriod;
        this.onFailure = onFailure;
    }

    /**
     * Notes that {@code formId} changed; its content is taken from {@code snapshot} when the quiet period ends.
     * The snapshot is taken on the thread the caller gives it: read form state there, not in the supplier.
     */
    public void changed(String formId, Supplier<ObjectNode> snapshot) {
        Runnable previous = pending.put(formId, scheduler.schedule(() -> save(formId, snapshot), quietPeriod));
        if (previous != null) {
            previous.run();
        }
    }

    /** Drops a pending save and the stored draft (after a successful create, or when the person discards it). */
    public void discard(String formId) {
        Runnable previous = pending.remove(formId);
        if (previous != null) {
            previous.run();
        }
        try {
            store.discard(formId);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot delete draft " + formId, e);
        }
    }

    private void save(String formId, Supplier<ObjectNode> snapshot) {
        pending.remove(formId);
        try {
            store.save(formId, snapshot.get());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot save draft " + formId, e);
            onFailure.accept("The draft could not be saved: " + e.getMessage());
        }
    }
}
