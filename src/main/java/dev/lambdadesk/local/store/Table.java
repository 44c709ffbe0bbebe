package dev.lambdadesk.local.store;

import java.util.Collections;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentNavigableMap;

/**
 * The live, key-sorted rows of one record type. Reads never block; values are immutable and replaced whole on write.
 */
public final class Table<T> {

    private final ConcurrentNavigableMap<String, Object> rows;
    private final Class<T> valueClass;

    Table(ConcurrentNavigableMap<String, Object> rows, Class<T> valueClass) {
        this.rows = rows;
        this.valueClass = valueClass;
    }

    public Optional<T> get(String key) {
        return Optional.ofNullable(valueClass.cast(rows.get(key)));
    }

    public boolean contains(String key) {
        return rows.containsKey(key);
    }

    public int size() {
        return rows.size();
    }

    /** All rows in key order (a live, read-only view). */
    public NavigableMap<String, T> all() {
        return Collections.unmodifiableNavigableMap(typed(rows));
    }

    /** The rows whose key starts with {@code prefix}, in key order (a live, read-only view). */
    public NavigableMap<String, T> withPrefix(String prefix) {
        return Collections.unmodifiableNavigableMap(typed(rows.subMap(prefix, true, prefix + Character.MAX_VALUE, false)));
    }

    @SuppressWarnings("unchecked")
    private NavigableMap<String, T> typed(NavigableMap<String, Object> map) {
        return (NavigableMap<String, T>) (NavigableMap<String, ?>) map;
    }
}
