package dev.lambdadesk.validation;

import com.fasterxml.jackson.databind.JsonNode;

/** Small readers over a request's JSON that treat absent members and JSON nulls alike. */
final class Requests {

    private Requests() {
    }

    /** The value at a chain of member names, or null when any of them is absent or null. */
    static JsonNode at(JsonNode root, String... names) {
        JsonNode node = root;
        for (String name : names) {
            if (node == null || !node.isObject()) {
                return null;
            }
            node = node.get(name);
        }
        return node == null || node.isNull() ? null : node;
    }

    static boolean present(JsonNode root, String... names) {
        return at(root, names) != null;
    }

    /** The text at a chain of member names, or null when absent or not text. */
    static String text(JsonNode root, String... names) {
        JsonNode node = at(root, names);
        return node != null && node.isTextual() ? node.textValue() : null;
    }

    /** {@code path} is {@code base} or lies under it ({@code base.X} or {@code base[i]}). */
    static boolean sameOrNested(String path, String base) {
        if (!path.startsWith(base)) {
            return false;
        }
        if (path.length() == base.length() || base.isEmpty()) {
            return true;
        }
        char next = path.charAt(base.length());
        return next == '.' || next == '[';
    }
}
