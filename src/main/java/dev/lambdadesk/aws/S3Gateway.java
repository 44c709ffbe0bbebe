package dev.lambdadesk.aws;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.Bucket;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.ObjectVersion;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;

import dev.lambdadesk.core.S3ObjectInfo;

/** S3 calls for the code pickers and sign-and-deploy. Blocking: call it off the FX thread. */
public final class S3Gateway {

    private final AwsClients clients;

    public S3Gateway(AwsClients clients) {
        this.clients = clients;
    }

    public List<String> listBuckets() {
        return clients.s3().listBuckets().buckets().stream().map(Bucket::name).sorted().toList();
    }

    public void createBucket(String name) {
        clients.s3().createBucket(b -> b.bucket(name));
    }

    public boolean isVersioningEnabled(String bucket) {
        return clients.s3().getBucketVersioning(b -> b.bucket(bucket)).status() == BucketVersioningStatus.ENABLED;
    }

    public void enableVersioning(String bucket) {
        clients.s3().putBucketVersioning(b -> b.bucket(bucket)
                .versioningConfiguration(v -> v.status(BucketVersioningStatus.ENABLED)));
    }

    /** The objects of a bucket whose keys end in .zip (all keys when {@code zipsOnly} is false). */
    public List<S3ObjectInfo> listObjects(String bucket, boolean zipsOnly) {
        List<S3ObjectInfo> out = new ArrayList<>();
        for (S3Object o : clients.s3().listObjectsV2Paginator(b -> b.bucket(bucket)).contents()) {
            if (!zipsOnly || o.key().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
                out.add(new S3ObjectInfo(bucket, o.key(), "", o.size(), o.lastModified(), true));
            }
        }
        return out;
    }

    /** Every version of one key, newest first. */
    public List<S3ObjectInfo> listVersions(String bucket, String key) {
        List<S3ObjectInfo> out = new ArrayList<>();
        for (ObjectVersion v : clients.s3().listObjectVersionsPaginator(b -> b.bucket(bucket).prefix(key)).versions()) {
            if (v.key().equals(key)) {
                out.add(new S3ObjectInfo(bucket, v.key(), v.versionId(), v.size(), v.lastModified(),
                        Boolean.TRUE.equals(v.isLatest())));
            }
        }
        out.sort(Comparator.comparing(S3ObjectInfo::lastModified).reversed());
        return out;
    }

    /** Uploads a file and returns where it landed, with its version when the bucket is versioned. */
    public S3ObjectInfo upload(String bucket, String key, Path file) {
        PutObjectResponse r = clients.s3().putObject(b -> b.bucket(bucket).key(key), RequestBody.fromFile(file));
        long size = file.toFile().length();
        return new S3ObjectInfo(bucket, key, r.versionId(), size, java.time.Instant.now(), true);
    }
}
