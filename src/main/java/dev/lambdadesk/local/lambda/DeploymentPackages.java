package dev.lambdadesk.local.lambda;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.databind.JsonNode;

import dev.lambdadesk.local.http.ApiException;
import dev.lambdadesk.local.store.BlobStore;

/** Reads a request's code (inline zip, S3 object or image URI) and applies Lambda's package limits. */
final class DeploymentPackages {

    static final long MAX_ZIPPED_BYTES = 52_428_800L;
    static final long MAX_UNZIPPED_BYTES = 262_144_000L;

    private final CodeObjectSource objects;

    DeploymentPackages(CodeObjectSource objects) {
        this.objects = objects;
    }

    /** The code named by {@code code} (a FunctionCode, or an UpdateFunctionCode request), checked. */
    ResolvedCode resolve(JsonNode code, String region) {
        if (code.hasNonNull("ZipFile")) {
            return zip(decodeBase64(code.get("ZipFile")), true);
        }
        if (code.hasNonNull("S3Bucket") || code.hasNonNull("S3Key")) {
            return zip(fetch(code, region), false);
        }
        if (code.hasNonNull("ImageUri")) {
            String uri = code.get("ImageUri").asText();
            return new ResolvedCode(null, imageDigest(uri), uri, 0);
        }
        throw LambdaError.INVALID_PARAMETER_VALUE.withMessage("Please provide a source for function code.");
    }

    /**
     * An image's CodeSha256 is its digest in hex, as AWS reports it: the one pinned in the URI, else (no registry
     * to resolve the tag) the SHA-256 of the URI itself.
     */
    static byte[] imageDigest(String uri) {
        int at = uri.indexOf("@sha256:");
        if (at >= 0) {
            try {
                return HexFormat.of().parseHex(uri.substring(at + "@sha256:".length()));
            } catch (IllegalArgumentException e) {
                // not a hex digest: fall back to the URI's own hash
            }
        }
        return BlobStore.sha256(uri.getBytes(StandardCharsets.UTF_8));
    }

    private byte[] fetch(JsonNode code, String region) {
        String bucket = code.path("S3Bucket").asText("");
        String key = code.path("S3Key").asText("");
        String version = code.hasNonNull("S3ObjectVersion") ? code.get("S3ObjectVersion").asText() : null;
        try {
            return objects.fetch(region, bucket, key, version);
        } catch (CodeObjectSource.ObjectUnavailable e) {
            throw LambdaError.INVALID_PARAMETER_VALUE.withMessage("Error occurred while GetObject. S3 Error Code: "
                    + e.s3ErrorCode() + ". S3 Error Message: " + e.getMessage());
        }
    }

    /** The 50 MB zipped limit applies to packages sent in the request; larger ones are deployed from S3. */
    private static ResolvedCode zip(byte[] bytes, boolean direct) {
        if (direct && bytes.length >= MAX_ZIPPED_BYTES) {
            throw LambdaError.REQUEST_ENTITY_TOO_LARGE.withMessage(
                    "Zipped size must be smaller than " + MAX_ZIPPED_BYTES + " bytes");
        }
        long unzipped = unzippedSize(bytes);
        return new ResolvedCode(bytes, BlobStore.sha256(bytes), null, unzipped);
    }

    /**
     * Inflates every entry (counting real bytes, not header claims) to prove the zip is readable and small enough;
     * returns the unzipped size.
     */
    static long unzippedSize(byte[] bytes) {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[1 << 16];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            while (in.getNextEntry() != null) {
                entries++;
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    total += n;
                    if (total >= MAX_UNZIPPED_BYTES) {
                        throw LambdaError.INVALID_PARAMETER_VALUE.withMessage(
                                "Unzipped size must be smaller than " + MAX_UNZIPPED_BYTES + " bytes");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw unreadable();
        }
        if (entries == 0) {
            throw unreadable();
        }
        return total;
    }

    private static ApiException unreadable() {
        return LambdaError.INVALID_PARAMETER_VALUE.withMessage(
                "Could not unzip uploaded file. Please check your file, then try to upload again.");
    }

    private static byte[] decodeBase64(JsonNode node) {
        try {
            byte[] bytes = node.binaryValue();
            if (bytes == null) {
                throw new IllegalArgumentException("ZipFile is not a string");
            }
            return bytes;
        } catch (IOException | IllegalArgumentException e) {
            throw LambdaError.INVALID_REQUEST_CONTENT.withMessage(
                    "Could not parse request body into json: Could not parse payload into json: "
                            + "ZipFile is not valid base64.");
        }
    }
}
