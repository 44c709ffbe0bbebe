package dev.lambdadesk.local.lambda;

import java.util.Base64;
import java.util.HexFormat;

/**
 * A deployment package ready to store: zip bytes with their SHA-256, or a container image URI.
 *
 * @param zip      the zip bytes, or null for an image
 * @param sha256   the SHA-256 of the zip, or the image's digest
 * @param imageUri the image URI, or null for a zip
 * @param unzippedSize the bytes the zip inflates to (0 for an image)
 */
record ResolvedCode(byte[] zip, byte[] sha256, String imageUri, long unzippedSize) {

    boolean isImage() {
        return imageUri != null;
    }

    /** CodeSha256 as AWS reports it: base64 for a zip, hex for an image. */
    String codeSha256() {
        return isImage() ? HexFormat.of().formatHex(sha256) : Base64.getEncoder().encodeToString(sha256);
    }

    long size() {
        return zip == null ? 0 : zip.length;
    }
}
