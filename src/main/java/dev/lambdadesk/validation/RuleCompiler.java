package dev.lambdadesk.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.lambdadesk.core.Operation.Service;
import dev.lambdadesk.validation.Rule.Placement;
import dev.lambdadesk.validation.Rule.Site;

/**
 * Turns the trimmed service model shipped beside this class into one tree of rules per operation, once: patterns
 * are compiled here and the service limits the model lacks are folded in ({@link ModelOverrides}).
 */
final class RuleCompiler {

    private final Service service;
    private final JsonNode shapes;
    private final JsonNode operations;
    private final Map<String, Rule> byPath = new LinkedHashMap<>();

    private RuleCompiler(Service service, JsonNode model) {
        this.service = service;
        this.shapes = model.required("shapes");
        this.operations = model.required("operations");
    }

    static RuleCompiler forService(Service service) {
        String resource = service == Service.LAMBDA ? "lambda-shapes.json" : "signer-shapes.json";
        try (InputStream in = RuleCompiler.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing validation resource " + resource);
            }
            return new RuleCompiler(service, new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read validation resource " + resource, e);
        }
    }

    /** The compiled request of one operation plus every rule by its normalized path. */
    record Compiled(StructureRule request, Map<String, Rule> byPath) {
    }

    Compiled compile(String operationName) {
        byPath.clear();
        String input = operations.required(operationName).asText();
        Site site = new Site("", MemberText.of("The " + operationName + " request"), Placement.MEMBER, false);
        StructureRule root = structure(site, shapes.required(input), operationName + " requests");
        return new Compiled(root, Map.copyOf(byPath));
    }

    private Rule compile(String shapeName, String path, String memberName, Placement placement,
            boolean containerSensitive, MemberText fallback) {
        JsonNode shape = shapes.required(shapeName);
        MemberText text = MemberLabels.find(service, path);
        if (text == null) {
            text = fallback != null ? fallback : MemberText.fromMemberName(memberName);
        }
        boolean sensitive = containerSensitive || shape.path("sensitive").asBoolean(false);
        Site site = new Site(path, text, placement, sensitive);
        ModelOverrides.Override o = ModelOverrides.find(service, path);
        Rule rule = switch (shape.required("type").asText()) {
            case "structure" -> structure(site, shape, text.label());
            case "list" -> list(site, shape, o, sensitive);
            case "map" -> map(site, shape, o, sensitive);
            case "string" -> new StringRule(site, enumValues(shape), o.enumByServiceRule(),
                    bound(o.min(), shape, "min"), bound(o.max(), shape, "max"),
                    o.pattern() != null ? o.pattern() : pattern(shape));
            case "integer", "long" -> new NumberRule(site, true, number(o.min(), shape, "min", true),
                    number(o.max(), shape, "max", true), o.standardMax());
            case "double", "float" -> new NumberRule(site, false, number(o.min(), shape, "min", false),
                    number(o.max(), shape, "max", false), null);
            case "boolean" -> new BooleanRule(site);
            case "blob" -> new BlobRule(site);
            case "timestamp" -> new TimestampRule(site);
            default -> throw new IllegalStateException("Unsupported shape type in " + shapeName);
        };
        byPath.put(path, rule);
        return rule;
    }

    private StructureRule structure(Site site, JsonNode shape, String context) {
        Set<String> required = new HashSet<>();
        shape.path("required").forEach(r -> required.add(r.asText()));
        List<StructureRule.Member> members = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : shape.required("members").properties()) {
            String name = e.getKey();
            JsonNode ref = e.getValue();
            String childPath = site.normalizedPath().isEmpty() ? name : site.normalizedPath() + "." + name;
            Rule child = compile(ref.required("shape").asText(), childPath, name, Placement.MEMBER, false, null);
            // The AWS CLI and SDKs fill idempotency tokens themselves, so a request file may leave them out.
            boolean isRequired = required.contains(name) && !ref.path("idempotencyToken").asBoolean(false);
            members.add(new StructureRule.Member(name, child, isRequired));
        }
        StructureRule rule = new StructureRule(site, members, context);
        byPath.put(site.normalizedPath(), rule);
        return rule;
    }

    private ListRule list(Site site, JsonNode shape, ModelOverrides.Override o, boolean sensitive) {
        MemberText elementText = MemberText.of(site.text().label() + " entry");
        Rule element = compile(shape.required("member").required("shape").asText(), site.normalizedPath() + "[]",
                null, Placement.LIST_ELEMENT, sensitive, elementText);
        return new ListRule(site, element, bound(o.min(), shape, "min"), bound(o.max(), shape, "max"));
    }

    private MapRule map(Site site, JsonNode shape, ModelOverrides.Override o, boolean sensitive) {
        String label = site.text().label();
        Rule key = compile(shape.required("key").required("shape").asText(), site.normalizedPath() + "{key}",
                null, Placement.MAP_KEY, sensitive, MemberText.of(label + " key"));
        Rule value = compile(shape.required("value").required("shape").asText(),
                site.normalizedPath() + "{value}", null, Placement.MAP_VALUE, sensitive,
                MemberText.of(label + " value"));
        return new MapRule(site, key, value, bound(o.min(), shape, "min"), bound(o.max(), shape, "max"));
    }

    private static List<String> enumValues(JsonNode shape) {
        if (!shape.has("enum")) {
            return null;
        }
        List<String> values = new ArrayList<>();
        shape.get("enum").forEach(v -> values.add(v.asText()));
        return List.copyOf(values);
    }

    private static String pattern(JsonNode shape) {
        return shape.has("pattern") ? shape.get("pattern").asText() : null;
    }

    private static int bound(Long override, JsonNode shape, String field) {
        if (override != null) {
            return override.intValue();
        }
        return shape.has(field) ? shape.get(field).asInt() : -1;
    }

    private static Number number(Long override, JsonNode shape, String field, boolean integral) {
        if (override != null) {
            return override;
        }
        if (!shape.has(field)) {
            return null;
        }
        return integral ? (Number) shape.get(field).asLong() : (Number) shape.get(field).asDouble();
    }
}
