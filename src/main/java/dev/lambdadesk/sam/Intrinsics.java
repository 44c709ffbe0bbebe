package dev.lambdadesk.sam;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Evaluates CloudFormation's intrinsic functions and condition functions in a property value: Ref, Fn::GetAtt,
 * Fn::Sub, Fn::Join, Fn::If, Fn::Select, Fn::Split, Fn::FindInMap, Fn::Equals, Fn::Not, Fn::And, Fn::Or, Condition,
 * Fn::Base64, Fn::GetAZs and Fn::Cidr. Fn::ImportValue needs CloudFormation's exports and is refused with a reason.
 * {@code Ref: AWS::NoValue} yields a missing node: the property is left out.
 */
public final class Intrinsics {

    /** What a Ref or Fn::GetAtt of a resource of the template stands for. */
    public interface References {
        /** The resource's Ref value; empty when the template has no such resource. */
        Optional<JsonNode> ref(String logicalId);

        /** The attribute's value; empty when the resource or attribute is unknown. */
        Optional<JsonNode> getAtt(String logicalId, String attribute);

        /** The type of a resource of the template that is not deployed, for a clearer message. */
        default Optional<String> undeployedType(String logicalId) {
            return Optional.empty();
        }
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^}]*)}");

    private final Template template;
    private final Map<String, JsonNode> parameters;
    private final References references;

    /** @param parameters parameter and pseudo parameter values ({@code AWS::Region} ...) by name */
    public Intrinsics(Template template, Map<String, JsonNode> parameters, References references) {
        this.template = template;
        this.parameters = parameters;
        this.references = references;
    }

    /** The value with every intrinsic function evaluated. */
    public JsonNode resolve(JsonNode value) throws IntrinsicException {
        if (value.isArray()) {
            ArrayNode out = NODES.arrayNode();
            for (JsonNode item : value) {
                JsonNode resolved = resolve(item);
                if (!resolved.isMissingNode()) {
                    out.add(resolved);
                }
            }
            return out;
        }
        if (!value.isObject()) {
            return value;
        }
        if (value.size() == 1) {
            Map.Entry<String, JsonNode> only = value.properties().iterator().next();
            String key = only.getKey();
            if (key.equals("Ref") || key.equals("Condition") || key.startsWith("Fn::")) {
                return function(key, only.getValue());
            }
        }
        ObjectNode out = NODES.objectNode();
        for (Map.Entry<String, JsonNode> e : value.properties()) {
            JsonNode resolved = resolve(e.getValue());
            if (!resolved.isMissingNode()) {
                out.set(e.getKey(), resolved);
            }
        }
        return out;
    }

    /** Whether a condition of the template's Conditions section holds. */
    public boolean condition(String name) throws IntrinsicException {
        JsonNode definition = template.conditions().get(name);
        if (definition == null) {
            throw new IntrinsicException("Condition '" + name + "' is not declared under Conditions");
        }
        return truth(resolve(definition), "Condition " + name);
    }

    private JsonNode function(String name, JsonNode argument) throws IntrinsicException {
        return switch (name) {
            case "Ref" -> ref(argument.asText());
            case "Condition" -> BooleanNode.valueOf(condition(argument.asText()));
            case "Fn::GetAtt" -> getAtt(argument);
            case "Fn::Sub" -> TextNode.valueOf(sub(argument));
            case "Fn::Join" -> join(args(name, argument, 2));
            case "Fn::If" -> choose(args(name, argument, 3));
            case "Fn::Select" -> select(args(name, argument, 2));
            case "Fn::Split" -> split(args(name, argument, 2));
            case "Fn::FindInMap" -> findInMap(args(name, argument, 3));
            case "Fn::Equals" -> equalsOf(args(name, argument, 2));
            case "Fn::Not" -> BooleanNode.valueOf(!truth(resolve(args(name, argument, 1).get(0)), name));
            case "Fn::And", "Fn::Or" -> logic(name, argument);
            case "Fn::Base64" -> TextNode.valueOf(Base64.getEncoder().encodeToString(
                    text(resolve(argument), name).getBytes(StandardCharsets.UTF_8)));
            case "Fn::GetAZs" -> availabilityZones(resolve(argument));
            case "Fn::Cidr" -> Cidr.of(resolve(argument));
            case "Fn::ImportValue" -> throw new IntrinsicException("Fn::ImportValue reads another CloudFormation "
                    + "stack's exports, and LambdaDesk deploys without CloudFormation; put the value in a parameter");
            default -> throw new IntrinsicException(name + " is not a function LambdaDesk evaluates");
        };
    }

    private JsonNode ref(String name) throws IntrinsicException {
        if (name.equals("AWS::NoValue")) {
            return MissingNode.getInstance();
        }
        JsonNode parameter = parameters.get(name);
        if (parameter != null) {
            return parameter;
        }
        return references.ref(name).orElseThrow(() -> unknown("Ref to '" + name + "'", name));
    }

    private JsonNode getAtt(JsonNode argument) throws IntrinsicException {
        JsonNode pair = argument.isTextual() && argument.asText().contains(".")
                ? NODES.arrayNode().add(argument.asText().substring(0, argument.asText().indexOf('.')))
                .add(argument.asText().substring(argument.asText().indexOf('.') + 1)) : argument;
        ArrayNode parts = args("Fn::GetAtt", pair, 2);
        String id = text(resolve(parts.get(0)), "Fn::GetAtt");
        String attribute = text(resolve(parts.get(1)), "Fn::GetAtt");
        return references.getAtt(id, attribute).orElseThrow(() -> unknown("Fn::GetAtt " + id + "." + attribute, id));
    }

    private IntrinsicException unknown(String what, String id) {
        return new IntrinsicException(references.undeployedType(id).map(type -> what + ": " + id + " is a " + type
                + ", which LambdaDesk does not deploy; give its name or ARN instead (a parameter)")
                .orElse(what + ": the template has no parameter or resource of that name (or attribute)"));
    }

    private String sub(JsonNode argument) throws IntrinsicException {
        String text;
        JsonNode variables = NODES.objectNode();
        if (argument.isArray()) {
            ArrayNode parts = args("Fn::Sub", argument, 2);
            text = parts.get(0).asText();
            variables = resolve(parts.get(1));
        } else {
            text = text(argument, "Fn::Sub");
        }
        Matcher m = SUB_VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String variable = m.group(1);
            String replacement;
            if (variable.startsWith("!")) {
                replacement = "${" + variable.substring(1) + "}"; // ${!Literal} stays as written, minus the '!'
            } else if (variables.has(variable)) {
                replacement = variables.get(variable).asText();
            } else if (variable.contains(".") && !parameters.containsKey(variable)) {
                int dot = variable.indexOf('.');
                replacement = text(getAtt(NODES.arrayNode().add(variable.substring(0, dot))
                        .add(variable.substring(dot + 1))), "Fn::Sub");
            } else {
                replacement = text(ref(variable), "Fn::Sub");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private JsonNode join(ArrayNode args) throws IntrinsicException {
        String delimiter = text(args.get(0), "Fn::Join");
        JsonNode items = resolve(args.get(1));
        StringBuilder out = new StringBuilder();
        for (Iterator<JsonNode> it = list(items, "Fn::Join").elements(); it.hasNext(); ) {
            out.append(text(it.next(), "Fn::Join")).append(it.hasNext() ? delimiter : "");
        }
        return TextNode.valueOf(out.toString());
    }

    private JsonNode choose(ArrayNode args) throws IntrinsicException {
        return resolve(condition(text(args.get(0), "Fn::If")) ? args.get(1) : args.get(2));
    }

    private JsonNode select(ArrayNode args) throws IntrinsicException {
        String index = text(resolve(args.get(0)), "Fn::Select");
        ArrayNode items = list(resolve(args.get(1)), "Fn::Select");
        try {
            int i = Integer.parseInt(index);
            if (i >= 0 && i < items.size()) {
                return items.get(i);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IntrinsicException("Fn::Select index " + index + " is not between 0 and " + (items.size() - 1));
    }

    private JsonNode split(ArrayNode args) throws IntrinsicException {
        String delimiter = text(args.get(0), "Fn::Split");
        ArrayNode out = NODES.arrayNode();
        for (String part : text(resolve(args.get(1)), "Fn::Split").split(Pattern.quote(delimiter), -1)) {
            out.add(part);
        }
        return out;
    }

    private JsonNode findInMap(ArrayNode args) throws IntrinsicException {
        String map = text(resolve(args.get(0)), "Fn::FindInMap");
        String top = text(resolve(args.get(1)), "Fn::FindInMap");
        String second = text(resolve(args.get(2)), "Fn::FindInMap");
        JsonNode found = template.mappings().path(map).path(top).path(second);
        if (found.isMissingNode()) {
            throw new IntrinsicException("Fn::FindInMap " + map + "/" + top + "/" + second
                    + ": the Mappings section has no such entry");
        }
        return found;
    }

    private JsonNode equalsOf(ArrayNode args) throws IntrinsicException {
        return BooleanNode.valueOf(scalarOrJson(resolve(args.get(0))).equals(scalarOrJson(resolve(args.get(1)))));
    }

    private JsonNode logic(String name, JsonNode argument) throws IntrinsicException {
        boolean and = name.equals("Fn::And");
        boolean result = and;
        for (JsonNode operand : list(argument, name)) {
            boolean value = truth(resolve(operand), name);
            result = and ? result && value : result || value;
        }
        return BooleanNode.valueOf(result);
    }

    private JsonNode availabilityZones(JsonNode region) {
        String name = region.asText("").isEmpty() ? parameters.get("AWS::Region").asText() : region.asText();
        return NODES.arrayNode().add(name + "a").add(name + "b").add(name + "c");
    }

    private static ArrayNode args(String function, JsonNode argument, int count) throws IntrinsicException {
        if (!argument.isArray() || argument.size() != count) {
            throw new IntrinsicException(function + " takes a list of " + count + " values");
        }
        return (ArrayNode) argument;
    }

    private static ArrayNode list(JsonNode value, String function) throws IntrinsicException {
        if (!value.isArray()) {
            throw new IntrinsicException(function + " needs a list here, not " + value);
        }
        return (ArrayNode) value;
    }

    private static String text(JsonNode value, String function) throws IntrinsicException {
        if (!value.isValueNode()) {
            throw new IntrinsicException(function + " needs text here, not " + value);
        }
        return value.asText();
    }

    private static String scalarOrJson(JsonNode value) {
        return value.isValueNode() ? value.asText() : value.toString();
    }

    private static boolean truth(JsonNode value, String where) throws IntrinsicException {
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isTextual() && (value.asText().equals("true") || value.asText().equals("false"))) {
            return Boolean.parseBoolean(value.asText());
        }
        throw new IntrinsicException(where + " needs a condition (true or false), not " + value);
    }
}
