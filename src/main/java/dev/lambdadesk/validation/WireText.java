package dev.lambdadesk.validation;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** AWS's wording for model-constraint findings: "Value 'x' at 'path' failed to satisfy constraint: ...". */
final class WireText {

    static final String NOT_NULL = "Member must not be null";

    private WireText() {
    }

    /** One ValidationException clause; sensitive values are left out as AWS does ("Value at 'x'"). */
    static String clause(JsonNode value, boolean sensitive, String wirePath, String constraint) {
        StringBuilder sb = new StringBuilder(96);
        if (sensitive) {
            sb.append("Value");
        } else if (value == null || value.isNull() || value.isMissingNode()) {
            sb.append("Value null");
        } else {
            sb.append("Value '");
            appendValue(sb, value);
            sb.append('\'');
        }
        return sb.append(" at '").append(wirePath).append("' failed to satisfy constraint: ").append(constraint)
                .toString();
    }

    static String clause(String value, String wirePath, String constraint) {
        return "Value '" + value + "' at '" + wirePath + "' failed to satisfy constraint: " + constraint;
    }

    static String lengthAtMost(long n) {
        return "Member must have length less than or equal to " + n;
    }

    static String lengthAtLeast(long n) {
        return "Member must have length greater than or equal to " + n;
    }

    static String valueAtMost(Number n) {
        return "Member must have value less than or equal to " + n;
    }

    static String valueAtLeast(Number n) {
        return "Member must have value greater than or equal to " + n;
    }

    static String pattern(String regex) {
        return "Member must satisfy regular expression pattern: " + regex;
    }

    static String enumSet(List<String> values) {
        return "Member must satisfy enum value set: [" + String.join(", ", values) + "]";
    }

    /** How AWS names the constraints of a list element: "Member must satisfy constraint: [a, b]". */
    static String listMember(List<String> constraints) {
        return "Member must satisfy constraint: [" + String.join(", ", constraints) + "]";
    }

    static String mapKeys(List<String> constraints) {
        return "Map keys must satisfy constraint: [" + String.join(", ", constraints) + "]";
    }

    static String mapValues(List<String> constraints) {
        return "Map value must satisfy constraint: [" + String.join(", ", constraints) + "]";
    }

    /** A JSON value printed the way AWS prints it: lists as {@code [a, b]}, maps as {@code {k=v}}. */
    static String valueText(JsonNode value) {
        StringBuilder sb = new StringBuilder();
        appendValue(sb, value);
        return sb.toString();
    }

    private static void appendValue(StringBuilder sb, JsonNode value) {
        if (value == null || value.isNull()) {
            sb.append("null");
        } else if (value.isArray()) {
            sb.append('[');
            for (int i = 0; i < value.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                appendValue(sb, value.get(i));
            }
            sb.append(']');
        } else if (value.isObject()) {
            sb.append('{');
            Iterator<Map.Entry<String, JsonNode>> it = value.properties().iterator();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                sb.append(e.getKey()).append('=');
                appendValue(sb, e.getValue());
                if (it.hasNext()) {
                    sb.append(", ");
                }
            }
            sb.append('}');
        } else {
            sb.append(value.asText());
        }
    }
}
