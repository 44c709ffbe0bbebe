package dev.lambdadesk.ui.common;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The codecs {@link FieldCodec} offers: text, numbers, lists, flags and JSON as is. */
final class StandardCodecs {
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,30}");
    private static final Pattern DECIMAL_NUMBER = Pattern.compile("-?\\d{1,30}(\\.\\d{1,30})?");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[,\\s]+");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private StandardCodecs() {
    }

    /** A text codec differing only in how it writes. */
    private interface TextCodec extends FieldCodec<String> {
        @Override
        default String take(ObjectNode parent, String member) {
            JsonNode node = parent.remove(member);
            if (node == null || node.isNull()) {
                return "";
            }
            return node.isValueNode() ? node.asText() : node.toString();
        }

        @Override
        default String empty() {
            return "";
        }
    }

    static final FieldCodec<String> TEXT = (TextCodec) (parent, member, value) -> {
        if (value != null && !value.isEmpty()) {
            parent.put(member, value);
        }
    };
    static final FieldCodec<String> TRIMMED = (TextCodec) (parent, member, value) ->
            TEXT.write(parent, member, value == null ? null : value.trim());
    static final FieldCodec<String> TEXT_ALWAYS = (TextCodec) (parent, member, value) ->
            parent.put(member, value == null ? "" : value);
    static final FieldCodec<String> NUMBER = (TextCodec) (parent, member, value) -> {
        if (value != null && !value.isBlank()) {
            String trimmed = value.trim();
            if (WHOLE_NUMBER.matcher(trimmed).matches()) {
                parent.put(member, new BigInteger(trimmed));
            } else {
                parent.put(member, value);
            }
        }
    };
    static final FieldCodec<String> DECIMAL = (TextCodec) (parent, member, value) -> {
        if (value != null && !value.isBlank()) {
            String trimmed = value.trim();
            if (DECIMAL_NUMBER.matcher(trimmed).matches()) {
                parent.put(member, new BigDecimal(trimmed));
            } else {
                parent.put(member, value);
            }
        }
    };

    static final FieldCodec<String> LIST = new TextCodec() {
        @Override
        public void write(ObjectNode parent, String member, String typed) {
            List<String> entries = splitList(typed);
            if (!entries.isEmpty()) {
                ArrayNode array = parent.putArray(member);
                entries.forEach(array::add);
            }
        }

        @Override
        public String take(ObjectNode parent, String member) {
            JsonNode node = parent.remove(member);
            if (node == null || !node.isArray()) {
                return node == null || node.isNull() ? "" : node.asText();
            }
            List<String> items = new ArrayList<>();
            node.forEach(n -> items.add(n.asText()));
            return String.join(", ", items);
        }
    };

    static final FieldCodec<String> ARGUMENTS = new TextCodec() {
        @Override
        public void write(ObjectNode parent, String member, String typed) {
            if (typed == null || typed.isBlank()) {
                return;
            }
            String trimmed = typed.trim();
            if (!trimmed.startsWith("[")) {
                ArrayNode array = parent.putArray(member);
                Arrays.stream(trimmed.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                        .forEach(array::add);
                return;
            }
            try {
                JsonNode parsed = MAPPER.readTree(trimmed);
                if (parsed != null && parsed.isArray()) {
                    parent.set(member, parsed);
                    return;
                }
            } catch (JsonProcessingException notJson) {
                // written as text below, so the validator names the member and its expected form
            }
            parent.put(member, typed);
        }

        /** In JSON form when an entry has a comma or space, so it reads back as it was. */
        @Override
        public String take(ObjectNode parent, String member) {
            JsonNode node = parent.remove(member);
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
    };

    static final FieldCodec<Boolean> FLAG = new FieldCodec<>() {
        @Override
        public void write(ObjectNode parent, String member, Boolean value) {
            if (Boolean.TRUE.equals(value)) {
                parent.put(member, true);
            }
        }

        @Override
        public Boolean take(ObjectNode parent, String member) {
            JsonNode node = parent.remove(member);
            return node != null && node.asBoolean(false);
        }

        @Override
        public Boolean empty() {
            return false;
        }
    };

    static final FieldCodec<JsonNode> JSON = new FieldCodec<>() {
        @Override
        public void write(ObjectNode parent, String member, JsonNode value) {
            if (value != null) {
                parent.set(member, value);
            }
        }

        @Override
        public JsonNode take(ObjectNode parent, String member) {
            return parent.remove(member);
        }

        @Override
        public JsonNode empty() {
            return null;
        }
    };

    record Constant(String value) implements FieldCodec<Boolean> {
        @Override
        public void write(ObjectNode parent, String member, Boolean set) {
            if (Boolean.TRUE.equals(set)) {
                parent.put(member, value);
            }
        }

        @Override
        public Boolean take(ObjectNode parent, String member) {
            JsonNode node = parent.get(member);
            if (node == null || !value.equals(node.asText())) {
                return false; // another value is carried, so the rules report it
            }
            parent.remove(member);
            return true;
        }

        @Override
        public Boolean empty() {
            return false;
        }
    }

    /** "a, b c" as its entries. */
    static List<String> splitList(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return Arrays.stream(LIST_SEPARATOR.split(typed.trim())).filter(s -> !s.isEmpty()).toList();
    }
}
