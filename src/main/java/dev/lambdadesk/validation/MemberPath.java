package dev.lambdadesk.validation;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Where a value sits in a request while it is being checked: a chain of member names, list indexes and map keys,
 * each with the JSON node found there. The two spellings are built only when a finding needs them.
 */
final class MemberPath {

    static final MemberPath ROOT = new MemberPath(null, null, -1, null, null);

    private final MemberPath parent;
    private final String member;
    private final int index;
    private final String key;
    private final JsonNode node;

    private MemberPath(MemberPath parent, String member, int index, String key, JsonNode node) {
        this.parent = parent;
        this.member = member;
        this.index = index;
        this.key = key;
        this.node = node;
    }

    static MemberPath root(JsonNode request) {
        return new MemberPath(null, null, -1, null, request);
    }

    MemberPath member(String name, JsonNode value) {
        return new MemberPath(this, name, -1, null, value);
    }

    MemberPath element(int i, JsonNode value) {
        return new MemberPath(this, null, i, null, value);
    }

    MemberPath key(String k, JsonNode value) {
        return new MemberPath(this, null, -1, k, value);
    }

    MemberPath parent() {
        return parent;
    }

    /** The JSON value at this path (may be null or a JSON null when the member is absent). */
    JsonNode node() {
        return node;
    }

    /** The path as the API spells it: {@code Code.S3Key}, {@code Layers[0]}, {@code Environment.Variables.KEY}. */
    String api() {
        StringBuilder sb = new StringBuilder();
        appendApi(sb);
        return sb.toString();
    }

    private void appendApi(StringBuilder sb) {
        if (parent == null) {
            return;
        }
        parent.appendApi(sb);
        if (index >= 0) {
            sb.append('[').append(index).append(']');
            return;
        }
        if (!sb.isEmpty()) {
            sb.append('.');
        }
        sb.append(member != null ? member : key);
    }

    /**
     * The path as AWS prints it in a ValidationException: lowerCamel members, list elements as {@code N.member}
     * (1-based), map entries reported at the map itself.
     */
    String wire() {
        StringBuilder sb = new StringBuilder();
        appendWire(sb);
        return sb.toString();
    }

    private void appendWire(StringBuilder sb) {
        if (parent == null) {
            return;
        }
        parent.appendWire(sb);
        if (key != null) {
            return;
        }
        if (!sb.isEmpty()) {
            sb.append('.');
        }
        if (index >= 0) {
            sb.append(index + 1).append(".member");
        } else {
            sb.append(lowerFirst(member));
        }
    }

    static String lowerFirst(String name) {
        if (name.isEmpty() || Character.isLowerCase(name.charAt(0))) {
            return name;
        }
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    @Override
    public String toString() {
        return api();
    }
}
