package dev.lambdadesk.core;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A Signer signing job: what it signed, with which profile version, and what came of it.
 *
 * @param source            the object version that was signed
 * @param signedObject      where the signed package was written (bucket and key), once the job succeeded
 * @param profileVersionArn the profile version that signed, as Lambda reports it for a deployed package
 * @param statusReason      "Signing Succeeded", or why the job failed
 */
public record SigningJobInfo(String jobId, String jobArn, S3Location source, Optional<S3Location> signedObject,
                             String profileName, String profileVersion, String profileVersionArn, String platformId,
                             String platformDisplayName, Status status, String statusReason,
                             Optional<Instant> createdAt, Optional<Instant> completedAt,
                             Optional<Instant> signatureExpiresAt, boolean revoked, Optional<Revocation> revocation,
                             String requestedBy) {

    /** A job's status: InProgress until it ends Succeeded or Failed. */
    public enum Status {
        IN_PROGRESS("InProgress"), SUCCEEDED("Succeeded"), FAILED("Failed");

        private final String wire;

        Status(String wire) {
            this.wire = wire;
        }

        public String wire() {
            return wire;
        }

        public static Status fromWire(String value) {
            for (Status s : values()) {
                if (s.wire.equalsIgnoreCase(value)) {
                    return s;
                }
            }
            return IN_PROGRESS;
        }
    }

    /** An object in S3; {@code version} is empty where none applies (a signed object's location). */
    public record S3Location(String bucket, String key, String version) {
        public S3Location {
            Objects.requireNonNull(bucket, "bucket");
            Objects.requireNonNull(key, "key");
            version = version == null ? "" : version;
        }

        /** "s3://bucket/key". */
        public String uri() {
            return "s3://" + bucket + "/" + key;
        }
    }

    /** Why, when and by whom the job's signature was revoked. */
    public record Revocation(String reason, Instant revokedAt, String revokedBy) {
    }

    public SigningJobInfo {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(status, "status");
        jobArn = jobArn == null ? "" : jobArn;
        profileName = profileName == null ? "" : profileName;
        profileVersion = profileVersion == null ? "" : profileVersion;
        profileVersionArn = profileVersionArn == null ? "" : profileVersionArn;
        platformId = platformId == null ? "" : platformId;
        platformDisplayName = platformDisplayName == null ? platformId : platformDisplayName;
        statusReason = statusReason == null ? "" : statusReason;
        requestedBy = requestedBy == null ? "" : requestedBy;
        signedObject = signedObject == null ? Optional.empty() : signedObject;
        createdAt = createdAt == null ? Optional.empty() : createdAt;
        completedAt = completedAt == null ? Optional.empty() : completedAt;
        signatureExpiresAt = signatureExpiresAt == null ? Optional.empty() : signatureExpiresAt;
        revocation = revocation == null ? Optional.empty() : revocation;
        revoked = revoked || revocation.isPresent();
    }

    /** The first characters of the job id, followed by an ellipsis, as tables show it. */
    public String shortId() {
        return jobId.substring(0, Math.min(8, jobId.length())) + "…";
    }

    public boolean isFinished() {
        return status != Status.IN_PROGRESS;
    }
}
