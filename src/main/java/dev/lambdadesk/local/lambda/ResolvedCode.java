package dev.lambdadesk.local.lambda;

import java.util.Base64;

/**
 * A deployment package ready to store: zip bytes with their SHA-256, or a container image URI.
 *
 * @param zip      the zip bytes, or null for an image
 * @param sha256   the SHA-256 of the zip (or of the image URI)
 * @param imageUri the image URI, or null for a zip
 * @param unzippedSize the bytes the zip inflates to (0 for an image)
 */
record ResolvedCode(byte[] zip, byte[] sha256, String imageUri, long unzippedSize) {

    boolean isImage() {
        return imageUri != null;
    }

    String codeSha256() {
        return Base64.getEncoder().encodeToString(sha256);
    }

    long size() {
        return zip == null ? 0 : zip.length;
    }
}
