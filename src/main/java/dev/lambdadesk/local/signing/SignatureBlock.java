package dev.lambdadesk.local.signing;

import java.time.Instant;
import java.util.Objects;

/**
 * The signature block a signed zip carries in its comment. Times are whole epoch milliseconds.
 *
 * @param algorithm         always {@link SignatureBlockCodec#ALGORITHM}
 * @param profileVersionArn the signing profile version whose key made the signature
 * @param profileName       the signing profile's name
 * @param jobArn            the signing job that made the signature
 * @param signedAt          when it was signed
 * @param expiresAt         when the signature stops being valid
 * @param payloadDigest     SHA-384 (lower-case hex) of the zip with the comment stripped and comment length 0
 * @param signature         base64 DER ECDSA signature over {@link SignatureBlockCodec#canonicalBytes}
 */
public record SignatureBlock(String algorithm, String profileVersionArn, String profileName, String jobArn,
                             Instant signedAt, Instant expiresAt, String payloadDigest, String signature) {

    public SignatureBlock {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(profileVersionArn, "profileVersionArn");
        Objects.requireNonNull(profileName, "profileName");
        Objects.requireNonNull(jobArn, "jobArn");
        Objects.requireNonNull(signedAt, "signedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(payloadDigest, "payloadDigest");
        Objects.requireNonNull(signature, "signature");
    }

    /** The same block with another signature (the signer builds the block first, then signs it). */
    SignatureBlock withSignature(String newSignature) {
        return new SignatureBlock(algorithm, profileVersionArn, profileName, jobArn, signedAt, expiresAt,
                payloadDigest, newSignature);
    }
}
