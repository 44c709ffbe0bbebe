package dev.lambdadesk.local.signing;

import java.util.Optional;

/**
 * What {@link SignedZipVerifier} found in a package.
 *
 * @param status what was found
 * @param block  the parsed signature block: present for VALID and DIGEST_MISMATCH (authentic) and for
 *               BAD_SIGNATURE (unauthenticated claims, only for messages); null for UNSIGNED and MALFORMED
 * @param detail what is wrong, for a person; empty for VALID and UNSIGNED
 */
public record SignatureInspection(Status status, SignatureBlock block, String detail) {

    /** The verdict on the signature block alone; policy (publishers, expiry, revocation) comes later. */
    public enum Status {
        /** The zip comment does not start with the signature marker. */
        UNSIGNED,
        /** The marker is there but the block does not parse, misses members or names another algorithm. */
        MALFORMED,
        /** The block is authentic but the package bytes changed after signing. */
        DIGEST_MISMATCH,
        /** The signature does not verify, or no key is known for the named profile version. */
        BAD_SIGNATURE,
        /** Authentic block, unchanged package. */
        VALID;

        /** Whether this is an integrity failure (InvalidCodeSignatureException whatever the policy). */
        public boolean failsIntegrity() {
            return this == MALFORMED || this == DIGEST_MISMATCH || this == BAD_SIGNATURE;
        }
    }

    static SignatureInspection unsigned() {
        return new SignatureInspection(Status.UNSIGNED, null, "");
    }

    static SignatureInspection malformed(String detail) {
        return new SignatureInspection(Status.MALFORMED, null, detail);
    }

    static SignatureInspection digestMismatch(SignatureBlock block) {
        return new SignatureInspection(Status.DIGEST_MISMATCH, block,
                "the package was modified after it was signed (its SHA-384 digest differs from the signed one)");
    }

    static SignatureInspection badSignature(SignatureBlock block, String detail) {
        return new SignatureInspection(Status.BAD_SIGNATURE, block, detail);
    }

    static SignatureInspection valid(SignatureBlock block) {
        return new SignatureInspection(Status.VALID, block, "");
    }

    public boolean isValid() {
        return status == Status.VALID;
    }

    public Optional<SignatureBlock> signatureBlock() {
        return Optional.ofNullable(block);
    }
}
