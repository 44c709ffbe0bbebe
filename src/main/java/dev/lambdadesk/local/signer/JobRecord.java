package dev.lambdadesk.local.signer;

/**
 * A signing job as stored. Jobs run to completion inside StartSigningJob, so a stored job is Succeeded or Failed.
 *
 * @param jobId              its UUID
 * @param region             the region it ran in
 * @param clientRequestToken the idempotency token it was started with
 * @param profileName        the signing profile
 * @param profileVersion     the profile's version at the time
 * @param platformId         the profile's platform
 * @param certificateArn     the profile's signing material, or null
 * @param source             the S3 source object version
 * @param destinationBucket  where the signed object goes
 * @param destinationPrefix  the key prefix for it ("" when none)
 * @param signedKey          the signed object's key (null when the job failed)
 * @param status             Succeeded or Failed
 * @param statusReason       why, for a person
 * @param createdAt          epoch millis
 * @param completedAt        epoch millis
 * @param signatureExpiresAt epoch millis (0 when the job failed)
 * @param requestedBy        the caller's IAM principal ARN
 * @param revocation         RevokeSignature's record, or null
 */
record JobRecord(String jobId, String region, String clientRequestToken, String profileName, String profileVersion,
                 String platformId, String certificateArn, Source source, String destinationBucket,
                 String destinationPrefix, String signedKey, String status, String statusReason, long createdAt,
                 long completedAt, long signatureExpiresAt, String requestedBy, Revocation revocation) {

    static final String SUCCEEDED = "Succeeded";
    static final String FAILED = "Failed";

    /** Jobs are kept for good, so the members most jobs share are shared, not copied into each. */
    JobRecord {
        region = shared(region);
        profileName = shared(profileName);
        profileVersion = shared(profileVersion);
        platformId = shared(platformId);
        certificateArn = shared(certificateArn);
        destinationBucket = shared(destinationBucket);
        destinationPrefix = shared(destinationPrefix);
        status = shared(status);
        statusReason = shared(statusReason);
        requestedBy = shared(requestedBy);
    }

    /** The S3 object version that was signed. */
    record Source(String bucketName, String key, String version) {
        Source {
            bucketName = shared(bucketName);
        }
    }

    private static String shared(String value) {
        return value == null ? null : value.intern();
    }

    /** Who revoked the job's signature, when and why. */
    record Revocation(String reason, long revokedAt, String revokedBy) {
    }

    String arn() {
        return SignerArns.job(region, jobId);
    }

    boolean succeeded() {
        return SUCCEEDED.equals(status);
    }

    JobRecord withRevocation(Revocation newRevocation) {
        return new JobRecord(jobId, region, clientRequestToken, profileName, profileVersion, platformId,
                certificateArn, source, destinationBucket, destinationPrefix, signedKey, status, statusReason,
                createdAt, completedAt, signatureExpiresAt, requestedBy, newRevocation);
    }
}
