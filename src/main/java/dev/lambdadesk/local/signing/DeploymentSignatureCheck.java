package dev.lambdadesk.local.signing;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

import dev.lambdadesk.local.signing.DeploymentVerdict.Outcome;
import dev.lambdadesk.local.signing.DeploymentVerdict.VerificationFailure;

/**
 * Lambda's code signing policy on deploy, in the documented order: integrity (always enforced), then
 * signature present, allowed publisher, expiry and revocation, which fail per the UntrustedArtifactOnDeployment
 * policy. The first failing check decides.
 */
public final class DeploymentSignatureCheck {

    private static final String CODE_VERIFICATION_FAILED = "Lambda cannot deploy the function. The function or layer "
            + "might be signed using a signature that the client is not configured to accept. "
            + "Check the provided signature for %s.";
    private static final String INTEGRITY_FAILED = "The code signature failed the integrity check: %s.";

    private final Clock clock;
    private final RevocationLookup revocations;

    public DeploymentSignatureCheck(Clock clock, RevocationLookup revocations) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.revocations = Objects.requireNonNull(revocations, "revocations");
    }

    /**
     * Decides whether a package may be deployed.
     *
     * @param inspection        what {@link SignedZipVerifier#inspect} found in the package
     * @param allowedPublishers the code signing configuration's signing profile version ARNs
     * @param policy            the code signing configuration's UntrustedArtifactOnDeployment
     * @param resourceArn       the function (or layer version) ARN, quoted in AWS's message
     */
    public DeploymentVerdict check(SignatureInspection inspection, Collection<String> allowedPublishers,
                                   CodeSigningPolicy policy, String resourceArn) {
        if (inspection.status().failsIntegrity()) {
            return integrityFailure(inspection);
        }
        if (inspection.status() == SignatureInspection.Status.UNSIGNED) {
            return policyFailure(new Problem(VerificationFailure.UNSIGNED, "The package is not signed.",
                    "Sign it with a signing profile the code signing configuration trusts"), null, policy, resourceArn);
        }
        SignatureBlock block = inspection.block();
        Optional<Problem> problem = firstPolicyProblem(block, allowedPublishers);
        if (problem.isPresent()) {
            return policyFailure(problem.get(), block, policy, resourceArn);
        }
        return new DeploymentVerdict(Outcome.ACCEPTED, null, block.profileVersionArn(), block.jobArn(), "", "");
    }

    private Optional<Problem> firstPolicyProblem(SignatureBlock block, Collection<String> allowedPublishers) {
        String profile = block.profileVersionArn();
        if (!allowedPublishers.contains(profile)) {
            return Optional.of(new Problem(VerificationFailure.UNTRUSTED_PUBLISHER, "The package is signed by signing "
                    + "profile version " + profile + ", which is not an allowed publisher of the code signing "
                    + "configuration.", "Sign it with an allowed signing profile, or add " + profile
                    + " to the configuration's allowed publishers"));
        }
        Instant now = clock.instant();
        if (now.isAfter(block.expiresAt())) {
            return Optional.of(new Problem(VerificationFailure.EXPIRED, "The signature expired at "
                    + block.expiresAt() + " (signing job " + block.jobArn() + ").",
                    "Sign the package again to get a signature that has not expired"));
        }
        if (revocations.isSignatureRevoked(block.jobArn())) {
            return Optional.of(new Problem(VerificationFailure.REVOKED, "The signature made by signing job "
                    + block.jobArn() + " was revoked.", "Sign the package again with a new signing job"));
        }
        Optional<Instant> revokedFrom = revocations.profileVersionRevokedFrom(profile);
        if (revokedFrom.isPresent() && !revokedFrom.get().isAfter(block.signedAt())) {
            return Optional.of(new Problem(VerificationFailure.REVOKED, "Signing profile version " + profile
                    + " was revoked effective " + revokedFrom.get() + ", at or before the package was signed ("
                    + block.signedAt() + ").", "Sign the package again with a signing profile that is not revoked"));
        }
        return Optional.empty();
    }

    private static DeploymentVerdict policyFailure(Problem problem, SignatureBlock block, CodeSigningPolicy policy,
                                                   String resourceArn) {
        String message = CODE_VERIFICATION_FAILED.formatted(resourceArn);
        String profile = block == null ? null : block.profileVersionArn();
        String job = block == null ? null : block.jobArn();
        if (policy == CodeSigningPolicy.WARN) {
            String reason = problem.what() + " Deployed anyway because the code signing policy is Warn. "
                    + problem.remedy() + ".";
            return new DeploymentVerdict(Outcome.ACCEPTED_WITH_WARNING, problem.failure(), profile, job, message,
                    reason);
        }
        String reason = problem.what() + " " + problem.remedy() + ", or set the code signing policy to Warn.";
        return new DeploymentVerdict(Outcome.REFUSED_VERIFICATION, problem.failure(), profile, job, message, reason);
    }

    private static DeploymentVerdict integrityFailure(SignatureInspection inspection) {
        String summary = switch (inspection.status()) {
            case DIGEST_MISMATCH -> "the package was modified after it was signed";
            case BAD_SIGNATURE -> "the signature does not verify";
            default -> "the signature block cannot be read";
        };
        String reason = capitalized(inspection.detail()) + ". Lambda refuses a package that fails the integrity "
                + "check whatever the policy: sign the original package again and deploy the signed file unchanged.";
        return new DeploymentVerdict(Outcome.REFUSED_INTEGRITY, null, null, null, INTEGRITY_FAILED.formatted(summary),
                reason);
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private record Problem(VerificationFailure failure, String what, String remedy) {
    }
}
