package dev.lambdadesk.local.lambda;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

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
    /** What list items carry: no state members (they are not stored), no runtime version. */
    private static final List<String> LIST_ORDER = MODEL_ORDER.stream()
            .filter(member -> !"RuntimeVersionConfig".equals(member)).toList();

    private final ObjectMapper mapper;
    private final Clock clock;

    FunctionView(ObjectMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
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
                putState(out, version, phase);
            } else {
                JsonNode value = config.get(member);
                if (value != null) {
                    out.set(member, value);
                }
            }
        }
        return out;
    }

    /**
     * A ListFunctions or ListVersionsByFunction page: {@code {"NextMarker":..., "<member>":[...]}} with each version
     * as those operations list it (no state members, no runtime version). Written straight to JSON, without building
     * a tree first: listing is the bulk read, a page holds up to 50 configurations.
     */
    byte[] listPage(String member, List<FunctionVersion> versions, String nextMarker) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + versions.size() * 1024);
        SerializerProvider provider = mapper.getSerializerProviderInstance();
        try (JsonGenerator json = mapper.createGenerator(out)) {
            json.writeStartObject();
            if (nextMarker != null) {
                json.writeStringField("NextMarker", nextMarker);
            }
            json.writeArrayFieldStart(member);
            for (FunctionVersion version : versions) {
                writeListItem(json, version.config(), provider);
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("Writing a list page failed", e);
        }
        return out.toByteArray();
    }

    private static void writeListItem(JsonGenerator json, ObjectNode config, SerializerProvider provider)
            throws IOException {
        json.writeStartObject();
        for (String member : LIST_ORDER) {
            JsonNode value = config.get(member);
            if (value != null) {
                json.writeFieldName(member);
                value.serialize(json, provider);
            }
        }
        json.writeEndObject();
    }

    private void putState(ObjectNode out, FunctionVersion version, Phase phase) {
        long now = clock.millis();
        boolean pending = phase == Phase.CREATING || (phase == Phase.NOW && version.pendingAt(now));
        if (pending) {
            out.put("State", "Pending");
            out.put("StateReason", LambdaMessages.BEING_CREATED);
            out.put("StateReasonCode", LambdaMessages.CREATING);
            return;
        }
        out.put("State", "Active");
        if (phase == Phase.UPDATING || version.updatingAt(now)) {
            out.put("LastUpdateStatus", "InProgress");
            out.put("LastUpdateStatusReason", LambdaMessages.BEING_CREATED);
            out.put("LastUpdateStatusReasonCode", LambdaMessages.CREATING);
        } else {
            out.put("LastUpdateStatus", "Successful");
        }
    }
}
