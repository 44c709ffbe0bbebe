package dev.lambdadesk.local.s3;

import java.util.Map;
import java.util.TreeMap;

/**
 * One version of an object (or a delete marker) as stored; its bytes live in the blob store.
 *
 * @param bucket          the bucket
 * @param key             the object key
 * @param versionId       the version id, {@code null} (the text) for the null version
 * @param sequence        orders the versions of one key, newest highest
 * @param deleteMarker    whether this version is a delete marker (no bytes)
 * @param blob            the hex SHA-256 id of the bytes in the blob store (null for a delete marker)
 * @param size            the size in bytes
 * @param etag            the quoted MD5 hex of the bytes
 * @param lastModified    epoch millis
 * @param contentType     the Content-Type to serve
 * @param contentEncoding the stored Content-Encoding (without aws-chunked), or null
 * @param checksums       verified full-object checksums by algorithm name (CRC32, CRC32C, SHA1, SHA256, CRC64NVME)
 * @param metadata        user metadata (x-amz-meta-* without the prefix)
 */
public record ObjectRecord(String bucket, String key, String versionId, long sequence, boolean deleteMarker,
                           String blob, long size, String etag, long lastModified, String contentType,
                           String contentEncoding, Map<String, String> checksums, Map<String, String> metadata) {

    public static final String NULL_VERSION = "null";

    public ObjectRecord {
        checksums = checksums == null ? Map.of() : new TreeMap<>(checksums);
        metadata = metadata == null ? Map.of() : new TreeMap<>(metadata);
    }

    public boolean isNullVersion() {
        return NULL_VERSION.equals(versionId);
    }
}
