package dev.lambdadesk.local.lambda;

/** Fetches a deployment package from S3 (Code.S3Bucket / S3Key / S3ObjectVersion) at deploy time. */
@FunctionalInterface
public interface CodeObjectSource {

    /**
     * The object's bytes; Lambda copies them, so later changes to the object do not affect the function.
     *
     * @param versionId the object version, or null for the current one
     * @throws ObjectUnavailable with S3's error code and message when the object cannot be read
     */
    byte[] fetch(String region, String bucket, String key, String versionId) throws ObjectUnavailable;

    /** No S3 at all: every bucket is missing. */
    static CodeObjectSource none() {
        return (region, bucket, key, versionId) -> {
            throw new ObjectUnavailable("NoSuchBucket", "The specified bucket does not exist");
        };
    }

    /** S3's refusal of a GetObject, which Lambda quotes in its own error. */
    final class ObjectUnavailable extends Exception {
        private final String s3ErrorCode;

        public ObjectUnavailable(String s3ErrorCode, String s3Message) {
            super(s3Message, null, false, false);
            this.s3ErrorCode = s3ErrorCode;
        }

        public String s3ErrorCode() {
            return s3ErrorCode;
        }
    }
}
