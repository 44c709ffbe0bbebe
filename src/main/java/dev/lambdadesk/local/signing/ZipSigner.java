package dev.lambdadesk.local.signing;

import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.zip.ZipException;

import dev.lambdadesk.local.signing.SigningRefusedException.Reason;

/**
 * Signs a zip with the key of a signing profile version: the result is the same zip whose comment is the
 * signature block (any earlier comment is replaced). Stateless and thread-safe.
 */
public final class ZipSigner {

    static final String SIGNATURE_ALGORITHM = "SHA384withECDSA";

    /**
     * Signs {@code zip}. The profile version ARN written into the block is the key's own.
     * Times are truncated to whole milliseconds, as the block stores them.
     *
     * @throws SigningRefusedException when the zip is empty, not a zip, already signed or has no entries
     */
    public byte[] sign(byte[] zip, SigningKeyMaterial key, String profileName, String jobArn, Instant signedAt,
                       Instant expiresAt) throws SigningRefusedException {
        ZipEndRecord end = signableEnd(zip);
        SignatureBlock unsigned = new SignatureBlock(SignatureBlockCodec.ALGORITHM, key.profileVersionArn(),
                profileName, jobArn, Instant.ofEpochMilli(signedAt.toEpochMilli()),
                Instant.ofEpochMilli(expiresAt.toEpochMilli()), end.payloadDigest(zip), "");
        SignatureBlock block = unsigned.withSignature(signatureOver(SignatureBlockCodec.canonicalBytes(unsigned), key));
        byte[] comment = SignatureBlockCodec.encodeComment(block);
        if (comment.length > ZipEndRecord.MAX_COMMENT_LENGTH) {
            throw new IllegalArgumentException("The signature block is " + comment.length
                    + " bytes, more than a zip comment holds (65535); shorten the profile name or ARNs");
        }
        return end.withComment(zip, comment);
    }

    /**
     * Checks that {@code zip} can be signed, without signing it (lets a caller refuse up front).
     *
     * @throws SigningRefusedException with the reason and a message a person understands
     */
    public static void checkSignable(byte[] zip) throws SigningRefusedException {
        signableEnd(zip);
    }

    private static ZipEndRecord signableEnd(byte[] zip) throws SigningRefusedException {
        if (zip == null || zip.length == 0) {
            throw new SigningRefusedException(Reason.EMPTY, "Signing failed: the source file is empty.");
        }
        Optional<ZipEndRecord> found = ZipEndRecord.locate(zip);
        if (found.isEmpty()) {
            throw new SigningRefusedException(Reason.NOT_A_ZIP,
                    "Signing failed: the source file is not a zip file (it has no end-of-central-directory record).");
        }
        ZipEndRecord end = found.get();
        if (SignatureBlockCodec.isSignatureComment(end.comment(zip))) {
            throw new SigningRefusedException(Reason.ALREADY_SIGNED,
                    "Signing failed: the source zip file already has a signature. Sign the original, unsigned package.");
        }
        long entries;
        try {
            entries = CentralDirectory.entryCount(zip, end);
        } catch (ZipException e) {
            throw new SigningRefusedException(Reason.NOT_A_ZIP,
                    "Signing failed: the source zip file is malformed: " + e.getMessage() + ".");
        }
        if (entries == 0) {
            throw new SigningRefusedException(Reason.NO_ENTRIES,
                    "Signing failed: the source zip file has no entries; add the function code and try again.");
        }
        return end;
    }

    private static String signatureOver(byte[] canonical, SigningKeyMaterial key) {
        try {
            Signature ecdsa = Signature.getInstance(SIGNATURE_ALGORITHM);
            ecdsa.initSign(key.privateKey());
            ecdsa.update(canonical);
            return Base64.getEncoder().encodeToString(ecdsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Signing with the key of " + key.profileVersionArn() + " failed", e);
        }
    }
}
