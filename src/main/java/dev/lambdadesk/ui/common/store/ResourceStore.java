package dev.lambdadesk.ui.common.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import dev.lambdadesk.ui.common.Refusal;

/**
 * What the account holds of one kind of resource, kept current: filled by listing, then changed by each call's
 * answer (a create inserts, an update replaces, a delete removes), so every list, picker and details pane that is a
 * view of it shows the same thing without listing again. Records are immutable and keyed (by ARN or name).
 * Changed on the UI thread only.
 *
 * @param <T> the record type
 */
public final class ResourceStore<T> {

    private final String noun;
    private final Function<T, String> keyOf;
    private final ObservableList<T> items = FXCollections.observableArrayList();
    private final ObservableList<T> readOnly = FXCollections.unmodifiableObservableList(items);
    private final Map<String, T> byKey = new HashMap<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyObjectWrapper<Refusal> problem = new ReadOnlyObjectWrapper<>(this, "problem");

    /** @param noun what one record is, in the plural, for messages ("functions") */
    public ResourceStore(String noun, Function<T, String> keyOf) {
        this.noun = Objects.requireNonNull(noun, "noun");
        this.keyOf = Objects.requireNonNull(keyOf, "keyOf");
    }

    /** The records, in the order they arrived; views filter and sort their own copies of this list. */
    public ObservableList<T> items() {
        return readOnly;
    }

    public Optional<T> get(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    public String keyOf(T item) {
        return keyOf.apply(item);
    }

    /** Inserts {@code item}, or replaces the record with its key where it stands (a selection of it survives). */
    public void put(T item) {
        String key = keyOf.apply(item);
        T old = byKey.put(key, item);
        if (old == null) {
            items.add(item);
        } else if (!old.equals(item)) {
            items.set(items.indexOf(old), item);
        }
    }

    /** Replaces the record with {@code key} by what {@code change} makes of it; nothing when there is none. */
    public void update(String key, UnaryOperator<T> change) {
        T old = byKey.get(key);
        if (old != null) {
            put(change.apply(old));
        }
    }

    public void remove(String key) {
        T old = byKey.remove(key);
        if (old != null) {
            items.remove(old);
        }
    }

    /** Starts a full listing: what is held stays shown until {@link #replaceAll} or pages replace it. */
    public void loadingStarted() {
        loading.set(true);
        problem.set(null);
    }

    /** A listing's first page is coming: forget what was held. */
    public void clearForListing() {
        byKey.clear();
        items.clear();
    }

    /** Adds a page of a listing; records already held (a create that raced the listing) are replaced. */
    public void append(Collection<? extends T> page) {
        List<T> fresh = new ArrayList<>(page.size());
        for (T item : page) {
            String key = keyOf.apply(item);
            if (byKey.containsKey(key)) {
                put(item);
            } else {
                byKey.put(key, item);
                fresh.add(item);
            }
        }
        items.addAll(fresh);
    }

    /** A complete listing: replaces everything held. */
    public void replaceAll(Collection<? extends T> all) {
        clearForListing();
        append(all);
        loadingFinished(null);
    }

    /** The listing ended, with the refusal that stopped it or null. */
    public void loadingFinished(Refusal refusal) {
        loading.set(false);
        problem.set(refusal);
        loaded.set(refusal == null);
    }

    /** Forgets everything: the connection changed. */
    public void reset() {
        clearForListing();
        loading.set(false);
        loaded.set(false);
        problem.set(null);
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True once a listing completed for the current connection. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** Why the last listing failed, or null. */
    public ReadOnlyObjectProperty<Refusal> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** A list's status line: "Loading profiles…", why they could not be listed, or {@code listed} once they are. */
    public String status(String listed) {
        if (loading.get()) {
            return "Loading " + noun + "…";
        }
        Refusal refused = problem.get();
        return refused != null ? "The " + noun + " could not be listed: " + refused.summary() : listed;
    }

    /** "3 functions", "1 function". */
    public String count(int n) {
        String singular = noun.endsWith("s") ? noun.substring(0, noun.length() - 1) : noun;
        return String.format(java.util.Locale.ROOT, "%,d %s", n, n == 1 ? singular : noun);
    }
}
