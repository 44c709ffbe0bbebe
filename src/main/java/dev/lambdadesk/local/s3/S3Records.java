package dev.lambdadesk.local.s3;

import java.util.Locale;

import dev.lambdadesk.local.store.RecordType;

/** The record types S3 keeps in the store, and how their keys sort. */
final class S3Records {

    static final RecordType<BucketRecord> BUCKETS = RecordType.of("s3.bucket", BucketRecord.class);
    static final RecordType<ObjectRecord> OBJECTS = RecordType.of("s3.object", ObjectRecord.class);
    static final RecordType<UploadRecord> UPLOADS = RecordType.of("s3.upload", UploadRecord.class);
    static final RecordType<PartRecord> PARTS = RecordType.of("s3.part", PartRecord.class);

    private S3Records() {
    }

    /** The rows of a bucket's objects sort by key, then newest version first. */
    static String bucketPrefix(String bucket) {
        return bucket + "/";
    }

    /** All versions of one key (the NUL keeps "a" apart from "a/b" and "ab"). */
    static String keyPrefix(String bucket, String key) {
        return bucketPrefix(bucket) + key + '\u0000';
    }

    /** The parts of an upload sort by part number. */
    static String partKey(String uploadId, int partNumber) {
        return uploadId + ":" + String.format(Locale.ROOT, "%05d", partNumber);
    }

    static String objectKey(String bucket, String key, long sequence) {
        return keyPrefix(bucket, key) + String.format(Locale.ROOT, "%019d", Long.MAX_VALUE - sequence);
    }
}
