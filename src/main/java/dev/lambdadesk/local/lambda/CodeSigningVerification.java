package dev.lambdadesk.local.lambda;

import java.util.logging.Logger;

import dev.lambdadesk.local.signing.CodeSigningPolicy;
import dev.lambdadesk.local.signing.DeploymentSignatureCheck;
import dev.lambdadesk.local.signing.DeploymentVerdict;
import dev.lambdadesk.local.signing.SignatureInspection;
import dev.lambdadesk.local.signing.SignedZipVerifier;

/**
 * Lambda's code signing checks on deploy, in the order of the signing library's {@link DeploymentSignatureCheck}:
 * integrity (InvalidCodeSignatureException whatever the policy), then signature present, allowed publisher,
 * expiry and revocation (CodeVerificationFailedException under Enforce, a logged warning under Warn).
 */
final class CodeSigningVerification {

    private static final Logger LOG = Logger.getLogger(CodeSigningVerification.class.getName());

    private final SignedZipVerifier verifier;
    private final DeploymentSignatureCheck check;

    CodeSigningVerification(SignedZipVerifier verifier, DeploymentSignatureCheck check) {
        this.verifier = verifier;
        this.check = check;
    }

    /** What the package's signature block says, before any policy (a layer records its signer from it). */
    SignatureInspection inspect(byte[] zip) {
        return verifier.inspect(zip);
    }

    /** The verdict on a package that deploys; a refusal is thrown in Lambda's error shape. */
    DeploymentVerdict verify(byte[] zip, CodeSigningConfigRecord config, String functionArn) {
        CodeSigningPolicy policy = CodeSigningPolicy.fromApiValue(config.untrustedArtifactPolicy())
                .orElse(CodeSigningPolicy.WARN);
        DeploymentVerdict verdict = check.check(verifier.inspect(zip), config.allowedPublishers(), policy,
                functionArn);
        switch (verdict.outcome()) {
            case REFUSED_INTEGRITY -> {
                LOG.info(() -> "Refused the deployment of " + functionArn + ": " + verdict.reason());
                throw LambdaError.INVALID_CODE_SIGNATURE.withMessage(verdict.message());
            }
            case REFUSED_VERIFICATION -> {
                LOG.info(() -> "Refused the deployment of " + functionArn + ": " + verdict.reason());
                throw LambdaError.CODE_VERIFICATION_FAILED.withMessage(verdict.message());
            }
            case ACCEPTED_WITH_WARNING -> LOG.info(() -> "Deployed " + functionArn + " with a code signing warning ("
                    + verdict.failure() + "): " + verdict.reason());
            case ACCEPTED -> LOG.fine(() -> "Deployed " + functionArn + " signed by "
                    + verdict.signingProfileVersionArn());
        }
        return verdict;
    }
}
