package dev.lambdadesk.local.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The changes one {@link DurableStore#write} makes. Reads see the transaction's own pending changes; nothing is
 * applied unless the work returns normally.
 */
public final class Transaction {

    /** One change: a put (value present) or a delete (value null), or a blob's bytes (type {@code $blob}). */
    record Change(String type, String key, Object value) {
        boolean isDelete() {
            return value == null;
        }

        boolean isBlob() {
            return JournalCodec.BLOB.equals(type);
        }
    }

    private final DurableStore store;
    private final Map<String, Change> pending = new LinkedHashMap<>();

    Transaction(DurableStore store) {
        this.store = store;
    }

    public <T> Optional<T> get(RecordType<T> type, String key) {
        Change change = pending.get(id(type.name(), key));
        if (change != null) {
            return change.isDelete() ? Optional.empty() : Optional.of(type.valueClass().cast(change.value()));
        }
        return store.table(type).get(key);
    }

    public <T> void put(RecordType<T> type, String key, T value) {
        store.bind(type);
        pending.put(id(type.name(), key), new Change(type.name(), key, Objects.requireNonNull(value)));
    }

    public void delete(RecordType<?> type, String key) {
        pending.put(id(type.name(), key), new Change(type.name(), key, null));
    }

    /** Journals a staged blob's bytes with this transaction's changes when its file is not durable yet. */
    public void attach(StagedBlob blob) {
        if (blob.needsJournal()) {
            pending.put(id(JournalCodec.BLOB, blob.id()), new Change(JournalCodec.BLOB, blob.id(), blob.bytes()));
        }
    }

    List<Change> changes() {
        return new ArrayList<>(pending.values());
    }

    private static String id(String type, String key) {
        return type + '\u0000' + key;
    }
}
