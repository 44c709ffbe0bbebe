package dev.lambdadesk.core;

import java.time.Instant;

/**
 * One object (or one version of it) in a bucket.
 *
 * @param versionId the version, or an empty string when the bucket is not versioned
 */
public record S3ObjectInfo(String bucket, String key, String versionId, long size, Instant lastModified,
                           boolean latest) {
    public S3ObjectInfo {
        versionId = versionId == null || "null".equals(versionId) ? "" : versionId;
    }
}
