package dev.lambdadesk.local;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.protocol.MarshallingType;
import software.amazon.awssdk.core.traits.ListTrait;
import software.amazon.awssdk.core.traits.MapTrait;
import software.amazon.awssdk.utils.builder.SdkBuilder;

/**
 * Calls an SDK v2 client's operation by name with its input written as the API's JSON (member names as the model
 * spells them), so recorded requests replay through the real SDK: its builders, marshallers and signer.
 */
final class SdkCalls {

    private final Object client;
    private final String modelPackage;
    private final Function<String, Object> placeholders;

    /**
     * @param placeholders what a string starting with {@code $} stands for (bytes or text), or null to keep it
     */
    SdkCalls(Object client, String modelPackage, Function<String, Object> placeholders) {
        this.client = client;
        this.modelPackage = modelPackage;
        this.placeholders = placeholders;
    }

    /** Runs {@code operation} and returns its response; a service error surfaces as the SDK throws it. */
    SdkPojo call(String operation, JsonNode input) throws ReflectiveOperationException {
        Class<?> requestType = Class.forName(modelPackage + "." + operation + "Request");
        Object builder = requestType.getMethod("builder").invoke(null);
        fill((SdkPojo) builder, input);
        Object request = ((SdkBuilder<?, ?>) builder).build();
        Method method = client.getClass().getInterfaces()[0].getMethod(Character.toLowerCase(operation.charAt(0))
                + operation.substring(1), requestType);
        try {
            return (SdkPojo) method.invoke(client, request);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }

    /** The member at a dotted path of a response ({@code CodeSigningConfig.CodeSigningConfigArn}). */
    static Object member(SdkPojo pojo, String path) {
        Object current = pojo;
        for (String name : path.split("\\.")) {
            SdkPojo at = (SdkPojo) current;
            current = at.sdkFields().stream().filter(f -> f.memberName().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No member " + name)).getValueOrDefault(at);
        }
        return current;
    }

    private void fill(SdkPojo builder, JsonNode input) {
        for (SdkField<?> field : builder.sdkFields()) {
            JsonNode value = input.get(field.memberName());
            if (value != null) {
                field.set(builder, convert(field, value));
            }
        }
    }

    private Object convert(SdkField<?> field, JsonNode value) {
        if (value.isNull()) {
            return null;
        }
        MarshallingType<?> type = field.marshallingType();
        if (type == MarshallingType.STRING) {
            return value.isTextual() ? text(value.asText()) : value.toString();
        } else if (type == MarshallingType.INTEGER) {
            return value.asInt();
        } else if (type == MarshallingType.LONG) {
            return value.asLong();
        } else if (type == MarshallingType.BOOLEAN) {
            return value.asBoolean();
        } else if (type == MarshallingType.DOUBLE) {
            return value.asDouble();
        } else if (type == MarshallingType.FLOAT) {
            return (float) value.asDouble();
        } else if (type == MarshallingType.INSTANT) {
            return Instant.parse(value.asText());
        } else if (type == MarshallingType.SDK_BYTES) {
            return SdkBytes.fromByteArray(bytes(value.asText()));
        } else if (type == MarshallingType.LIST) {
            return list(field, value);
        } else if (type == MarshallingType.MAP) {
            return map(field, value);
        } else if (type == MarshallingType.SDK_POJO) {
            return pojo(field, value);
        }
        throw new IllegalArgumentException("Cannot write " + type);
    }

    private List<Object> list(SdkField<?> field, JsonNode value) {
        SdkField<?> member = field.getTrait(ListTrait.class).memberFieldInfo();
        List<Object> items = new ArrayList<>();
        value.forEach(item -> items.add(convert(member, item)));
        return items;
    }

    private Map<String, Object> map(SdkField<?> field, JsonNode value) {
        SdkField<?> member = field.getTrait(MapTrait.class).valueFieldInfo();
        Map<String, Object> entries = new LinkedHashMap<>();
        value.properties().forEach(e -> entries.put(e.getKey(), convert(member, e.getValue())));
        return entries;
    }

    private Object pojo(SdkField<?> field, JsonNode value) {
        SdkPojo nested = field.constructor().get();
        fill(nested, value);
        return ((SdkBuilder<?, ?>) nested).build();
    }

    private String text(String value) {
        Object resolved = value.startsWith("$") ? placeholders.apply(value) : null;
        return resolved instanceof String s ? s : value;
    }

    private byte[] bytes(String value) {
        Object resolved = value.startsWith("$") ? placeholders.apply(value) : null;
        if (resolved instanceof byte[] b) {
            return b;
        }
        return text(value).getBytes(StandardCharsets.UTF_8);
    }
}
