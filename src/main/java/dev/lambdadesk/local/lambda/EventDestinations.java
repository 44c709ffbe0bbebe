package dev.lambdadesk.local.lambda;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The DestinationConfig of an event invoke config: OnSuccess and OnFailure destinations checked as AWS does. */
final class EventDestinations {

    static final String ARN_PATTERN = "$|kafka://([^.]([a-zA-Z0-9\\-_.]{0,248}))|arn:(aws[a-zA-Z0-9-]*):"
            + "([a-zA-Z0-9\\-])+:((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1})?:(\\d{12})?:(.*)";
    private static final Pattern SERVICE = Pattern.compile("arn:[^:]+:([^:]+):.*");
    /** The services AWS accepts as asynchronous invocation destinations. */
    private static final Set<String> SERVICES = Set.of("lambda", "sqs", "sns", "events", "s3");
    private static final String[] KINDS = {"OnSuccess", "OnFailure"};

    private final LambdaContext ctx;

    EventDestinations(LambdaContext ctx) {
        this.ctx = ctx;
    }

    void checkPatterns(JsonNode body) {
        FieldFindings findings = new FieldFindings();
        for (String kind : KINDS) {
            String member = "destinationConfig." + Character.toLowerCase(kind.charAt(0)) + kind.substring(1)
                    + ".destination";
            findings.pattern(destination(body, kind), member, ARN_PATTERN, 350);
        }
        findings.check();
    }

    /** The destinations after this request: the request's where it names a kind, else the current ones. */
    ObjectNode merged(JsonNode body, JsonNode current, Target target) {
        ObjectNode out = ctx.mapper.createObjectNode();
        for (String kind : KINDS) {
            String destination = body.path("DestinationConfig").has(kind) ? destination(body, kind)
                    : current.path(kind).path("Destination").asText(null);
            ObjectNode slot = out.putObject(kind);
            if (destination != null && !destination.isEmpty()) {
                check(body, destination, target);
                slot.put("Destination", destination);
            }
        }
        return out;
    }

    private void check(JsonNode body, String destination, Target target) {
        Matcher service = SERVICE.matcher(destination);
        if (!service.matches() || !SERVICES.contains(service.group(1))) {
            throw LambdaError.INVALID_PARAMETER_VALUE.withMessage("The provided destination config "
                    + describe(body) + " is invalid.");
        }
        if (!"lambda".equals(service.group(1))) {
            return;
        }
        FunctionRef ref;
        try {
            ref = FunctionRef.parse(destination, target.region());
        } catch (RuntimeException e) {
            throw invalid(destination);
        }
        if (ref.name().equals(target.functionName())) {
            throw LambdaError.INVALID_PARAMETER_VALUE.withMessage(
                    "You can't specify the function as a destination for itself.");
        }
        if (!ctx.functions.contains(LambdaRecords.functionKey(target.region(), ref.name()))) {
            throw invalid(destination);
        }
    }

    private static RuntimeException invalid(String destination) {
        return LambdaError.INVALID_PARAMETER_VALUE.withMessage("The destination ARN " + destination + " is invalid.");
    }

    /** The config in the Java-style text AWS quotes in its message. */
    private static String describe(JsonNode body) {
        String success = destination(body, "OnSuccess");
        String failure = destination(body, "OnFailure");
        return "DestinationConfig(onSuccess=" + (success == null ? "null" : "OnSuccess(destination=" + success + ")")
                + ", onFailure=" + (failure == null ? "null" : "OnFailure(destination=" + failure + ")") + ")";
    }

    private static String destination(JsonNode body, String kind) {
        JsonNode value = body.path("DestinationConfig").path(kind).get("Destination");
        return value == null || value.isNull() ? null : value.asText();
    }
}
