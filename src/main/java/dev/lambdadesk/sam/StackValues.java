package dev.lambdadesk.sam;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * What Ref and Fn::GetAtt of the stack's resources stand for: predicted before a deployment (names and ARNs that
 * follow from the template), replaced by the real ones as resources are deployed. Not thread-safe.
 */
public final class StackValues implements Intrinsics.References {

    /** Placeholder code signing config id until one is created (17 characters after csc-, as Lambda's ids). */
    static final String PLACEHOLDER_CSC_ID = "csc-" + "0".repeat(17);

    private record Values(JsonNode ref, Map<String, JsonNode> attributes) {
    }

    private final Map<String, Values> values = new HashMap<>();
    private final Map<String, String> undeployed = new HashMap<>();

    StackValues() {
    }

    /** Predictions for every resource of the application; layer and code signing config ARNs are placeholders. */
    public static StackValues predicted(SamApplication app) {
        StackValues out = new StackValues();
        SamApplication.Settings s = app.settings();
        String lambdaArn = "arn:" + partition(s.region()) + ":lambda:" + s.region() + ":" + s.accountId() + ":";
        for (SamResource r : app.resources()) {
            switch (r.type().kind()) {
                case FUNCTION -> {
                    String name = Naming.functionName(app, r);
                    out.put(r.logicalId(), name, Map.of("Arn", lambdaArn + "function:" + name));
                    if (Naming.needsExecutionRole(r)) {
                        String role = Naming.roleName(app, r);
                        out.put(Naming.roleLogicalId(r), role, Map.of("Arn", "arn:" + partition(s.region())
                                + ":iam::" + s.accountId() + ":role/" + role));
                    }
                }
                case LAYER -> out.layer(r.logicalId(), lambdaArn + "layer:" + Naming.layerName(app, r) + ":1");
                case CODE_SIGNING_CONFIG -> out.codeSigningConfig(r.logicalId(), lambdaArn + "code-signing-config:"
                        + PLACEHOLDER_CSC_ID);
                case ROLE -> { }
            }
        }
        app.notDeployed().stream().filter(n -> n.property().isEmpty())
                .forEach(n -> out.undeployed.put(n.logicalId(), n.type()));
        return out;
    }

    /** Records a deployed code signing config's ARN. */
    public void codeSigningConfig(String logicalId, String arn) {
        put(logicalId, arn, Map.of("CodeSigningConfigArn", arn,
                "CodeSigningConfigId", arn.substring(arn.lastIndexOf(':') + 1)));
    }

    /** Records an execution role's name and ARN. */
    public void role(String logicalId, String name, String arn) {
        put(logicalId, name, Map.of("Arn", arn));
    }

    /** Records a layer version's ARN. */
    public void layer(String logicalId, String versionArn) {
        put(logicalId, versionArn, Map.of("LayerVersionArn", versionArn));
    }

    private void put(String logicalId, String ref, Map<String, String> attributes) {
        Map<String, JsonNode> nodes = new HashMap<>();
        attributes.forEach((k, v) -> nodes.put(k, TextNode.valueOf(v)));
        values.put(logicalId, new Values(TextNode.valueOf(ref), nodes));
    }

    @Override
    public Optional<JsonNode> ref(String logicalId) {
        return Optional.ofNullable(values.get(logicalId)).map(Values::ref);
    }

    @Override
    public Optional<JsonNode> getAtt(String logicalId, String attribute) {
        return Optional.ofNullable(values.get(logicalId)).map(v -> v.attributes().get(attribute));
    }

    @Override
    public Optional<String> undeployedType(String logicalId) {
        return Optional.ofNullable(undeployed.get(logicalId));
    }

    static String partition(String region) {
        return region.startsWith("cn-") ? "aws-cn" : region.startsWith("us-gov-") ? "aws-us-gov" : "aws";
    }
}
