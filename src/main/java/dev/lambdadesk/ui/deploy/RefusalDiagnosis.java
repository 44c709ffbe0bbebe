package dev.lambdadesk.ui.deploy;

import java.time.Instant;
import java.util.Optional;

import dev.lambdadesk.core.CodeSigningConfigInfo;
import dev.lambdadesk.core.SigningJobInfo;
import dev.lambdadesk.core.SigningProfileInfo;
import dev.lambdadesk.ui.common.Refusal;

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

    /** Titles of the checks, as a refusal names them. */
    public static final String INTEGRITY = "Integrity check failed";
    public static final String UNSIGNED = "Unsigned package";
    public static final String UNTRUSTED_PUBLISHER = "Untrusted publisher";
    public static final String EXPIRED = "Signature expired";
    public static final String REVOKED = "Signature revoked";
    public static final String CONFIG_NOT_FOUND = "Code signing configuration not found";
    public static final String VERIFICATION = "Signature check failed";
    public static final String LAYER = "Layer refused";

    /** A layer version ARN in the service's words: Lambda names the layer whose check failed. */
    private static final java.util.regex.Pattern LAYER_VERSION_ARN = java.util.regex.Pattern.compile(
            "arn:aws[a-zA-Z-]*:lambda:[a-z0-9-]+:\\d{12}:layer:[a-zA-Z0-9_-]+:\\d+");

    /**
     * The refusal said precisely when it was a code signing refusal; {@code facts} may be empty (nothing known
     * about the package), and the diagnosis then names the checks without guessing which one failed.
     */
    public static Refusal diagnose(Refusal failed, Optional<Facts> facts, Instant now) {
        String code = failed.errorCode();
        if (code.startsWith("InvalidCodeSignature")) {
            return failed.diagnosed(INTEGRITY, "The package's signature does not match its content: it was "
                    + "changed after it was signed, or the signature is damaged. Lambda refuses this under both "
                    + "policies.", "Sign the original package again and deploy the signed file unchanged.");
        }
        if (code.startsWith("CodeSigningConfigNotFound")) {
            return failed.diagnosed(CONFIG_NOT_FOUND, "The code signing configuration does not exist (any more).",
                    "Choose an existing configuration, or create one under Code signing configs.");
        }
        if (!code.startsWith("CodeVerificationFailed")) {
            return failed;
        }
        java.util.regex.Matcher layer = LAYER_VERSION_ARN.matcher(failed.serviceText());
        if (layer.find()) {
            return failed.diagnosed(LAYER, "The layer " + layer.group() + " failed the configuration's checks: "
                    + "it is unsigned, signed by a publisher the configuration does not trust, or its signature "
                    + "expired or was revoked. The function's own code is not at fault.", "Publish the layer from "
                    + "a package signed with a trusted profile (Layers → Publish version) and use that version.");
        }
        if (facts.isEmpty()) {
            return failed.diagnosed(VERIFICATION, "The function's code signing configuration enforces its checks, "
                    + "and this package failed one: it is unsigned, signed by a publisher the configuration does "
                    + "not trust, or its signature expired or was revoked.", "Sign the package with a profile the "
                    + "configuration trusts (Signing jobs → Sign and deploy) and deploy the signed file.");
        }
        return verification(failed, facts.get(), now);
    }

    private static Refusal verification(Refusal failed, Facts facts, Instant now) {
        String policy = " The configuration's policy is Enforce, so Lambda refused it.";
        if (!facts.pkg().isSigned()) {
            return failed.diagnosed(UNSIGNED, "The package " + facts.pkg().location().uri()
                    + " carries no signature." + policy, "Sign it with a profile the configuration trusts (Sign "
                    + "and deploy), or set the policy to Warn while testing.");
        }
        SigningJobInfo job = facts.job().orElse(facts.pkg().job().orElseThrow());
        String versionArn = job.profileVersionArn();
        if (facts.config().isPresent() && !facts.config().get().allowedPublishers().contains(versionArn)) {
            return failed.diagnosed(UNTRUSTED_PUBLISHER, "It was signed by " + job.profileName()
                    + " (version " + job.profileVersion() + "), which is not among the "
                    + facts.config().get().allowedPublishers().size() + " allowed publishers of "
                    + facts.config().get().id() + "." + policy, "Add " + versionArn + " to the configuration's "
                    + "allowed publishers, or sign the package with a profile it trusts.");
        }
        if (job.signatureExpiresAt().filter(now::isAfter).isPresent()) {
            return failed.diagnosed(EXPIRED, "Its signature expired on "
                    + job.signatureExpiresAt().get() + "." + policy, "Sign the package again to get a signature "
                    + "that is valid now.");
        }
        if (job.revoked()) {
            String why = job.revocation().map(r -> " (\"" + r.reason() + "\")").orElse("");
            return failed.diagnosed(REVOKED, "The signature of signing job " + job.jobId()
                    + " was revoked" + why + "." + policy, "Sign the package again with a new signing job.");
        }
        Optional<SigningProfileInfo.Revocation> profileRevocation = facts.profile()
                .flatMap(SigningProfileInfo::revocation)
                .filter(r -> job.createdAt().map(signed -> !r.effectiveFrom().isAfter(signed)).orElse(true));
        if (profileRevocation.isPresent()) {
            return failed.diagnosed(REVOKED, "Signing profile " + job.profileName() + " was revoked "
                    + "effective " + profileRevocation.get().effectiveFrom() + ", before the package was signed."
                    + policy, "Sign the package again with a profile that is not revoked, and trust that one.");
        }
        return failed.diagnosed(VERIFICATION, "Lambda did not accept the signature of "
                + facts.pkg().location().uri() + "." + policy, "Check that the configuration trusts "
                + versionArn + " and that the signature is neither expired nor revoked.");
    }
}
