package dev.lambdadesk.local.signer;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.lambdadesk.local.http.ApiException;
import dev.lambdadesk.local.s3.BucketRecord;
import dev.lambdadesk.local.s3.ObjectRecord;
import dev.lambdadesk.local.s3.S3Storage;
import dev.lambdadesk.local.signing.SigningKeyMaterial;
import dev.lambdadesk.local.signing.SigningRefusedException;
import dev.lambdadesk.local.signing.ZipSigner;

/**
 * Runs one signing job to its end: reads the source object version from S3, signs it with the profile version's
 * key and writes the signed zip to {@code destination prefix + jobId + ".zip"}. Every problem with the source or
 * the destination ends the job Failed with a reason a person can act on.
 */
final class SigningJobRunner {

    private static final Logger LOG = Logger.getLogger(SigningJobRunner.class.getName());
    static final String SUCCEEDED_REASON = "Signing Succeeded";

    /** What a job came to. */
    record Outcome(boolean succeeded, String reason, String signedKey, long expiresAt) {
        static Outcome failed(String reason) {
            return new Outcome(false, reason, null, 0);
        }
    }

    private final S3Storage s3;
    private final ZipSigner signer = new ZipSigner();

    SigningJobRunner(S3Storage s3) {
        this.s3 = s3;
    }

    Outcome run(ProfileRecord profile, SigningKeyMaterial key, JobRecord.Source source, String destinationBucket,
                String prefix, String jobArn, String jobId, Instant now) {
        try {
            byte[] bytes = readSource(source, SigningPlatforms.find(profile.platformId()).orElseThrow().maxSizeInMB());
            if (s3.bucket(destinationBucket).isEmpty()) {
                return Outcome.failed("Signing failed: the destination bucket " + destinationBucket
                        + " does not exist. Create it, or choose another destination bucket.");
            }
            Instant expires = expiry(now, profile.validityValue(), profile.validityType());
            byte[] signed = signer.sign(bytes, key, profile.name(), jobArn, now, expires);
            String signedKey = prefix + jobId + ".zip";
            s3.put(destinationBucket, signedKey, signed, S3Storage.ObjectContent.of("application/zip"));
            return new Outcome(true, SUCCEEDED_REASON, signedKey, expires.toEpochMilli());
        } catch (SourceProblem e) {
            return Outcome.failed(e.getMessage());
        } catch (SigningRefusedException e) {
            return Outcome.failed(e.getMessage());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Signing job " + jobId + " failed unexpectedly", e);
            return Outcome.failed("Signing failed: the local endpoint could not read or write the objects of this "
                    + "job. See the endpoint's log.");
        }
    }

    private byte[] readSource(JobRecord.Source source, int maxSizeInMb) throws SourceProblem, IOException {
        String bucketName = source.bucketName();
        BucketRecord bucket = s3.bucket(bucketName).orElseThrow(() -> new SourceProblem("Signing failed: the source "
                + "bucket " + bucketName + " does not exist."));
        if (!bucket.versioningEnabled()) {
            throw new SourceProblem("Signing failed: versioning is not enabled on the source bucket " + bucketName
                    + ". Signer signs one version of an object: enable versioning on the bucket, upload the package "
                    + "again and give its version ID.");
        }
        ObjectRecord object;
        try {
            object = s3.find(bucketName, source.key(), source.version());
        } catch (ApiException e) {
            throw new SourceProblem("Signing failed: version " + source.version() + " of " + source.key()
                    + " does not exist in bucket " + bucketName + " (S3 answered " + e.code() + ").");
        }
        if (object.size() > maxSizeInMb * 1024L * 1024L) {
            throw new SourceProblem("Signing failed: the source object is " + object.size() + " bytes, more than "
                    + "the platform's limit of " + maxSizeInMb + " MB.");
        }
        return s3.read(object);
    }

    /** The end of a signature's validity: the signing time plus the profile's period, in calendar terms. */
    static Instant expiry(Instant signedAt, int value, String type) {
        ZonedDateTime start = signedAt.atZone(ZoneOffset.UTC);
        return switch (type) {
            case "DAYS" -> start.plusDays(value).toInstant();
            case "YEARS" -> start.plusYears(value).toInstant();
            default -> start.plusMonths(value).toInstant();
        };
    }

    /** The source cannot be signed; the message is the job's statusReason. */
    private static final class SourceProblem extends Exception {
        SourceProblem(String message) {
            super(message, null, false, false);
        }
    }
}
