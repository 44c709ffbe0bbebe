package dev.lambdadesk.local.s3;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HashSet;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import dev.lambdadesk.local.store.BlobStore;
import dev.lambdadesk.local.store.DurableStore;
import dev.lambdadesk.local.store.StagedBlob;
import dev.lambdadesk.local.store.Table;
import dev.lambdadesk.local.store.Transaction;

/**
 * S3's buckets and object versions: the state behind the S3 operations, also used by Signer (to read a source
 * version and write the signed object) and by Lambda (to read code at deploy time). Refusals are thrown as
 * {@link dev.lambdadesk.local.http.ApiException}s with S3's codes and messages.
 */
public final class S3Storage {

    /** The largest object accepted (the Lambda platform's signing limit; S3 itself allows 5 GB in one PUT). */
    public static final long MAX_OBJECT_BYTES = 262_144_000L;

    private static final Pattern BUCKET_NAME = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
    private static final Pattern IP_ADDRESS = Pattern.compile("\\d+\\.\\d+\\.\\d+\\.\\d+");
    private static final String VERSION_CHARACTERS =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._";

    /** What a new object carries besides its bytes. */
    public record ObjectContent(String contentType, String contentEncoding, Map<String, String> checksums,
                                Map<String, String> metadata) {

        public static ObjectContent of(String contentType) {
            return new ObjectContent(contentType, null, Map.of(), Map.of());
        }
    }

    /** What a DeleteObject did: the version it removed or the delete marker it made. */
    public record Deletion(String versionId, boolean deleteMarker) {
    }

    private final DurableStore store;
    private final Table<BucketRecord> buckets;
    private final Table<ObjectRecord> objects;
    private final BlobStore blobs;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public S3Storage(DurableStore store, BlobStore blobs, Clock clock) {
        this.store = store;
        this.buckets = store.table(S3Records.BUCKETS);
        this.objects = store.table(S3Records.OBJECTS);
        this.blobs = blobs;
        this.clock = clock;
    }

    public Optional<BucketRecord> bucket(String name) {
        return buckets.get(name);
    }

    public BucketRecord requireBucket(String name) {
        return buckets.get(name).orElseThrow(() -> S3Error.NO_SUCH_BUCKET.with("BucketName", name));
    }

    NavigableMap<String, BucketRecord> allBuckets() {
        return buckets.all();
    }

    /** Creates the bucket; the existing record when this region owns it already and may re-create it. */
    BucketRecord createBucket(String name, String region, boolean recreateAllowed) {
        if (!BUCKET_NAME.matcher(name).matches() || name.contains("..") || IP_ADDRESS.matcher(name).matches()) {
            throw S3Error.INVALID_BUCKET_NAME.with("BucketName", name);
        }
        return store.write(tx -> {
            Optional<BucketRecord> existing = tx.get(S3Records.BUCKETS, name);
            if (existing.isPresent()) {
                if (recreateAllowed && existing.get().region().equals(region)) {
                    return existing.get();
                }
                throw S3Error.BUCKET_ALREADY_OWNED_BY_YOU.with("BucketName", name);
            }
            BucketRecord bucket = new BucketRecord(name, region, clock.millis(), null);
            tx.put(S3Records.BUCKETS, name, bucket);
            return bucket;
        });
    }

    void deleteBucket(String name) {
        store.write(tx -> {
            BucketRecord bucket = tx.get(S3Records.BUCKETS, name)
                    .orElseThrow(() -> S3Error.NO_SUCH_BUCKET.with("BucketName", name));
            if (!objects.withPrefix(S3Records.bucketPrefix(name)).isEmpty()) {
                throw bucket.versioning() == null ? S3Error.BUCKET_NOT_EMPTY.with("BucketName", name)
                        : S3Error.BUCKET_NOT_EMPTY.withMessage("The bucket you tried to delete is not empty. You "
                        + "must delete all versions in the bucket.");
            }
            tx.delete(S3Records.BUCKETS, name);
            return null;
        });
    }

    void setVersioning(String name, String status) {
        store.write(tx -> {
            BucketRecord bucket = tx.get(S3Records.BUCKETS, name)
                    .orElseThrow(() -> S3Error.NO_SUCH_BUCKET.with("BucketName", name));
            tx.put(S3Records.BUCKETS, name, bucket.withVersioning(status));
            return null;
        });
    }

    /** Stores a new version (or replaces the null version when versioning is not enabled). */
    public ObjectRecord put(String bucket, String key, byte[] bytes, ObjectContent content) throws IOException {
        return put(bucket, key, bytes, content, ObjectChecksums.etag(bytes));
    }

