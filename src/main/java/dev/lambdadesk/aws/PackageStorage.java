package dev.lambdadesk.aws;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.signer.model.SigningJob;
import software.amazon.awssdk.services.signer.model.SigningStatus;

/**
 * S3 and Signer calls for packaging SAM applications: content-addressed uploads, and signing jobs run to the end
 * (or found again when the same object version was signed with the same profile before). Blocking. Failures come
 * as {@link AwsCallFailed}.
 */
public final class PackageStorage {

    /** An object version: {@code version} is empty in a bucket without versioning. */
    public record StoredObject(String bucket, String key, String version) {
    }

    private static final Duration SIGNING_POLL = Duration.ofMillis(250);
    private static final Duration SIGNING_TIMEOUT = Duration.ofMinutes(10);

    private final AwsClients clients;
    private final AwsErrorExplainer explainer;

    public PackageStorage(AwsClients clients, AwsErrorExplainer explainer) {
        this.clients = clients;
        this.explainer = explainer;
    }

    public boolean isVersioned(String bucket) {
        return call(() -> new S3Gateway(clients).isVersioningEnabled(bucket));
    }

    /** The current version of an object, when it exists. */
    public Optional<StoredObject> find(String bucket, String key) {
        return call(() -> {
            try {
                String version = clients.s3().headObject(b -> b.bucket(bucket).key(key)).versionId();
                return Optional.of(new StoredObject(bucket, key, version == null ? "" : version));
            } catch (NoSuchKeyException e) {
                return Optional.empty();
            } catch (S3Exception e) {
                if (e.statusCode() == 404) {
                    return Optional.empty();
                }
                throw e;
            }
        });
    }

    public StoredObject put(String bucket, String key, byte[] bytes) {
        return call(() -> {
            String version = clients.s3().putObject(b -> b.bucket(bucket).key(key), RequestBody.fromBytes(bytes))
                    .versionId();
            return new StoredObject(bucket, key, version == null ? "" : version);
        });
    }

    public byte[] get(String bucket, String key, Optional<String> version) {
        return call(() -> clients.s3().getObjectAsBytes(b -> b.bucket(bucket).key(key)
                .versionId(version.orElse(null))).asByteArray());
    }

    /** The key of an earlier successful signing of exactly this object version with this profile. */
    public Optional<String> signedBefore(StoredObject source, String profileName) {
        return call(() -> {
            for (SigningJob job : clients.signer().listSigningJobsPaginator(b -> b.status(SigningStatus.SUCCEEDED))
                    .stream().flatMap(page -> page.jobs().stream()).toList()) {
                if (job.source() != null && job.source().s3() != null && job.signedObject() != null
                        && source.bucket().equals(job.source().s3().bucketName())
                        && source.key().equals(job.source().s3().key())
                        && source.version().equals(job.source().s3().version())
                        && profileName.equals(job.profileName()) && !Boolean.TRUE.equals(job.isRevoked())) {
                    return Optional.of(job.signedObject().s3().key());
                }
            }
            return Optional.empty();
        });
    }

    /**
     * Signs an object version as {@code sam package} does and waits for the job: the signed object goes under
     * {@code destinationPrefix}. Returns its key; a failed job throws with Signer's reason.
     */
    public String sign(StoredObject source, String destinationPrefix, String profileName, Optional<String> owner)
            throws InterruptedException {
        String jobId = call(() -> clients.signer().startSigningJob(b -> b.profileName(profileName)
                .profileOwner(owner.orElse(null))
                .source(s -> s.s3(s3 -> s3.bucketName(source.bucket()).key(source.key()).version(source.version())))
                .destination(d -> d.s3(s3 -> s3.bucketName(source.bucket()).prefix(destinationPrefix)))).jobId());
        long deadline = System.nanoTime() + SIGNING_TIMEOUT.toNanos();
        while (true) {
            SigningJobInfoLite job = call(() -> {
                var j = clients.signer().describeSigningJob(b -> b.jobId(jobId));
                return new SigningJobInfoLite(j.statusAsString(), j.statusReason(),
                        j.signedObject() == null || j.signedObject().s3() == null ? null : j.signedObject().s3().key());
            });
            if ("Succeeded".equals(job.status())) {
                return job.signedKey();
            }
            if ("Failed".equals(job.status())) {
                throw new AwsCallFailed(new AwsProblem(AwsProblem.Kind.CODE_SIGNING, "SigningJobFailed",
                        "Signing job " + jobId + " failed: " + job.reason(), job.reason() == null ? "" : job.reason(),
                        java.util.List.of()));
            }
            if (System.nanoTime() > deadline) {
                throw new AwsCallFailed(new AwsProblem(AwsProblem.Kind.OTHER, "", "Signing job " + jobId
                        + " did not finish within " + SIGNING_TIMEOUT.toMinutes() + " minutes.", "", java.util.List.of()));
            }
            Thread.sleep(SIGNING_POLL.toMillis());
        }
    }

    private record SigningJobInfoLite(String status, String reason, String signedKey) {
    }

    private <T> T call(Supplier<T> call) {
        try {
            return call.get();
        } catch (SdkException e) {
            throw new AwsCallFailed(explainer.explain(e));
        }
    }
}
