package dev.lambdadesk.ui.signing.deploy;

import java.time.Instant;
import java.util.Optional;

import dev.lambdadesk.core.CodeSigningConfigInfo;
import dev.lambdadesk.core.SigningJobInfo;
import dev.lambdadesk.core.SigningProfileInfo;

/**
 * Says which check a refused deployment failed. Lambda's own message for a failed signature check is the same
 * for every reason ("Lambda cannot deploy the function ... Check the provided signature"), so the reason is worked
 * out from what is known about the package (its signing job and profile) and the configuration, in the order
 * Lambda checks: integrity, then signed at all, trusted publisher, expiry, revocation.
 */
public final class RefusalDiagnosis {

    /** What is known about the refused package and the configuration it was checked against. */
    public record Facts(DeployablePackage pkg, Optional<SigningJobInfo> job, Optional<SigningProfileInfo> profile,
                        Optional<CodeSigningConfigInfo> config) {
    }

    private RefusalDiagnosis() {
    }

    /** The refusal for a failure with {@code errorCode}, or empty when it was no code signing refusal. */
    public static Optional<Refusal> diagnose(String errorCode, String serviceText, Facts facts, Instant now) {
        String detail = errorCode + ": " + serviceText;
        if (errorCode.startsWith("InvalidCodeSignature")) {
            return Optional.of(new Refusal(Refusal.Check.INTEGRITY, "The package's signature does not match its "
                    + "content: it was changed after it was signed, or the signature is damaged. Lambda refuses "
                    + "this under both policies.", "Sign the original package again and deploy the signed file "
                    + "unchanged.", detail));
        }
        if (errorCode.startsWith("CodeSigningConfigNotFound")) {
            return Optional.of(new Refusal(Refusal.Check.CONFIG_NOT_FOUND, "The code signing configuration does "
                    + "not exist (any more).", "Choose an existing configuration, or create one under Code signing "
                    + "configs.", detail));
        }
        if (!errorCode.startsWith("CodeVerificationFailed")) {
            return Optional.empty();
        }
        return Optional.of(verification(facts, now, detail));
    }

    private static Refusal verification(Facts facts, Instant now, String detail) {
        String policy = " The configuration's policy is Enforce, so Lambda refused it.";
        if (!facts.pkg().isSigned()) {
            return new Refusal(Refusal.Check.UNSIGNED, "The package " + facts.pkg().location().uri()
                    + " carries no signature." + policy, "Sign it with a profile the configuration trusts (Sign "
                    + "and deploy), or set the policy to Warn while testing.", detail);
        }
        SigningJobInfo job = facts.job().orElse(facts.pkg().job().orElseThrow());
        String versionArn = job.profileVersionArn();
        if (facts.config().isPresent() && !facts.config().get().allowedPublishers().contains(versionArn)) {
            return new Refusal(Refusal.Check.UNTRUSTED_PUBLISHER, "It was signed by " + job.profileName()
                    + " (version " + job.profileVersion() + "), which is not among the "
                    + facts.config().get().allowedPublishers().size() + " allowed publishers of "
                    + facts.config().get().id() + "." + policy, "Add " + versionArn + " to the configuration's "
                    + "allowed publishers, or sign the package with a profile it trusts.", detail);
        }
        if (job.signatureExpiresAt().filter(now::isAfter).isPresent()) {
            return new Refusal(Refusal.Check.EXPIRED, "Its signature expired on "
                    + job.signatureExpiresAt().get() + "." + policy, "Sign the package again to get a signature "
                    + "that is valid now.", detail);
        }
        if (job.revoked()) {
            String why = job.revocation().map(r -> " (\"" + r.reason() + "\")").orElse("");
            return new Refusal(Refusal.Check.REVOKED, "The signature of signing job " + job.jobId()
                    + " was revoked" + why + "." + policy, "Sign the package again with a new signing job.",
                    detail);
        }
        Optional<SigningProfileInfo.Revocation> profileRevocation = facts.profile()
                .flatMap(SigningProfileInfo::revocation)
                .filter(r -> job.createdAt().map(signed -> !r.effectiveFrom().isAfter(signed)).orElse(true));
        if (profileRevocation.isPresent()) {
            return new Refusal(Refusal.Check.REVOKED, "Signing profile " + job.profileName() + " was revoked "
                    + "effective " + profileRevocation.get().effectiveFrom() + ", before the package was signed."
                    + policy, "Sign the package again with a profile that is not revoked, and trust that one.",
                    detail);
        }
        return new Refusal(Refusal.Check.VERIFICATION, "Lambda did not accept the signature of "
                + facts.pkg().location().uri() + "." + policy, "Check that the configuration trusts "
                + versionArn + " and that the signature is neither expired nor revoked.", detail);
    }
}
