package dev.lambdadesk.sam;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * The values of a template's parameters (an override, else the Default) and of the pseudo parameters, as Ref reads
 * them: a Number as a number, a CommaDelimitedList or List&lt;...&gt; as a list.
 */
final class ParameterValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ParameterValues() {
    }

    /** Fills {@code values} and reports parameters without a value or with a value that is not allowed. */
    static Map<String, JsonNode> resolve(Template template, Map<String, String> overrides, Pseudo pseudo,
                                         List<Finding> findings) {
        Map<String, JsonNode> values = new LinkedHashMap<>(pseudo.values());
        for (String name : overrides.keySet()) {
            if (!template.parameters().has(name)) {
                findings.add(Finding.error("Parameters", name, "--parameter-overrides names " + name
                        + ", which the template does not declare under Parameters"));
            }
        }
        for (Map.Entry<String, JsonNode> p : template.parameters().properties()) {
            String name = p.getKey();
            JsonNode declared = p.getValue();
            String value = overrides.containsKey(name) ? overrides.get(name)
                    : declared.has("Default") ? declared.get("Default").asText() : null;
            if (value == null) {
                findings.add(Finding.error("Parameters", name, "has no Default; give it a value with "
                        + "--parameter-overrides " + name + "=VALUE"));
                continue;
            }
            List<String> allowed = new ArrayList<>();
            declared.path("AllowedValues").forEach(a -> allowed.add(a.asText()));
            if (!allowed.isEmpty() && !allowed.contains(value)) {
                findings.add(Finding.error("Parameters", name, "'" + value + "' is not one of its AllowedValues "
                        + allowed));
            }
            values.put(name, typed(declared.path("Type").asText("String"), value));
        }
        return values;
    }

    private static JsonNode typed(String type, String value) {
        if (type.equals("CommaDelimitedList") || type.startsWith("List<")) {
            ArrayNode list = NODES.arrayNode();
            for (String item : value.split(",", -1)) {
                list.add(item.strip());
            }
            return list;
        }
        if (type.equals("Number")) {
            try {
                return value.contains(".") ? NODES.numberNode(Double.parseDouble(value))
                        : NODES.numberNode(Long.parseLong(value));
            } catch (NumberFormatException e) {
                return TextNode.valueOf(value);
            }
        }
        return TextNode.valueOf(value);
    }

    /** The pseudo parameters of one deployment. */
    record Pseudo(String stackName, String region, String accountId) {
        Map<String, JsonNode> values() {
            String partition = region.startsWith("cn-") ? "aws-cn" : region.startsWith("us-gov-") ? "aws-us-gov"
                    : "aws";
            Map<String, JsonNode> out = new LinkedHashMap<>();
            out.put("AWS::Region", TextNode.valueOf(region));
            out.put("AWS::AccountId", TextNode.valueOf(accountId));
            out.put("AWS::StackName", TextNode.valueOf(stackName));
            out.put("AWS::StackId", TextNode.valueOf("arn:" + partition + ":cloudformation:" + region + ":"
                    + accountId + ":stack/" + stackName + "/lambdadesk"));
            out.put("AWS::Partition", TextNode.valueOf(partition));
            out.put("AWS::URLSuffix", TextNode.valueOf(partition.equals("aws-cn") ? "amazonaws.com.cn"
                    : "amazonaws.com"));
            out.put("AWS::NotificationARNs", NODES.arrayNode());
            return out;
        }
    }
}
