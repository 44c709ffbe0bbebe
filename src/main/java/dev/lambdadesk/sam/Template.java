package dev.lambdadesk.sam;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A template as read: its file (relative CodeUri and ContentUri paths are resolved against its folder) and its
 * tree, intrinsic functions in their long forms.
 */
public record Template(Path file, ObjectNode root) {

    /** The folder that relative code paths start from. */
    public Path folder() {
        Path parent = file.getParent();
        return parent == null ? Path.of("") : parent;
    }

    /** The resources by logical id, in template order. */
    public Map<String, JsonNode> resources() {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        root.path("Resources").properties().forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    public JsonNode parameters() {
        return root.path("Parameters");
    }

    /** {@code Globals.Function}: properties every AWS::Serverless::Function inherits. */
    public JsonNode functionGlobals() {
        return root.path("Globals").path("Function");
    }

    public JsonNode conditions() {
        return root.path("Conditions");
    }

    public JsonNode mappings() {
        return root.path("Mappings");
    }

    /** True when the template is a SAM template (it declares the serverless transform). */
    public boolean isServerless() {
        JsonNode transform = root.path("Transform");
        return transform.asText("").startsWith("AWS::Serverless")
                || transform.isArray() && transform.toString().contains("AWS::Serverless");
    }
}
