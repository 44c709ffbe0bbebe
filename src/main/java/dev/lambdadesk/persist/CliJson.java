package dev.lambdadesk.persist;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * AWS CLI input JSON in and out: export a form's request so {@code aws lambda create-function --cli-input-json
 * file://x.json} accepts it as is, and import such a file, or the output of {@code get-function} /
 * {@code get-function-configuration}, back into a form. Unknown members are kept, so validation reports them.
 */
public final class CliJson {

    /** Members of a function configuration that the service reports but no request accepts. */
    private static final Set<String> OUTPUT_ONLY = Set.of("FunctionArn", "CodeSize", "LastModified", "CodeSha256",
            "Version", "MasterArn", "RevisionId", "State", "StateReason", "StateReasonCode", "LastUpdateStatus",
            "LastUpdateStatusReason", "LastUpdateStatusReasonCode", "SigningProfileVersionArn", "SigningJobArn",
            "RuntimeVersionConfig", "ConfigSha256");

    /** The request read from a file, and notes on what was converted or left out. */
    public record Imported(ObjectNode request, List<String> notes) {
        public Imported {
            notes = List.copyOf(notes);
        }
    }

    private final ObjectMapper json = new ObjectMapper();

    /** Pretty JSON of {@code request} without nulls or empty containers. */
    public String export(ObjectNode request) {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(pruned(request)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree always serializes", e);
        }
    }

    /**
     * Reads CLI input JSON, or a get-function(-configuration) output turned into CreateFunction input.
     *
     * @throws JsonProcessingException when the text is not JSON or not a JSON object
     */
    public Imported importText(String text) throws JsonProcessingException {
        JsonNode root = json.readTree(text);
        if (root == null || !root.isObject()) {
            throw new JsonProcessingException("The file does not hold a JSON object.") { };
        }
        ObjectNode obj = (ObjectNode) root.deepCopy();
        List<String> notes = new ArrayList<>();
        if (obj.has("Configuration") && obj.get("Configuration").isObject()) {
            notes.add("Read the Configuration of a get-function output; Code and Concurrency were left out.");
            if (obj.has("Tags") && obj.get("Tags").isObject()) {
                ((ObjectNode) obj.get("Configuration")).set("Tags", obj.get("Tags"));
            }
            obj = (ObjectNode) obj.get("Configuration");
        }
        if (looksLikeConfiguration(obj)) {
            convertConfiguration(obj, notes);
        }
        return new Imported(obj, notes);
    }

    private static boolean looksLikeConfiguration(ObjectNode obj) {
        return obj.has("FunctionArn") || obj.has("CodeSha256") || obj.has("LastModified") || obj.has("RevisionId");
    }

    private static void convertConfiguration(ObjectNode obj, List<String> notes) {
        List<String> dropped = new ArrayList<>();
        for (String m : OUTPUT_ONLY) {
            if (obj.remove(m) != null) {
                dropped.add(m);
            }
        }
        if (!dropped.isEmpty()) {
            notes.add("Left out members the service reports but does not accept: "
                    + String.join(", ", dropped.stream().sorted().toList()) + ".");
        }
        if (obj.get("Layers") instanceof ArrayNode layers) {
            ArrayNode arns = obj.putArray("Layers");
            layers.forEach(l -> arns.add(l.isObject() ? l.path("Arn").asText() : l.asText()));
        }
        if (obj.get("VpcConfig") instanceof ObjectNode vpc) {
            vpc.remove("VpcId");
        }
        if (obj.get("SnapStart") instanceof ObjectNode snap) {
            snap.remove("OptimizationStatus");
        }
        if (obj.get("Environment") instanceof ObjectNode env) {
            env.remove("Error");
        }
        JsonNode image = obj.remove("ImageConfigResponse");
        if (image != null && image.get("ImageConfig") instanceof ObjectNode ic) {
            obj.set("ImageConfig", ic);
        }
        if (!obj.has("Code")) {
            notes.add("A configuration does not carry the code: choose a zip file, an S3 object or an image.");
        }
    }

    private static JsonNode pruned(JsonNode node) {
        if (node.isObject()) {
            ObjectNode out = ((ObjectNode) node).objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode v = pruned(e.getValue());
                if (!isEmpty(v)) {
                    out.set(e.getKey(), v);
                }
            }
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = ((ArrayNode) node).arrayNode();
            node.forEach(v -> {
                JsonNode p = pruned(v);
                if (!p.isNull()) {
                    out.add(p);
                }
            });
            return out;
        }
        return node;
    }

    private static boolean isEmpty(JsonNode v) {
        return v.isNull() || v.isMissingNode() || (v.isContainerNode() && v.isEmpty());
    }
}
