package dev.lambdadesk.local.lambda;

import java.util.Objects;

/**
 * What a {@link CodeSigningCheck} found in a package.
 *
 * @param outcome                  the finding
 * @param detail                   why, for the log
 * @param signingProfileVersionArn the signer's profile version, when the package is signed (else null)
 * @param signingJobArn            the signing job, when the package is signed (else null)
 */
public record SigningVerdict(Outcome outcome, String detail, String signingProfileVersionArn, String signingJobArn) {

    /** The checks Lambda documents for code signing. */
    public enum Outcome {
        /** Signed by an allowed publisher, unexpired, unrevoked and intact. */
        TRUSTED,
        /** Unsigned, or signed by a profile the config does not allow (policy-controlled). */
        MISMATCH,
        /** The signature has expired (policy-controlled). */
        EXPIRED,
        /** The signing job or profile version was revoked (policy-controlled). */
        REVOKED,
        /** The package changed after signing or the signature is unreadable: always refused. */
        INTEGRITY_FAILURE
    }

    public SigningVerdict {
        Objects.requireNonNull(outcome, "outcome");
    }

    public static SigningVerdict trusted(String signingProfileVersionArn, String signingJobArn) {
        return new SigningVerdict(Outcome.TRUSTED, "", signingProfileVersionArn, signingJobArn);
    }

    public static SigningVerdict mismatch(String detail) {
        return new SigningVerdict(Outcome.MISMATCH, detail, null, null);
    }

    public boolean policyControlled() {
        return outcome == Outcome.MISMATCH || outcome == Outcome.EXPIRED || outcome == Outcome.REVOKED;
    }
}
