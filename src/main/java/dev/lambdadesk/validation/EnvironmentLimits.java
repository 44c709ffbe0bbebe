package dev.lambdadesk.validation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Environment variables: no names Lambda reserves, and at most 4 KB in total measured as compact JSON. */
final class EnvironmentLimits implements RequestRule {

    static final int MAX_BYTES = 4096;

    private static final Set<String> RESERVED = Set.of("AWS_REGION", "AWS_DEFAULT_REGION", "AWS_EXECUTION_ENV",
            "AWS_LAMBDA_FUNCTION_NAME", "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "AWS_LAMBDA_FUNCTION_VERSION",
            "AWS_LAMBDA_INITIALIZATION_TYPE", "AWS_LAMBDA_LOG_GROUP_NAME", "AWS_LAMBDA_LOG_STREAM_NAME",
            "AWS_ACCESS_KEY", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN",
            "AWS_LAMBDA_RUNTIME_API", "LAMBDA_TASK_ROOT", "LAMBDA_RUNTIME_DIR", "_HANDLER", "_X_AMZN_TRACE_ID",
            "AWS_XRAY_CONTEXT_MISSING", "AWS_XRAY_DAEMON_ADDRESS");

    /** AWS_LAMBDA_ names that the Lambda developer guide tells people to set themselves. */
    private static final Set<String> SETTABLE_AWS_LAMBDA = Set.of("AWS_LAMBDA_EXEC_WRAPPER",
            "AWS_LAMBDA_DOTNET_PREJIT");

    private static final ObjectMapper COMPACT_JSON = new ObjectMapper();

    @Override
    public List<String> reads() {
        return List.of("Environment");
    }

    static boolean isReserved(String name) {
        return RESERVED.contains(name)
                || (name.startsWith("AWS_LAMBDA_") && !SETTABLE_AWS_LAMBDA.contains(name));
    }

    @Override
    public void check(JsonNode request, Findings out) {
        JsonNode vars = Requests.at(request, "Environment", "Variables");
        if (vars == null || !vars.isObject()) {
            return;
        }
        checkReserved(vars, out);
        checkSize(vars, out);
    }

    private static void checkReserved(JsonNode vars, Findings out) {
        List<String> reserved = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : vars.properties()) {
            if (isReserved(e.getKey()) && !out.hasErrorAt("Environment.Variables." + e.getKey())) {
                reserved.add(e.getKey());
            }
        }
        if (reserved.isEmpty()) {
            return;
        }
        AwsFinding aws = AwsFinding.invalidParameter("Lambda was unable to configure your environment variables "
                + "because the environment variables you have provided contains reserved keys that are currently "
                + "not supported for modification. Reserved keys used in this request: "
                + String.join(", ", reserved));
        for (String name : reserved) {
            out.error("Environment.Variables." + name, name + " is reserved by Lambda, which sets it for every "
                    + "function; remove it or use another name (e.g. MY_" + name.replaceFirst("^_+", "") + ").",
                    aws);
        }
    }

    private static void checkSize(JsonNode vars, Findings out) {
        if (upperBound(vars) <= MAX_BYTES) {
            return;
        }
        String measured = compactJson(vars);
        int bytes = measured.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            out.error("Environment.Variables", "Environment variables take " + bytes + " bytes; Lambda allows at "
                    + "most 4 KB (4096 bytes) in total. Shorten or remove some values, or keep large ones in "
                    + "Parameter Store or Secrets Manager.", AwsFinding.invalidParameter("Lambda was unable to "
                    + "configure your environment variables because the environment variables you have provided "
                    + "exceeded the 4KB limit. String measured: " + measured));
        }
    }

    /** The size Lambda measures: the variables as compact JSON, in UTF-8 bytes. */
    static int measure(JsonNode vars) {
        return compactJson(vars).getBytes(StandardCharsets.UTF_8).length;
    }

    private static String compactJson(JsonNode vars) {
        try {
            return COMPACT_JSON.writeValueAsString(vars);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree always serializes", e);
        }
    }

    /** A cheap bound on the compact JSON's size: every character escaped as six bytes at most. */
    private static long upperBound(JsonNode vars) {
        long bound = 2;
        for (Map.Entry<String, JsonNode> e : vars.properties()) {
            JsonNode v = e.getValue();
            int valueLength = v.isTextual() ? v.textValue().length() : 32;
            bound += 6L * (e.getKey().length() + valueLength) + 6;
            if (!v.isTextual() && !v.isValueNode()) {
                return Long.MAX_VALUE;
            }
        }
        return bound;
    }
}
