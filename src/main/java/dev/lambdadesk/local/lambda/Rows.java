package dev.lambdadesk.local.lambda;

import java.util.Optional;

import dev.lambdadesk.local.store.DurableStore;
import dev.lambdadesk.local.store.RecordType;
import dev.lambdadesk.local.store.Transaction;

/** Reads rows either from the live tables or through a transaction (which sees its own pending changes). */
interface Rows {

    <T> Optional<T> get(RecordType<T> type, String key);

    static Rows live(DurableStore store) {
        return new Rows() {
            @Override
            public <T> Optional<T> get(RecordType<T> type, String key) {
                return store.table(type).get(key);
            }
        };
    }

    static Rows of(Transaction tx) {
        return new Rows() {
            @Override
            public <T> Optional<T> get(RecordType<T> type, String key) {
                return tx.get(type, key);
            }
        };
    }
}
