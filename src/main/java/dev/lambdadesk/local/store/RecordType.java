package dev.lambdadesk.local.store;

import java.util.Objects;

/**
 * A named kind of record kept by the {@link DurableStore}; values are read back as {@code valueClass} with Jackson.
 * Adding a record type needs no registration: declare a constant and use it.
 *
 * @param name       the stable name written to disk, e.g. {@code lambda.function}; never rename it
 * @param valueClass the immutable class (usually a record) the values are bound to
 */
public record RecordType<T>(String name, Class<T> valueClass) {
    public RecordType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(valueClass, "valueClass");
    }

    public static <T> RecordType<T> of(String name, Class<T> valueClass) {
        return new RecordType<>(name, valueClass);
    }
}
