package dev.lambdadesk.sam;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What code signing will do before anything is uploaded: for each function whose CodeSigningConfigArn is a code
 * signing config of the template, which policy applies and whether the function and its layers of the template get
 * signed. Code that is local and not named in the signing profiles is unsigned: under Enforce Lambda will refuse
 * it, under Warn it deploys unsigned. Code already in S3 may be signed, so it is not judged.
 */
public final class SigningPlan {

    /** One function under a code signing config of the template. */
    public record Entry(String function, String config, String policy, List<String> unsignedParts) {
        public boolean refusedOnDeploy() {
            return policy.equals("Enforce") && !unsignedParts.isEmpty();
        }

        /** A sentence for a person: what will happen to this function's code. */
        public String describe() {
            if (unsignedParts.isEmpty()) {
                return function + ": signed for " + config + " (" + policy + ")";
            }
            return function + ": " + String.join(" and ", unsignedParts) + " not signed, and " + config
                    + (refusedOnDeploy() ? " enforces signatures: Lambda will refuse it. Add "
                    + String.join(" ", unsignedParts.stream().map(p -> p + "=PROFILE").toList())
                    + " to --signing-profiles." : " only warns: it deploys unsigned.");
        }
    }

    private SigningPlan() {
    }

    public static List<Entry> of(SamApplication app, SigningProfiles signing) {
        List<Entry> out = new ArrayList<>();
        RequestBuilder builder = new RequestBuilder(app, StackValues.predicted(app));
        for (SamResource function : app.ofKind(ResourceType.Kind.FUNCTION)) {
            Optional<SamResource> config = refTo(app, function.properties().get("CodeSigningConfigArn"));
            if (config.isEmpty() || config.get().type() != ResourceType.CODE_SIGNING_CONFIG) {
                continue;
            }
            String policy = config.get().properties().at("/CodeSigningPolicies/UntrustedArtifactOnDeployment")
                    .asText("Warn");
            List<String> unsigned = new ArrayList<>();
            if (isUnsigned(builder, function, signing)) {
                unsigned.add(function.logicalId());
            }
            for (JsonNode layer : function.properties().path("Layers")) {
                refTo(app, layer).filter(l -> isUnsigned(builder, l, signing))
                        .ifPresent(l -> unsigned.add(l.logicalId()));
            }
            out.add(new Entry(function.logicalId(), config.get().logicalId(), policy, List.copyOf(unsigned)));
        }
        return out;
    }

    private static Optional<SamResource> refTo(SamApplication app, JsonNode value) {
        return value == null || !value.has("Ref") ? Optional.empty() : app.resource(value.get("Ref").asText());
    }

    private static boolean isUnsigned(RequestBuilder builder, SamResource r, SigningProfiles signing) {
        CodeSource code = builder.build(r).code();
        return (code instanceof CodeSource.Local || code instanceof CodeSource.Inline)
                && signing.of(r.logicalId()).isEmpty();
    }
}
