package dev.lambdadesk.sam;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * SAM's Globals rules: a function's own value replaces a global one, maps merge key by key (Environment.Variables,
 * Tags) and lists add up, the global entries first (Layers).
 */
final class Globals {

    private Globals() {
    }

    static ObjectNode merge(JsonNode globals, ObjectNode own) {
        if (!globals.isObject()) {
            return own.deepCopy();
        }
        ObjectNode out = ((ObjectNode) globals).deepCopy();
        for (Map.Entry<String, JsonNode> e : own.properties()) {
            out.set(e.getKey(), mergeValue(out.get(e.getKey()), e.getValue()));
        }
        return out;
    }

    private static JsonNode mergeValue(JsonNode global, JsonNode own) {
        if (global == null || isIntrinsic(global) || isIntrinsic(own)) {
            return own.deepCopy();
        }
        if (global.isObject() && own.isObject()) {
            return merge(global, (ObjectNode) own);
        }
        if (global.isArray() && own.isArray()) {
            ArrayNode out = ((ArrayNode) global).deepCopy();
            own.forEach(item -> out.add(item.deepCopy()));
            return out;
        }
        return own.deepCopy();
    }

    private static boolean isIntrinsic(JsonNode node) {
        if (!node.isObject() || node.size() != 1) {
            return false;
        }
        String key = node.fieldNames().next();
        return key.equals("Ref") || key.startsWith("Fn::");
    }
}
