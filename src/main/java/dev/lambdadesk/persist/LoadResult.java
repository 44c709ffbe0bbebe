package dev.lambdadesk.persist;

import java.util.Optional;

/**
 * What reading a stored file gave: its value, or nothing, and a message for the person when a damaged file was
 * set aside instead of loaded.
 */
public record LoadResult<T>(Optional<T> value, Optional<String> problem) {

    public static <T> LoadResult<T> of(T value) {
        return new LoadResult<>(Optional.of(value), Optional.empty());
    }

    public static <T> LoadResult<T> absent() {
        return new LoadResult<>(Optional.empty(), Optional.empty());
    }

    public static <T> LoadResult<T> setAside(String message) {
        return new LoadResult<>(Optional.empty(), Optional.of(message));
    }
}
