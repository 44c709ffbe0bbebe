package dev.lambdadesk.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Member paths as the API spells them ({@code LoggingConfig.LogGroup}, {@code FileSystemConfigs[0].Arn}) applied to
 * a request's JSON: writing makes the structures on the way only when something is written, taking removes the
 * structures it leaves empty, so nothing empty is sent or carried.
 */
final class JsonMembers {

    private JsonMembers() {
    }

    /** Lets {@code write} add the last member of {@code path} to its parent structure. */
    static void put(ObjectNode request, String path, BiConsumer<ObjectNode, String> write) {
        ObjectNode[] madeIn = new ObjectNode[1];
        String[] madeName = new String[1];
        ObjectNode parent = request;
        String[] segments = path.split("\\.");
        for (int i = 0; i < segments.length - 1; i++) {
            ObjectNode owner = parent;
            parent = child(parent, segments[i], name -> {
                if (madeIn[0] == null) {
                    madeIn[0] = owner;
                    madeName[0] = name;
                }
            });
        }
        write.accept(parent, segments[segments.length - 1]);
        if (parent.isEmpty() && madeIn[0] != null) { // nothing written: no empty structure either
            madeIn[0].remove(madeName[0]);
        }
    }

    /** Lets {@code take} remove the last member of {@code path}; {@code absent} when a structure is missing. */
    static <T> T take(ObjectNode request, String path, BiFunction<ObjectNode, String, T> take, T absent) {
        String[] segments = path.split("\\.");
        List<JsonNode> chain = new ArrayList<>();
        JsonNode node = request;
        for (int i = 0; i < segments.length - 1 && node != null; i++) {
            chain.add(node);
            node = existing(node, segments[i]);
        }
        if (!(node instanceof ObjectNode parent)) {
            return absent;
        }
        T value = take.apply(parent, segments[segments.length - 1]);
        if (parent.isEmpty()) {
            pruneEmpty(chain, segments);
        }
        return value;
    }

    /** The member at {@code path}, or a missing node. */
    static JsonNode at(JsonNode request, String path) {
        JsonNode node = request;
        for (String segment : path.split("\\.")) {
            node = node == null ? null : existing(node, segment);
        }
        return node == null ? MissingNode.getInstance() : node;
    }

    private static ObjectNode child(ObjectNode parent, String segment, Consumer<String> made) {
        int bracket = segment.indexOf('[');
        if (bracket < 0) {
            if (parent.get(segment) instanceof ObjectNode o) {
                return o;
            }
            made.accept(segment);
            return parent.putObject(segment);
        }
        String name = segment.substring(0, bracket);
        int index = Integer.parseInt(segment.substring(bracket + 1, segment.length() - 1));
        ArrayNode array = parent.get(name) instanceof ArrayNode a ? a : parent.putArray(name);
        if (array.isEmpty()) {
            made.accept(name);
        }
        while (array.size() <= index) {
            array.addObject();
        }
        return (ObjectNode) array.get(index);
    }

    private static JsonNode existing(JsonNode node, String segment) {
        int bracket = segment.indexOf('[');
        if (bracket < 0) {
            return node.get(segment);
        }
        JsonNode array = node.get(segment.substring(0, bracket));
        int index = Integer.parseInt(segment.substring(bracket + 1, segment.length() - 1));
        return array != null && array.isArray() && array.size() > index ? array.get(index) : null;
    }

    /** Removes structures a take left empty, innermost first, so nothing empty is carried. */
    private static void pruneEmpty(List<JsonNode> chain, String[] segments) {
        for (int i = chain.size() - 1; i >= 0; i--) {
            JsonNode child = existing(chain.get(i), segments[i]);
            if (child == null || !child.isEmpty()) {
                return;
            }
            String segment = segments[i];
            int bracket = segment.indexOf('[');
            if (bracket < 0) {
                ((ObjectNode) chain.get(i)).remove(segment);
            } else {
                ArrayNode array = (ArrayNode) chain.get(i).get(segment.substring(0, bracket));
                array.remove(Integer.parseInt(segment.substring(bracket + 1, segment.length() - 1)));
                if (array.isEmpty()) {
                    ((ObjectNode) chain.get(i)).remove(segment.substring(0, bracket));
                }
            }
        }
    }
}
