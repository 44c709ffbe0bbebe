package dev.lambdadesk.ui.functions.create;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** What the form does with the members it has no field for: they travel with the request unchanged. */
final class JsonFields {

    private JsonFields() {
    }

    /** Copies members of {@code carried} that {@code target} lacks, recursing into structures both have. */
    static void mergeMissing(ObjectNode target, ObjectNode carried) {
        for (Iterator<Map.Entry<String, JsonNode>> it = carried.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode existing = target.get(e.getKey());
            if (existing == null) {
                target.set(e.getKey(), e.getValue().deepCopy());
            } else if (existing instanceof ObjectNode o && e.getValue() instanceof ObjectNode c) {
                mergeMissing(o, c);
            }
        }
    }
}
