package dev.lambdadesk.local.signing;

import java.util.Optional;

/** A code signing configuration's UntrustedArtifactOnDeployment policy. */
public enum CodeSigningPolicy {
    /** Deploy, with a warning, when expiry, publisher or revocation checks fail (the AWS default). */
    WARN("Warn"),
    /** Refuse the deployment when expiry, publisher or revocation checks fail. */
    ENFORCE("Enforce");

    private final String apiValue;

    CodeSigningPolicy(String apiValue) {
        this.apiValue = apiValue;
    }

    /** The value as the API spells it: {@code Warn} or {@code Enforce}. */
    public String apiValue() {
        return apiValue;
    }

    public static Optional<CodeSigningPolicy> fromApiValue(String value) {
        for (CodeSigningPolicy policy : values()) {
            if (policy.apiValue.equals(value)) {
                return Optional.of(policy);
            }
        }
        return Optional.empty();
    }
}
