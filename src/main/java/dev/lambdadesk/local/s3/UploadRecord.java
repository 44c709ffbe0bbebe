package dev.lambdadesk.local.s3;

import java.util.Map;
import java.util.TreeMap;

/**
 * A multipart upload in progress (its parts are {@link PartRecord}s).
 *
 * @param uploadId        its id
 * @param bucket          the bucket
 * @param key             the object key
 * @param initiated       epoch millis
 * @param contentType     the Content-Type of the object to be
 * @param contentEncoding its Content-Encoding, or null
 * @param metadata        its user metadata
 * @param checksumAlgorithm the algorithm named at creation (CRC32, SHA256...), or null
 * @param checksumType    COMPOSITE (a checksum of the parts' checksums) or FULL_OBJECT, or null
 */
record UploadRecord(String uploadId, String bucket, String key, long initiated, String contentType,
                    String contentEncoding, Map<String, String> metadata, String checksumAlgorithm,
                    String checksumType) {

    UploadRecord {
        metadata = metadata == null ? Map.of() : new TreeMap<>(metadata);
    }
}