    /** Stores a new version whose ETag is given (a completed multipart upload's). */
    ObjectRecord put(String bucket, String key, byte[] bytes, ObjectContent content, String etag)
            throws IOException {
        requireBucket(bucket);
        StagedBlob blob = blobs.stage(bytes, BlobStore.sha256(bytes));
        Map<String, String> checksums = content.checksums().isEmpty() ? ObjectChecksums.computed(bytes)
                : content.checksums();
        return store.write(tx -> {
            BucketRecord target = tx.get(S3Records.BUCKETS, bucket)
                    .orElseThrow(() -> S3Error.NO_SUCH_BUCKET.with("BucketName", bucket));
            String versionId = target.versioningEnabled() ? newVersionId() : ObjectRecord.NULL_VERSION;
            ObjectRecord record = new ObjectRecord(bucket, key, versionId, nextSequence(bucket, key), false, blob.id(),
                    bytes.length, etag, clock.millis(), content.contentType(), content.contentEncoding(), checksums,
                    content.metadata());
            if (!target.versioningEnabled()) {
                removeNullVersion(tx, bucket, key);
            }
            tx.put(S3Records.OBJECTS, S3Records.objectKey(bucket, key, record.sequence()), record);
            tx.attach(blob);
            return record;
        });
    }

    /** The current version of a key, or the given version; delete markers are not found. */
    public ObjectRecord find(String bucket, String key, String versionId) {
        requireBucket(bucket);
        NavigableMap<String, ObjectRecord> versions = objects.withPrefix(S3Records.keyPrefix(bucket, key));
        if (versionId == null) {
            ObjectRecord newest = versions.isEmpty() ? null : versions.firstEntry().getValue();
            if (newest == null || newest.deleteMarker()) {
                throw S3Error.NO_SUCH_KEY.with("Key", key);
            }
            return newest;
        }
        ObjectRecord version = versions.values().stream().filter(v -> v.versionId().equals(versionId)).findFirst()
                .orElseThrow(() -> S3Error.NO_SUCH_VERSION.with("Key", key, "VersionId", versionId));
        if (version.deleteMarker()) {
            throw S3Error.METHOD_NOT_ALLOWED.with("Method", "GET", "ResourceType", "DeleteMarker");
        }
        return version;
    }

    long now() {
        return clock.millis();
    }

    BlobStore blobs() {
        return blobs;
    }

    DurableStore store() {
        return store;
    }

    public byte[] read(ObjectRecord object) throws IOException {
        return blobs.read(object.blob()).orElseThrow(() -> new IOException("The bytes of " + object.bucket() + "/"
                + object.key() + " (version " + object.versionId() + ") are missing from the blob store"));
    }

    /** DeleteObject: removes a version, or (without a version id on a versioned bucket) adds a delete marker. */
    Deletion delete(String bucket, String key, String versionId) {
        return store.write(tx -> {
            BucketRecord target = tx.get(S3Records.BUCKETS, bucket)
                    .orElseThrow(() -> S3Error.NO_SUCH_BUCKET.with("BucketName", bucket));
            if (versionId != null) {
                for (Map.Entry<String, ObjectRecord> row : objects.withPrefix(S3Records.keyPrefix(bucket, key))
                        .entrySet()) {
                    if (row.getValue().versionId().equals(versionId)) {
                        tx.delete(S3Records.OBJECTS, row.getKey());
                        return new Deletion(versionId, row.getValue().deleteMarker());
                    }
                }
                return new Deletion(versionId, false);
            }
            if (target.versioning() == null) {
                removeNullVersion(tx, bucket, key);
                return new Deletion(null, false);
            }
            String markerVersion = target.versioningEnabled() ? newVersionId() : ObjectRecord.NULL_VERSION;
            if (!target.versioningEnabled()) {
                removeNullVersion(tx, bucket, key);
            }
            long sequence = nextSequence(bucket, key);
            tx.put(S3Records.OBJECTS, S3Records.objectKey(bucket, key, sequence), new ObjectRecord(bucket, key,
                    markerVersion, sequence, true, null, 0, null, clock.millis(), null, null, Map.of(), Map.of()));
            return new Deletion(markerVersion, true);
        });
    }

    /** Every version and delete marker of a bucket, by key, newest first within a key. */
    NavigableMap<String, ObjectRecord> versionsOf(String bucket) {
        return objects.withPrefix(S3Records.bucketPrefix(bucket));
    }

    Set<String> referencedBlobs() {
        Set<String> referenced = new HashSet<>();
        objects.all().values().forEach(o -> {
            if (o.blob() != null) {
                referenced.add(o.blob());
            }
        });
        return referenced;
    }

    private long nextSequence(String bucket, String key) {
        NavigableMap<String, ObjectRecord> versions = objects.withPrefix(S3Records.keyPrefix(bucket, key));
        return versions.isEmpty() ? 1 : versions.firstEntry().getValue().sequence() + 1;
    }

    private void removeNullVersion(Transaction tx, String bucket, String key) {
        objects.withPrefix(S3Records.keyPrefix(bucket, key)).forEach((rowKey, version) -> {
            if (version.isNullVersion()) {
                tx.delete(S3Records.OBJECTS, rowKey);
            }
        });
    }

    private String newVersionId() {
        StringBuilder id = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            id.append(VERSION_CHARACTERS.charAt(random.nextInt(VERSION_CHARACTERS.length())));
        }
        return id.toString();
    }
}
