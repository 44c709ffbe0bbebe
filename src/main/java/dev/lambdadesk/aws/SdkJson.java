package dev.lambdadesk.aws;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.utils.builder.Buildable;

/**
 * Converts between AWS CLI input JSON (API member names, blobs as base64) and SDK model objects, using the SDK's own
 * member metadata, so every member of every request is covered without a hand-written mapping.
 * Members the model does not know are ignored here; validation reports them.
 */
public final class SdkJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SdkJson() {
    }

    /** Builds a request (or any model object) from CLI JSON: {@code SdkJson.build(CreateFunctionRequest::builder, json)}. */
    public static <T> T build(Supplier<? extends SdkPojo> builderFactory, JsonNode json) {
        SdkPojo builder = builderFactory.get();
        fill(builder, json);
        @SuppressWarnings("unchecked")
        T built = (T) ((Buildable) builder).build();
        return built;
    }

    /** The CLI-JSON form of a model object (a response, a configuration): member names as the API spells them. */
    public static ObjectNode toJson(SdkPojo pojo) {
        ObjectNode out = NODES.objectNode();
        for (SdkField<?> field : pojo.sdkFields()) {
            Object value = field.getValueOrDefault(pojo);
            JsonNode node = toNode(field, value);
            if (node != null) {
                out.set(field.memberName(), node);
            }
        }
        return out;
    }

    private static void fill(SdkPojo builder, JsonNode json) {
        if (json == null || !json.isObject()) {
            return;
        }
        for (SdkField<?> field : builder.sdkFields()) {
            JsonNode node = json.get(field.memberName());
            if (node == null || node.isNull()) {
                continue;
            }
            Object value = fromNode(field, node);
            if (value != null) {
                field.set(builder, value);
            }
        }
    }

    private static Object fromNode(SdkField<?> field, JsonNode node) {
        MarshallingType<?> type = field.marshallingType();
        if (type == MarshallingType.STRING) {
            return node.isValueNode() ? node.asText() : null;
        } else if (type == MarshallingType.INTEGER) {
            return node.canConvertToInt() ? node.intValue() : parseOrNull(node, Integer::valueOf);
        } else if (type == MarshallingType.LONG) {
            return node.canConvertToLong() ? node.longValue() : parseOrNull(node, Long::valueOf);
        } else if (type == MarshallingType.BOOLEAN) {
            return node.isBoolean() ? node.booleanValue() : parseOrNull(node, SdkJson::strictBoolean);
        } else if (type == MarshallingType.DOUBLE) {
            return node.isNumber() ? node.doubleValue() : parseOrNull(node, Double::valueOf);
        } else if (type == MarshallingType.FLOAT) {
            return node.isNumber() ? node.floatValue() : parseOrNull(node, Float::valueOf);
        } else if (type == MarshallingType.BIG_DECIMAL) {
            return node.isNumber() ? node.decimalValue() : parseOrNull(node, BigDecimal::new);
        } else if (type == MarshallingType.INSTANT) {
            return toInstant(node);
        } else if (type == MarshallingType.SDK_BYTES) {
            return node.isTextual() ? decodeBase64(node.asText()) : null;
        } else if (type == MarshallingType.SDK_POJO) {
            return node.isObject() ? build(field.constructor(), node) : null;
        } else if (type == MarshallingType.LIST) {
            return node.isArray() ? listFrom(field.getTrait(ListTrait.class).memberFieldInfo(), node) : null;
        } else if (type == MarshallingType.MAP) {
            return node.isObject() ? mapFrom(field.getTrait(MapTrait.class).valueFieldInfo(), node) : null;
        }
        return null;
    }

    private static List<Object> listFrom(SdkField<?> member, JsonNode array) {
        List<Object> out = new ArrayList<>(array.size());
        for (JsonNode element : array) {
            Object v = element.isNull() ? null : fromNode(member, element);
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }

    private static Map<String, Object> mapFrom(SdkField<?> valueField, JsonNode object) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Object v = e.getValue().isNull() ? null : fromNode(valueField, e.getValue());
            if (v != null) {
                out.put(e.getKey(), v);
            }
        }
        return out;
    }

    private static JsonNode toNode(SdkField<?> field, Object value) {
        if (value == null) {
            return null;
        }
        MarshallingType<?> type = field.marshallingType();
        if (type == MarshallingType.SDK_POJO) {
            return toJson((SdkPojo) value);
        } else if (type == MarshallingType.LIST) {
            if (value instanceof software.amazon.awssdk.core.util.SdkAutoConstructList<?>) {
                return null;
            }
            SdkField<?> member = field.getTrait(ListTrait.class).memberFieldInfo();
            ArrayNode array = NODES.arrayNode();
            for (Object element : (List<?>) value) {
                JsonNode n = toNode(member, element);
                array.add(n == null ? NODES.nullNode() : n);
            }
            return array;
        } else if (type == MarshallingType.MAP) {
            if (value instanceof software.amazon.awssdk.core.util.SdkAutoConstructMap<?, ?>) {
                return null;
            }
            SdkField<?> valueField = field.getTrait(MapTrait.class).valueFieldInfo();
            ObjectNode object = NODES.objectNode();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                JsonNode n = toNode(valueField, e.getValue());
                object.set(String.valueOf(e.getKey()), n == null ? NODES.nullNode() : n);
            }
            return object;
        }
        return scalarNode(value);
    }

    private static JsonNode scalarNode(Object value) {
        if (value instanceof String s) {
            return NODES.textNode(s);
        } else if (value instanceof Integer i) {
            return NODES.numberNode(i);
        } else if (value instanceof Long l) {
            return NODES.numberNode(l);
        } else if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        } else if (value instanceof Double d) {
            return NODES.numberNode(d);
        } else if (value instanceof Float f) {
            return NODES.numberNode(f);
        } else if (value instanceof BigDecimal d) {
            return NODES.numberNode(d);
        } else if (value instanceof Instant t) {
            return NODES.textNode(t.toString());
        } else if (value instanceof SdkBytes b) {
            return NODES.textNode(Base64.getEncoder().encodeToString(b.asByteArrayUnsafe()));
        }
        return NODES.textNode(String.valueOf(value));
    }

    private static Instant toInstant(JsonNode node) {
        if (node.isNumber()) {
            BigDecimal seconds = node.decimalValue();
            return Instant.ofEpochMilli(seconds.movePointRight(3).longValue());
        }
        if (node.isTextual()) {
            try {
                return Instant.parse(node.asText());
            } catch (java.time.format.DateTimeParseException e) {
                return parseOrNull(node, s -> Instant.ofEpochMilli(new BigDecimal(s).movePointRight(3).longValue()));
            }
        }
        return null;
    }

    private static SdkBytes decodeBase64(String text) {
        try {
            return SdkBytes.fromByteArrayUnsafe(Base64.getMimeDecoder().decode(text));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Boolean strictBoolean(String s) {
        if ("true".equalsIgnoreCase(s) || "false".equalsIgnoreCase(s)) {
            return Boolean.valueOf(s);
        }
        throw new IllegalArgumentException(s);
    }

    private static <T> T parseOrNull(JsonNode node, java.util.function.Function<String, T> parser) {
        if (!node.isValueNode()) {
            return null;
        }
        try {
            return parser.apply(node.asText().trim());
        } catch (RuntimeException e) {
            return null;
        }
    }
}
