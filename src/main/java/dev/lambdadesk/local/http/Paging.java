package dev.lambdadesk.local.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;

/** Marker-based pages over key-sorted rows; a marker is the opaque, encoded key of the next row. */
public final class Paging {

    /** One page: its items and the marker of the next page (null on the last page). */
    public record Page<T>(List<T> items, String nextMarker) {
    }

    private Paging() {
    }

    /**
     * The page starting at {@code marker} (or the first page) with at most {@code size} items.
     *
     * @throws IllegalArgumentException when the marker was not made by this class
     */
    public static <T> Page<T> page(NavigableMap<String, T> rows, Optional<String> marker, int size) {
        NavigableMap<String, T> from = marker.isPresent() ? rows.tailMap(decode(marker.get()), true) : rows;
        List<T> items = new ArrayList<>(Math.min(size, 64));
        String next = null;
        for (Map.Entry<String, T> row : from.entrySet()) {
            if (items.size() == size) {
                next = encode(row.getKey());
                break;
            }
            items.add(row.getValue());
        }
        return new Page<>(items, next);
    }

    public static String encode(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    public static String decode(String marker) {
        return new String(Base64.getUrlDecoder().decode(marker), StandardCharsets.UTF_8);
    }
}
