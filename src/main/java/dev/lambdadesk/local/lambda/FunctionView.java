package dev.lambdadesk.local.lambda;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
    private static final Set<String> OMITTED_FROM_LISTS = Set.of("RuntimeVersionConfig");

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

    /** The subset ListFunctions and ListVersionsByFunction return: no state members, no runtime version. */
    ObjectNode listItem(FunctionVersion version) {
        ObjectNode out = mapper.createObjectNode();
        for (String member : MODEL_ORDER) {
            JsonNode value = version.config().get(member);
            if (value != null && !OMITTED_FROM_LISTS.contains(member)) {
                out.set(member, value);
            }
        }
        return out;
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
