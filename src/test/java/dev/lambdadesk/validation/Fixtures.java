package dev.lambdadesk.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.core.Operation;

/** Valid requests for every operation (a test resource) and helpers to break one member at a time. */
final class Fixtures {

    static final ObjectMapper JSON = new ObjectMapper();
    /** "Now" for every test: 2025-06-01T00:00:00Z. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);
    static final RequestValidator VALIDATOR = RequestValidator.standard(CLOCK);

    private static final JsonNode VALID = resource("valid-requests.json");

    private Fixtures() {
    }

    static JsonNode resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh copy of the {@code index}th valid request of {@code op}. */
    static ObjectNode valid(Operation op, int index) {
        return (ObjectNode) VALID.required(op.apiName()).get(index).deepCopy();
    }

    static ObjectNode valid(Operation op) {
        return valid(op, 0);
    }

    static List<ObjectNode> allValid(Operation op) {
        List<ObjectNode> all = new ArrayList<>();
        for (int i = 0; i < VALID.required(op.apiName()).size(); i++) {
            all.add(valid(op, i));
        }
        return all;
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Bad JSON in a test: " + text, e);
        }
    }

    /**
     * Sets the value at an API path such as {@code Code.S3Key}, {@code Layers[0]} or {@code FileSystemConfigs[0].Arn},
     * creating missing structures on the way; a {@code null} value removes the member.
     */
    static ObjectNode set(ObjectNode request, String path, JsonNode value) {
        String[] parts = path.split("\\.");
        JsonNode node = request;
        for (int i = 0; i < parts.length - 1; i++) {
            node = child(node, parts[i], true);
        }
        String last = parts[parts.length - 1];
        int bracket = last.indexOf('[');
        if (bracket < 0) {
            if (value == null) {
                ((ObjectNode) node).remove(last);
            } else {
                ((ObjectNode) node).set(last, value);
            }
            return request;
        }
        ArrayNode list = (ArrayNode) child(node, last.substring(0, bracket), true);
        int index = Integer.parseInt(last.substring(bracket + 1, last.length() - 1));
        if (value == null) {
            list.remove(index);
        } else {
            list.set(index, value);
        }
        return request;
    }

    static ObjectNode set(ObjectNode request, String path, String jsonValue) {
        return set(request, path, jsonValue == null ? null : json(jsonValue));
    }

    static ObjectNode remove(ObjectNode request, String path) {
        return set(request, path, (JsonNode) null);
    }

    private static JsonNode child(JsonNode node, String part, boolean create) {
        int bracket = part.indexOf('[');
        String name = bracket < 0 ? part : part.substring(0, bracket);
        ObjectNode obj = (ObjectNode) node;
        JsonNode next = obj.get(name);
        if (next == null && create) {
            next = bracket < 0 ? obj.putObject(name) : obj.putArray(name);
        }
        if (bracket >= 0) {
            next = next.get(Integer.parseInt(part.substring(bracket + 1, part.length() - 1)));
        }
        return next;
    }

    static List<Violation> validate(Operation op, JsonNode request) {
        return VALIDATOR.validate(op, request);
    }

    static List<Violation> errors(Operation op, JsonNode request) {
        return validate(op, request).stream().filter(Violation::isError).toList();
    }

    static List<Violation> at(List<Violation> violations, String path) {
        return violations.stream().filter(v -> v.path().equals(path)).toList();
    }

    /** A JSON string of {@code n} copies of {@code c}. */
    static String text(char c, int n) {
        return "\"" + String.valueOf(c).repeat(n) + "\"";
    }

    /** A JSON list holding {@code n} copies of {@code itemJson}. */
    static String listOf(String itemJson, int n) {
        return "[" + String.join(",", Collections.nCopies(n, itemJson)) + "]";
    }
}
