package dev.lambdadesk.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import dev.lambdadesk.core.LambdaRuntimes;
import dev.lambdadesk.core.Operation;
import dev.lambdadesk.core.Operation.Service;

/**
 * Proves that every constraint of the service models (a trimmed copy of the shapes reachable from the eight
 * operations' inputs, kept in test resources) is enforced: for each one, a valid request is changed so that only
 * that member breaks that constraint, and a finding must appear at the member's path, carrying AWS's phrase for
 * the constraint.
 */
class ModelConstraintCompletenessTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String NOT_NULL = "Member must not be null";

    /** One constraint of one member and how to break it. */
    record Constraint(Operation op, String name, String anchor, UnaryOperator<ObjectNode> breakIt,
            String expectedPath, String phrase) {
    }

    @TestFactory
    Stream<DynamicTest> everyModelConstraintIsEnforced() {
        return constraints().stream().map(c -> DynamicTest.dynamicTest(c.op().apiName() + " " + c.name(),
                () -> assertEnforced(c)));
    }

    @Test
    void theModelCopyCoversAllOperationsAndManyConstraints() {
        List<Constraint> all = constraints();
        Set<Operation> ops = new HashSet<>();
        all.forEach(c -> ops.add(c.op()));

        assertThat(ops).containsExactlyInAnyOrder(Operation.values());
        assertThat(all).hasSizeGreaterThan(150);
    }

    @Test
    void idempotencyTokensMayBeLeftOutBecauseClientsFillThem() {
        ObjectNode request = Fixtures.remove(Fixtures.valid(Operation.START_SIGNING_JOB), "clientRequestToken");

        assertThat(Fixtures.validate(Operation.START_SIGNING_JOB, request)).isEmpty();
    }

    @Test
    void runtimeFactsListExactlyTheModelsRuntimeEnum() {
        List<String> modelRuntimes = new ArrayList<>();
        model(Service.LAMBDA).path("shapes").path("Runtime").path("enum").forEach(v -> modelRuntimes.add(v.asText()));

        assertThat(LambdaRuntimes.all()).containsExactlyElementsOf(modelRuntimes).hasSize(46);
    }

    @Test
    void everyModelPatternCompilesInJava() {
        for (Service service : Service.values()) {
            for (JsonNode shape : model(service).path("shapes")) {
                if (shape.has("pattern")) {
                    assertThat(Pattern.compile(shape.get("pattern").asText())).isNotNull();
                }
            }
        }
    }

    private static void assertEnforced(Constraint c) {
        ObjectNode base = Fixtures.allValid(c.op()).stream().filter(r -> lookup(r, c.anchor()) != null)
                .findFirst().orElseThrow(() -> new AssertionError("valid-requests.json has no " + c.op().apiName()
                        + " request with " + c.anchor() + "; add one so this constraint is tested"));
        assertThat(Fixtures.validate(c.op(), base)).as("findings for the untouched request").isEmpty();

        List<Violation> found = Fixtures.at(Fixtures.validate(c.op(), c.breakIt().apply(base)), c.expectedPath());

        assertThat(found).as("findings at %s", c.expectedPath()).anySatisfy(v -> {
            assertThat(v.isError()).isTrue();
            assertThat(v.aws()).isNotNull();
            assertThat(v.aws().wireMessage()).contains(c.phrase());
        });
    }

    private static List<Constraint> constraints() {
        List<Constraint> all = new ArrayList<>();
        for (Operation op : Operation.values()) {
            JsonNode model = model(op.service());
            String input = model.path("operations").path(op.apiName()).asText();
            structure(op, model.path("shapes"), model.path("shapes").path(input), "", all);
        }
        return all;
    }

    private static JsonNode model(Service service) {
        return Fixtures.resource(service == Service.LAMBDA ? "lambda-model-constraints.json"
                : "signer-model-constraints.json");
    }

    private static void structure(Operation op, JsonNode shapes, JsonNode shape, String path, List<Constraint> out) {
        Set<String> required = new HashSet<>();
        shape.path("required").forEach(r -> required.add(r.asText()));
        for (Map.Entry<String, JsonNode> e : shape.path("members").properties()) {
            String member = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
            boolean filledByClients = e.getValue().path("idempotencyToken").asBoolean(false);
            if (required.contains(e.getKey()) && !filledByClients) {
                out.add(new Constraint(op, member + " required", member, r -> Fixtures.remove(r, member), member,
                        NOT_NULL));
            }
            member(op, shapes, shapes.path(e.getValue().path("shape").asText()), member, out);
        }
    }

    private static void member(Operation op, JsonNode shapes, JsonNode shape, String path, List<Constraint> out) {
        switch (shape.path("type").asText()) {
            case "structure" -> structure(op, shapes, shape, path, out);
            case "list" -> {
                sizes(op, shape, path, out, n -> listOf(firstElement(op, path), n));
                member(op, shapes, shapes.path(shape.path("member").path("shape").asText()), path + "[0]", out);
            }
            case "map" -> map(op, shapes, shape, path, out);
            case "string" -> strings(shape, path).forEach(v -> out.add(new Constraint(op, path + " " + v.name(),
                    path, r -> Fixtures.set(r, path, NODES.textNode(v.value())), path, v.phrase())));
            case "integer", "long", "double" -> numbers(op, shape, path, out);
            default -> {
                // booleans, blobs and timestamps have no model constraints
            }
        }
    }

    /** A string value that breaks exactly one constraint, with AWS's phrase for it. */
    private record BadString(String name, String value, String phrase) {
    }

    /**
     * Where AWS's live answers (recorded in LocalStack's AWS-validated snapshots, test_lambda_api.snapshot.json)
     * quote a pattern or limit other than the published model's, the live one is enforced and expected.
     */
    private static final Map<String, Map<String, Object>> LIVE = Map.of(
            "FunctionName", Map.of("pattern", "(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?"
                    + "-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?"),
            "Layers[0]", Map.of("max", 2048, "pattern", "(arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}((-gov)|"
                    + "(-iso([a-z]?)))?-[a-z]+-\\d{1}:\\d{12}:layer:[a-zA-Z0-9-_]+:[0-9]+)|(arn:[a-zA-Z0-9-]+:lambda:::"
                    + "awslayer:[a-zA-Z0-9-_]+)"));

    private static List<BadString> strings(JsonNode modelShape, String path) {
        ObjectNode shape = modelShape.deepCopy();
        LIVE.getOrDefault(path, Map.of()).forEach((k, v) -> shape.set(k, v instanceof Integer i
                ? NODES.numberNode(i) : NODES.textNode((String) v)));
        List<BadString> bad = new ArrayList<>();
        int min = shape.path("min").asInt(0);
        int max = shape.path("max").asInt(-1);
        if (shape.has("enum")) {
            bad.add(new BadString("enum", "NotAValidValue", "Member must satisfy enum value set"));
        }
        if (min > 0) {
            bad.add(new BadString("min " + min, "a".repeat(min - 1), "Member must have length greater than or "
                    + "equal to " + min));
        }
        if (max >= 0) {
            bad.add(new BadString("max " + max, "a".repeat(max + 1), "Member must have length less than or equal "
                    + "to " + max));
        }
        if (shape.has("pattern")) {
            String regex = shape.get("pattern").asText();
            bad.add(new BadString("pattern", notMatching(regex, min, max),
                    "Member must satisfy regular expression pattern: " + regex));
        }
        return bad;
    }

    /** A value the pattern rejects, of an allowed length when one exists. */
    private static String notMatching(String regex, int min, int max) {
        Pattern p = Pattern.compile(regex);
        int length = Math.max(min, 1);
        List<String> candidates = List.of(" ", "!".repeat(length), "not valid!", "");
        for (String c : candidates) {
            boolean lengthOk = c.length() >= min && (max < 0 || c.length() <= max);
            if (lengthOk && !p.matcher(c).matches()) {
                return c;
            }
        }
        return candidates.stream().filter(c -> !p.matcher(c).matches()).findFirst().orElseThrow();
    }

    private static void numbers(Operation op, JsonNode shape, String path, List<Constraint> out) {
        boolean integral = !"double".equals(shape.path("type").asText());
        if (shape.has("min")) {
            JsonNode min = shape.get("min");
            JsonNode below = integral ? NODES.numberNode(min.asLong() - 1) : NODES.numberNode(min.asDouble() - 1);
            String bound = integral ? Long.toString(min.asLong()) : Double.toString(min.asDouble());
            out.add(new Constraint(op, path + " min " + bound, path, r -> Fixtures.set(r, path, below), path,
                    "Member must have value greater than or equal to " + bound));
        }
        if (shape.has("max")) {
            JsonNode max = shape.get("max");
            JsonNode above = integral ? NODES.numberNode(max.asLong() + 1) : NODES.numberNode(max.asDouble() + 1);
            String bound = integral ? Long.toString(max.asLong()) : Double.toString(max.asDouble());
            out.add(new Constraint(op, path + " max " + bound, path, r -> Fixtures.set(r, path, above), path,
                    "Member must have value less than or equal to " + bound));
        }
    }

    private interface Filler {
        JsonNode withSize(int n);
    }

    private static void sizes(Operation op, JsonNode shape, String path, List<Constraint> out, Filler filler) {
        int min = shape.path("min").asInt(0);
        if (min > 0) {
            out.add(new Constraint(op, path + " size min " + min, path,
                    r -> Fixtures.set(r, path, filler.withSize(min - 1)), path,
                    "Member must have length greater than or equal to " + min));
        }
        if (shape.has("max")) {
            int max = shape.get("max").asInt();
            out.add(new Constraint(op, path + " size max " + max, path,
                    r -> Fixtures.set(r, path, filler.withSize(max + 1)), path,
                    "Member must have length less than or equal to " + max));
        }
    }

    private static void map(Operation op, JsonNode shapes, JsonNode shape, String path, List<Constraint> out) {
        sizes(op, shape, path, out, ModelConstraintCompletenessTest::mapOf);
        JsonNode keyShape = shapes.path(shape.path("key").path("shape").asText());
        for (BadString bad : strings(keyShape, path)) {
            out.add(new Constraint(op, path + " key " + bad.name(), path, r -> {
                ((ObjectNode) lookup(r, path)).put(bad.value(), "v");
                return r;
            }, path + "." + bad.value(), bad.phrase()));
        }
        JsonNode valueShape = shapes.path(shape.path("value").path("shape").asText());
        for (BadString bad : strings(valueShape, path)) {
            out.add(new Constraint(op, path + " value " + bad.name(), path, r -> {
                ((ObjectNode) lookup(r, path)).put("validKeyX", bad.value());
                return r;
            }, path + ".validKeyX", bad.phrase()));
        }
    }

    private static ObjectNode mapOf(int n) {
        ObjectNode map = NODES.objectNode();
        for (int i = 0; i < n; i++) {
            map.put("key" + i, "v");
        }
        return map;
    }

    /** Lists are grown by repeating the valid request's first element, which is looked up when breaking it. */
    private static JsonNode listOf(JsonNode element, int n) {
        var list = NODES.arrayNode();
        for (int i = 0; i < n; i++) {
            list.add(element == null ? NODES.textNode("x") : element.deepCopy());
        }
        return list;
    }

    private static JsonNode firstElement(Operation op, String listPath) {
        for (ObjectNode r : Fixtures.allValid(op)) {
            JsonNode list = lookup(r, listPath);
            if (list != null && list.isArray() && !list.isEmpty()) {
                return list.get(0);
            }
        }
        return null;
    }

    /** The value at an API path such as {@code FileSystemConfigs[0].Arn}, or null. */
    static JsonNode lookup(JsonNode request, String path) {
        JsonNode node = request;
        for (String part : path.split("\\.")) {
            int bracket = part.indexOf('[');
            node = node == null ? null : node.get(bracket < 0 ? part : part.substring(0, bracket));
            if (node != null && bracket >= 0) {
                node = node.get(Integer.parseInt(part.substring(bracket + 1, part.length() - 1)));
            }
        }
        return node == null || node.isNull() ? null : node;
    }
}
