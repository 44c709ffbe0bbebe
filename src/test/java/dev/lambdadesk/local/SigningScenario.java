package dev.lambdadesk.local;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.lambda.model.CodeSigningPolicy;
import software.amazon.awssdk.services.lambda.model.CreateFunctionRequest;
import software.amazon.awssdk.services.lambda.model.Runtime;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.signer.model.DescribeSigningJobResponse;
import software.amazon.awssdk.services.signer.model.PutSigningProfileResponse;
import software.amazon.awssdk.services.signer.model.ValidityType;

/** The steps of the code signing flow through the SDK clients, as a team runs them (sam package --signing-profiles). */
final class SigningScenario {

    static final String PLATFORM = "AWSLambda-SHA384-ECDSA";
    static final String ROLE = LocalEndpointFixture.ROLE;

    private final ServiceClients clients;

    SigningScenario(ServiceClients clients) {
        this.clients = clients;
    }

    /** Creates a bucket with versioning enabled. */
    void versionedBucket(String bucket) {
        clients.s3.createBucket(b -> b.bucket(bucket));
        clients.s3.putBucketVersioning(b -> b.bucket(bucket).versioningConfiguration(v -> v
                .status(BucketVersioningStatus.ENABLED)));
    }

    /** Uploads bytes and returns the new object version. */
    String upload(String bucket, String key, byte[] bytes) {
        return clients.s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromBytes(bytes)).versionId();
    }

    PutSigningProfileResponse profile(String name) {
        return clients.signer.putSigningProfile(r -> r.profileName(name).platformId(PLATFORM));
    }

    PutSigningProfileResponse profile(String name, int validityDays) {
        return clients.signer.putSigningProfile(r -> r.profileName(name).platformId(PLATFORM)
                .signatureValidityPeriod(p -> p.value(validityDays).type(ValidityType.DAYS)));
    }

    /** Starts a signing job for one object version (signed object to {@code signed/} in the same bucket). */
    String startJob(String profile, String bucket, String key, String version) {
        return clients.signer.startSigningJob(r -> r.profileName(profile)
                .source(s -> s.s3(s3 -> s3.bucketName(bucket).key(key).version(version)))
                .destination(d -> d.s3(s3 -> s3.bucketName(bucket).prefix("signed/")))).jobId();
    }

    /** Uploads a package, signs it and waits for the job; returns the finished job. */
    DescribeSigningJobResponse sign(String profile, String bucket, String key, byte[] zip) {
        String version = upload(bucket, key, zip);
        String jobId = startJob(profile, bucket, key, version);
        return clients.signer.waiter().waitUntilSuccessfulSigningJob(r -> r.jobId(jobId)).matched().response()
                .orElseThrow();
    }

    byte[] signedBytes(DescribeSigningJobResponse job) {
        return clients.s3.getObjectAsBytes(b -> b.bucket(job.signedObject().s3().bucketName())
                .key(job.signedObject().s3().key())).asByteArray();
    }

    String codeSigningConfig(CodeSigningPolicy policy, String... allowedProfileVersionArns) {
        return clients.lambda.createCodeSigningConfig(r -> r
                .allowedPublishers(p -> p.signingProfileVersionArns(allowedProfileVersionArns))
                .codeSigningPolicies(p -> p.untrustedArtifactOnDeployment(policy)))
                .codeSigningConfig().codeSigningConfigArn();
    }

    /** A CreateFunction request for a Python zip function deployed from an S3 object. */
    static CreateFunctionRequest.Builder functionFromS3(String name, String bucket, String key) {
        return CreateFunctionRequest.builder().functionName(name).runtime(Runtime.PYTHON3_12)
                .handler("app.handler").role(ROLE).code(c -> c.s3Bucket(bucket).s3Key(key));
    }

    /** A zip's comment (where a signed package keeps its signature block), read from its end record. */
    static String commentOf(byte[] zip) {
        ByteBuffer buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int end = zip.length - 22;
        while (buffer.getInt(end) != 0x06054b50) {
            end--;
        }
        int length = buffer.getShort(end + 20) & 0xffff;
        return new String(zip, end + 22, length, StandardCharsets.UTF_8);
    }

    /** The same entries written again with another zip comment (with a signed one's: a tampered package). */
    static byte[] withComment(byte[] zip, String comment) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> entry : entries(zip).entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
            out.setComment(comment);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The entries of a zip, read with the JDK's zip reader. */
    static Map<String, String> entries(byte[] zip) {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }
}
