package dev.lambdadesk.local.lambda;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/** An alias's RoutingConfig: AdditionalVersionWeights checked as AWS checks it. */
final class AliasRouting {

    private static final Pattern VERSION = Pattern.compile("[0-9]+");
    private static final String MEMBER = "routingConfig.additionalVersionWeights";

    /** The weights of the request's RoutingConfig for an alias pointing at {@code version}. */
    Map<String, Double> weights(JsonNode body, String version) {
        JsonNode given = body.path("RoutingConfig").path("AdditionalVersionWeights");
        Map<String, Double> weights = new LinkedHashMap<>();
        given.properties().forEach(entry -> weights.put(entry.getKey(),
                entry.getValue().isNumber() ? entry.getValue().asDouble() : null));
        FieldFindings findings = new FieldFindings();
        if (weights.keySet().stream().anyMatch(key -> key.length() > 1024 || !VERSION.matcher(key).matches())) {
            findings.add(weights.toString(), MEMBER, "Map keys must satisfy constraint: [Member must have length less "
                    + "than or equal to 1024, Member must have length greater than or equal to 1, Member must satisfy "
                    + "regular expression pattern: [0-9]+]");
        }
        if (weights.values().stream().anyMatch(weight -> weight == null || weight < 0 || weight > 1)) {
            findings.add(weights.toString(), MEMBER, "Map value must satisfy constraint: [Member must have value less "
                    + "than or equal to 1.0, Member must have value greater than or equal to 0.0, Member must not be "
                    + "null]");
        }
        findings.check();
        return check(weights, version);
    }

    /** Refuses weights that do not fit the alias's version. */
    Map<String, Double> check(Map<String, Double> weights, String version) {
        if (weights.size() > 1) {
            throw LambdaError.INVALID_PARAMETER_VALUE.withMessage(
                    "Number of items in AdditionalVersionWeights cannot be greater than 1");
        }
        if (weights.isEmpty()) {
            return weights;
        }
        if (Target.LATEST.equals(version)) {
            throw LambdaError.INVALID_PARAMETER_VALUE.withMessageOnly(
                    "$LATEST is not supported for an alias pointing to more than 1 version");
        }
        if (weights.containsKey(version)) {
            throw LambdaError.INVALID_PARAMETER_VALUE.withMessage("Invalid function version " + version
                    + ". Function version " + version + " is already included in routing configuration.");
        }
        return weights;
    }
}
