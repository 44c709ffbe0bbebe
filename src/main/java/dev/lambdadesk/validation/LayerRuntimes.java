package dev.lambdadesk.validation;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import dev.lambdadesk.core.LambdaRuntimes;

/**
 * The runtimes a layer names (CompatibleRuntimes) or a layer listing filters by (CompatibleRuntime). Any runtime of
 * the model is accepted, deprecated ones too, but AWS's refusal prints its own sets: the runtimes functions accept
 * for PublishLayerVersion, and its full internal enum for the listings' filter (recorded from AWS by LocalStack's
 * test_lambda_api snapshots, TestLambdaLayer).
 */
final class LayerRuntimes implements RequestRule {

    /** The set AWS prints when a listing's CompatibleRuntime filter is unknown, in AWS's order. */
    static final String AWS_FILTER_ORDER = "ruby3.5, ruby2.6, dotnetcore1.0, python3.7, nodejs8.10, nasa, ruby2.7, "
            + "python2.7-greengrass, dotnetcore2.0, python3.8, java21, dotnet6, dotnetcore2.1, python3.9, java11, "
            + "nodejs6.10, provided, dotnetcore3.1, dotnet8, java25, java17, nodejs, nodejs4.3, java8.al2, go1.x, "
            + "dotnet10, nodejs20.x, go1.9, byol, nodejs10.x, provided.al2023, nodejs22.x, python3.10, java8, "
            + "nodejs12.x, python3.11, nodejs24.x, nodejs8.x, python3.12, nodejs14.x, nodejs8.9, nodejs26.x, "
            + "python3.13, python3.14, nodejs16.x, python3.15, provided.al2, nodejs4.3-edge, nodejs18.x, ruby3.2, "
            + "python3.4, ruby3.3, ruby3.4, ruby2.5, python3.6, python2.7";

    private final String member;
    private final boolean list;
    private final String awsSet;
    private final List<String> laterMembers;

    private LayerRuntimes(String member, boolean list, String awsSet, List<String> laterMembers) {
        this.member = member;
        this.list = list;
        this.awsSet = awsSet;
        this.laterMembers = laterMembers;
    }

    /** PublishLayerVersion's CompatibleRuntimes. */
    static LayerRuntimes compatibleRuntimes() {
        return new LayerRuntimes("CompatibleRuntimes", true, RuntimeSupport.AWS_ACCEPTED_ORDER,
                List.of("LicenseInfo", "CompatibleArchitectures"));
    }

    /** ListLayers' and ListLayerVersions' CompatibleRuntime filter. */
    static LayerRuntimes runtimeFilter() {
        return new LayerRuntimes("CompatibleRuntime", false, AWS_FILTER_ORDER,
                List.of("LayerName", "Marker", "MaxItems", "CompatibleArchitecture"));
    }

    @Override
    public List<String> reads() {
        return List.of(member);
    }

    @Override
    public void check(JsonNode request, Findings out) {
        JsonNode value = request.get(member);
        if (value == null || (list ? !value.isArray() : !value.isTextual())) {
            return;
        }
        String wire = WireText.clause(value, false, MemberPath.lowerFirst(member),
                "Member must satisfy enum value set: [" + awsSet + "]");
        if (!list) {
            report(member, value.textValue(), wire, out);
            return;
        }
        for (int i = 0; i < value.size(); i++) {
            if (value.get(i).isTextual()) {
                report(member + "[" + i + "]", value.get(i).textValue(), wire, out);
            }
        }
    }

    private void report(String path, String runtime, String wire, Findings out) {
        if (!LambdaRuntimes.isKnown(runtime)) {
            out.errorBefore(laterMembers, path, RuntimeSupport.unknownMessage(runtime), AwsFinding.validation(wire));
        }
    }
}
