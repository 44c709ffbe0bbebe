package dev.lambdadesk.local.s3;

import java.util.Map;
import java.util.TreeMap;

/**
 * One uploaded part of a multipart upload; its bytes live in the blob store.
 *
 * @param uploadId   the upload
 * @param partNumber 1 to 10000
 * @param blob       the hex SHA-256 id of the bytes
 * @param size       the size in bytes
 * @param etag       the quoted MD5 hex of the bytes
 * @param checksums  the part's verified checksums by algorithm (none for parts kept before they were recorded)
 * @param uploadedAt epoch millis
 */
record PartRecord(String uploadId, int partNumber, String blob, long size, String etag, Map<String, String> checksums,
                  long uploadedAt) {

    PartRecord {
        checksums = checksums == null ? Map.of() : new TreeMap<>(checksums);
    }
}
