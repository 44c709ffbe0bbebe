package dev.lambdadesk.local.signing;

import java.util.Optional;

/**
 * Lambda's decision on deploying a package under a code signing configuration.
 *
 * @param outcome                  deploy or not, and why not
 * @param failure                  which policy check failed (ACCEPTED_WITH_WARNING, REFUSED_VERIFICATION); else null
 * @param signingProfileVersionArn from an authentic signature block, to report in the function configuration; else null
 * @param signingJobArn            from an authentic signature block; else null
 * @param message                  AWS's error message for the failed check (also kept for a warning); empty when accepted
 * @param reason                   for a person: which check failed and what to do; empty when accepted
 */
public record DeploymentVerdict(Outcome outcome, VerificationFailure failure, String signingProfileVersionArn,
                                String signingJobArn, String message, String reason) {

    /** Deploy or not. */
    public enum Outcome {
        ACCEPTED,
        /** A policy check failed under Warn: deploy and record the warning. */
        ACCEPTED_WITH_WARNING,
        /** InvalidCodeSignatureException, whatever the policy. */
        REFUSED_INTEGRITY,
        /** A policy check failed under Enforce: CodeVerificationFailedException. */
        REFUSED_VERIFICATION
    }

    /** The policy-controlled checks, in the order Lambda runs them. */
    public enum VerificationFailure { UNSIGNED, UNTRUSTED_PUBLISHER, EXPIRED, REVOKED }

    public static final String INVALID_CODE_SIGNATURE = "InvalidCodeSignatureException";
    public static final String CODE_VERIFICATION_FAILED = "CodeVerificationFailedException";

    public boolean deploys() {
        return outcome == Outcome.ACCEPTED || outcome == Outcome.ACCEPTED_WITH_WARNING;
    }

    /** The AWS error code of a refusal (both answer HTTP 400), empty when the package deploys. */
    public Optional<String> awsErrorCode() {
        return switch (outcome) {
            case REFUSED_INTEGRITY -> Optional.of(INVALID_CODE_SIGNATURE);
            case REFUSED_VERIFICATION -> Optional.of(CODE_VERIFICATION_FAILED);
            case ACCEPTED, ACCEPTED_WITH_WARNING -> Optional.empty();
        };
    }
}
