package dev.lambdadesk.local.lambda;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Renders a stored version as the API's FunctionConfiguration: the members in the model's order, with the state
 * members computed from the version's timestamps and the endpoint's clock.
 */
final class FunctionView {

    /** Which state to show. */
    enum Phase {
        /** As the clock says. */
        NOW,
        /** As in a CreateFunction (or publish) response: Pending, no LastUpdateStatus. */
        CREATING,
        /** As in an update response: Active with LastUpdateStatus InProgress. */
        UPDATING
    }

    private static final DateTimeFormatter LAST_MODIFIED =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final List<String> MODEL_ORDER = List.of("FunctionName", "FunctionArn", "Runtime", "Role",
            "Handler", "CodeSize", "Description", "Timeout", "MemorySize", "LastModified", "CodeSha256", "Version",
            "VpcConfig", "DeadLetterConfig", "Environment", "KMSKeyArn", "TracingConfig", "MasterArn", "RevisionId",
            "Layers", "State", "FileSystemConfigs", "PackageType", "ImageConfigResponse", "SigningProfileVersionArn",
            "SigningJobArn", "Architectures", "EphemeralStorage", "SnapStart", "RuntimeVersionConfig", "LoggingConfig",
            "CapacityProviderConfig", "ConfigSha256", "DurableConfig", "TenancyConfig");
    private static final Map<String, String> PENDING = ordered("State", "Pending", "StateReason",
            LambdaMessages.BEING_CREATED, "StateReasonCode", LambdaMessages.CREATING);
    private static final Map<String, String> UPDATING = ordered("State", "Active", "LastUpdateStatus", "InProgress",
            "LastUpdateStatusReason", LambdaMessages.BEING_CREATED, "LastUpdateStatusReasonCode",
            LambdaMessages.CREATING);
    private static final Map<String, String> ACTIVE = ordered("State", "Active", "LastUpdateStatus", "Successful");
    /** What list items carry: no state members (they are not stored), no runtime version. */
    private static final List<String> LIST_ORDER = MODEL_ORDER.stream()
            .filter(member -> !"RuntimeVersionConfig".equals(member)).toList();

    private final ObjectMapper mapper;
    private final Clock clock;

    FunctionView(ObjectMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    private static Map<String, String> ordered(String... namesAndValues) {
        Map<String, String> members = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            members.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(members);
    }

    /** Lambda's LastModified text for an instant, e.g. {@code 2024-05-01T10:11:12.345+0000}. */
    static String lastModified(Instant instant) {
        return LAST_MODIFIED.format(instant);
    }

    ObjectNode configuration(FunctionVersion version, Phase phase) {
        ObjectNode out = mapper.createObjectNode();
        ObjectNode config = version.config();
        for (String member : MODEL_ORDER) {
            if ("State".equals(member)) {
                stateMembers(version, phase).forEach(out::put);
            } else {
                JsonNode value = config.get(member);
                if (value != null) {
                    out.set(member, value);
                }
            }
        }
        return out;
    }

    /** Writes JSON straight to bytes, without building a tree first (the reads that run most go this way). */
    byte[] json(JsonBody body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
        try (JsonGenerator json = mapper.createGenerator(out)) {
            body.write(json, mapper.getSerializerProviderInstance());
        } catch (IOException e) {
            throw new UncheckedIOException("Writing a response failed", e);
        }
        return out.toByteArray();
    }

    /** Writes what {@link #configuration} holds. */
    void writeConfiguration(JsonGenerator json, FunctionVersion version, Phase phase, SerializerProvider provider)
            throws IOException {
        json.writeStartObject();
        ObjectNode config = version.config();
        for (String member : MODEL_ORDER) {
            if ("State".equals(member)) {
                for (Map.Entry<String, String> state : stateMembers(version, phase).entrySet()) {
                    json.writeStringField(state.getKey(), state.getValue());
                }
            } else {
                writeMember(json, member, config.get(member), provider);
            }
        }
        json.writeEndObject();
    }

    /**
     * A ListFunctions or ListVersionsByFunction page: {@code {"NextMarker":..., "<member>":[...]}} with each version
     * as those operations list it (no state members, no runtime version). Each item's JSON is rendered once per
     * stored version and reused.
     */
    byte[] listPage(String member, List<FunctionVersion> versions, String nextMarker) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024 + versions.size() * 1024);
        try {
            out.write('{');
            if (nextMarker != null) {
                out.write("\"NextMarker\":".getBytes(StandardCharsets.UTF_8));
                out.write(mapper.writeValueAsBytes(nextMarker));
                out.write(',');
            }
            out.write(mapper.writeValueAsBytes(member));
            out.write(':');
            out.write('[');
            for (int i = 0; i < versions.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(versions.get(i).listItem(this::renderListItem));
            }
            out.write(']');
            out.write('}');
        } catch (IOException e) {
            throw new UncheckedIOException("Writing a response failed", e);
        }
        return out.toByteArray();
    }

    private byte[] renderListItem(FunctionVersion version) {
        return json((json, provider) -> {
            json.writeStartObject();
            for (String listed : LIST_ORDER) {
                writeMember(json, listed, version.config().get(listed), provider);
            }
            json.writeEndObject();
        });
    }

    /** A JSON body written with a generator of the endpoint's mapper. */
    @FunctionalInterface
    interface JsonBody {
        void write(JsonGenerator json, SerializerProvider provider) throws IOException;
    }

    private static void writeMember(JsonGenerator json, String member, JsonNode value, SerializerProvider provider)
            throws IOException {
        if (value != null) {
            json.writeFieldName(member);
            value.serialize(json, provider);
        }
    }

    /** State, StateReason(Code) and LastUpdateStatus(Reason, Code) as they are at this moment, in the model's order. */
    private Map<String, String> stateMembers(FunctionVersion version, Phase phase) {
        long now = clock.millis();
        boolean pending = phase == Phase.CREATING || (phase == Phase.NOW && version.pendingAt(now));
        if (pending) {
            return PENDING;
        }
        return phase == Phase.UPDATING || version.updatingAt(now) ? UPDATING : ACTIVE;
    }
}
