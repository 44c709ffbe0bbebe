package dev.lambdadesk.local.signing;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

import dev.lambdadesk.local.signing.SignatureBlockCodec.MalformedBlockException;

/**
 * Reads and checks the signature block of a package: is it signed, does the block parse, does the signature
 * verify with the named profile version's key, and are the bytes the ones that were signed. Thread-safe.
 * A profile version ARN with no known key is BAD_SIGNATURE: the block cannot be authenticated, so none of its
 * claims (publisher, job, expiry) may be trusted.
 */
public final class SignedZipVerifier {

    private final SigningKeyLookup keys;

    public SignedZipVerifier(SigningKeyLookup keys) {
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    public SignatureInspection inspect(byte[] zip) {
        Optional<ZipEndRecord> found = ZipEndRecord.locate(zip);
        if (found.isEmpty()) {
            // A damaged end record hides the comment; if the marker is still there, the signed zip was tampered with.
            return ZipEndRecord.tailContains(zip, SignatureBlockCodec.MAGIC_BYTES)
                    ? SignatureInspection.malformed("the zip's end-of-central-directory record is damaged")
                    : SignatureInspection.unsigned();
        }
        ZipEndRecord end = found.get();
        byte[] comment = end.comment(zip);
        if (!SignatureBlockCodec.isSignatureComment(comment)) {
            return SignatureInspection.unsigned();
        }
        SignatureBlock block;
        try {
            block = SignatureBlockCodec.decodeComment(comment);
        } catch (MalformedBlockException e) {
            return SignatureInspection.malformed(e.getMessage());
        }
        Optional<PublicKey> key = keys.publicKeyOf(block.profileVersionArn());
        if (key.isEmpty()) {
            return SignatureInspection.badSignature(block, "no signing profile version "
                    + block.profileVersionArn() + " is known here, so the signature cannot be verified");
        }
        if (!verifies(block, key.get())) {
            return SignatureInspection.badSignature(block, "the signature does not verify with the key of "
                    + block.profileVersionArn() + " (the signature block was changed or signed with another key)");
        }
        if (!end.payloadDigest(zip).equals(block.payloadDigest())) {
            return SignatureInspection.digestMismatch(block);
        }
        return SignatureInspection.valid(block);
    }

    private static boolean verifies(SignatureBlock block, PublicKey key) {
        try {
            Signature ecdsa = Signature.getInstance(ZipSigner.SIGNATURE_ALGORITHM);
            ecdsa.initVerify(key);
            ecdsa.update(SignatureBlockCodec.canonicalBytes(block));
            return ecdsa.verify(Base64.getDecoder().decode(block.signature()));
        } catch (GeneralSecurityException e) {
            // A signature that is not even DER, or a key of another kind, does not verify.
            return false;
        }
    }
}
