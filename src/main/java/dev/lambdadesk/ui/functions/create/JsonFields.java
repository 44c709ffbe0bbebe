package dev.lambdadesk.ui.functions.create;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Moves form text into CLI input JSON and back. Values go in as typed: a number field that does not hold a whole
 * number is written as text, so the validator (not the form) says what is wrong with it.
 */
final class JsonFields {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,30}");
    private static final Pattern DECIMAL_NUMBER = Pattern.compile("-?\\d{1,30}(\\.\\d{1,30})?");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[,\\s]+");
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonFields() {
    }

    /** Writes {@code value} unless it is empty. */
    static void text(ObjectNode target, String member, String value) {
        if (value != null && !value.isEmpty()) {
            target.put(member, value);
        }
    }

    /** Writes a whole number as a number, anything else non-blank as the text typed. */
    static void number(ObjectNode target, String member, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        String trimmed = value.trim();
        if (WHOLE_NUMBER.matcher(trimmed).matches()) {
            target.put(member, new BigInteger(trimmed));
        } else {
            target.put(member, value);
        }
    }

    /** Writes a decimal number as a number, anything else non-blank as the text typed. */
    static void decimal(ObjectNode target, String member, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        String trimmed = value.trim();
        if (DECIMAL_NUMBER.matcher(trimmed).matches()) {
            target.put(member, new java.math.BigDecimal(trimmed));
        } else {
            target.put(member, value);
        }
    }

    /** Writes a list typed as "a, b c" (commas or spaces between entries), unless it is empty. */
    static void list(ObjectNode target, String member, String typed) {
        List<String> entries = splitList(typed);
        if (!entries.isEmpty()) {
            ArrayNode array = target.putArray(member);
            entries.forEach(array::add);
        }
    }

    /**
     * Writes a list typed either as a JSON array ({@code ["node", "app.js"]}) or as comma-separated entries;
     * arguments with spaces need the JSON form.
     */
    static void arguments(ObjectNode target, String member, String typed) {
        if (typed == null || typed.isBlank()) {
            return;
        }
        String trimmed = typed.trim();
        if (trimmed.startsWith("[")) {
            try {
                JsonNode parsed = JSON.readTree(trimmed);
                if (parsed != null && parsed.isArray()) {
                    target.set(member, parsed);
                    return;
                }
            } catch (JsonProcessingException notJson) {
                // fall through: written as text, so the validator names the member and its expected form
            }
            target.put(member, typed);
            return;
        }
        ArrayNode array = target.putArray(member);
        Arrays.stream(trimmed.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(array::add);
    }

    static List<String> splitList(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return Arrays.stream(LIST_SEPARATOR.split(typed.trim())).filter(s -> !s.isEmpty()).toList();
    }

    /** Removes {@code member} from {@code source} and returns it as text ("" when absent or null). */
    static String take(ObjectNode source, String member) {
        JsonNode node = source.remove(member);
        if (node == null || node.isNull()) {
            return "";
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }

    /** Removes a list member and returns it as typed text: "a, b". */
    static String takeList(ObjectNode source, String member) {
        JsonNode node = source.remove(member);
        if (node == null || !node.isArray()) {
            return node == null || node.isNull() ? "" : node.asText();
        }
        List<String> items = new ArrayList<>();
        node.forEach(n -> items.add(n.asText()));
        return String.join(", ", items);
    }

    /** Removes an argument list and returns it as typed text, in JSON form when an entry has a comma or space. */
    static String takeArguments(ObjectNode source, String member) {
        JsonNode node = source.remove(member);
        if (node == null || node.isNull()) {
            return "";
        }
        if (!node.isArray()) {
            return node.asText();
        }
        boolean plain = true;
        List<String> items = new ArrayList<>();
        for (JsonNode n : node) {
            String s = n.asText();
            plain &= !s.contains(",") && !s.isBlank() && s.equals(s.trim());
            items.add(s);
        }
        return plain ? String.join(", ", items) : node.toString();
    }

    /**
     * Removes a structure member for a section to read from; call {@link #putBack} afterwards so members the form
     * has no field for are carried along (and reported by the validator).
     */
    static ObjectNode takeObject(ObjectNode source, String member) {
        JsonNode node = source.remove(member);
        return node instanceof ObjectNode o ? o : source.objectNode();
    }

    /** Returns what a section left unread in a structure to the request, so nothing imported is dropped. */
    static void putBack(ObjectNode source, String member, ObjectNode leftover) {
        if (!leftover.isEmpty()) {
            source.set(member, leftover);
        }
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
