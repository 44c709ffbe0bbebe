package dev.lambdadesk.sam;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Which members of a desired function configuration differ from the deployed one. Only what the template sets is
 * compared, and the deployed side may hold more (Lambda adds defaults such as LoggingConfig.LogGroup).
 */
final class ConfigDiff {

    /** Request members that are not configuration: code, tags, the code signing config, the name. */
    static final Set<String> NOT_CONFIGURATION = Set.of("FunctionName", "Code", "Tags", "CodeSigningConfigArn",
            "PackageType", "Publish", "Architectures");

    private ConfigDiff() {
    }

    static List<String> changedMembers(JsonNode desired, JsonNode deployed) {
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, JsonNode> member : desired.properties()) {
            String name = member.getKey();
            if (NOT_CONFIGURATION.contains(name)) {
                continue;
            }
            JsonNode current = deployed.path(name);
            if (name.equals("Layers")) {
                current = layerArns(current);
            }
            if (!contains(member.getValue(), current)) {
                changed.add(name);
            }
        }
        return changed;
    }

    /** True when {@code current} has every value {@code wanted} sets (objects: key by key). */
    static boolean contains(JsonNode wanted, JsonNode current) {
        if (wanted.isObject()) {
            if (wanted.isEmpty()) {
                return current.isMissingNode() || current.isNull() || current.isObject();
            }
            for (Map.Entry<String, JsonNode> e : wanted.properties()) {
                if (!contains(e.getValue(), current.path(e.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        if (wanted.isArray()) {
            if (wanted.isEmpty()) {
                return current.isMissingNode() || current.isNull() || current.isEmpty();
            }
            if (!current.isArray() || current.size() != wanted.size()) {
                return false;
            }
            for (int i = 0; i < wanted.size(); i++) {
                if (!contains(wanted.get(i), current.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return current.isValueNode() && wanted.asText().equals(current.asText());
    }

    private static JsonNode layerArns(JsonNode layers) {
        var out = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        layers.forEach(l -> out.add(l.isObject() ? l.path("Arn").asText() : l.asText()));
        return out;
    }
}
