package dev.lambdadesk.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.services.lambda.model.CodeSigningPolicy;
import software.amazon.awssdk.services.lambda.model.CodeVerificationFailedException;
import software.amazon.awssdk.services.lambda.model.CreateFunctionResponse;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;
import software.amazon.awssdk.services.lambda.model.InvalidParameterValueException;
import software.amazon.awssdk.services.lambda.model.State;
import software.amazon.awssdk.services.lambda.model.UpdateFunctionCodeResponse;
import software.amazon.awssdk.services.s3.model.ChecksumMode;
import software.amazon.awssdk.services.signer.model.DescribeSigningJobResponse;
import software.amazon.awssdk.services.signer.model.PutSigningProfileResponse;
import software.amazon.awssdk.services.signer.model.SigningStatus;

import dev.lambdadesk.local.store.BlobStore;

/**
 * The whole code signing flow through the real SDK clients: versioned bucket, upload, signing profile, signing
 * job (the SDK's waiter), signed object, code signing config under Enforce, CreateFunction from S3, Active with
 * the signer's ARNs in the configuration.
 */
class SigningFlowTest {

    @TempDir
    static Path dataDir;
    static LocalEndpointFixture fixture;
    static ServiceClients clients;
    static SigningScenario scenario;

    @BeforeAll
    static void start() throws IOException {
        fixture = LocalEndpointFixture.start(dataDir);
        clients = new ServiceClients(fixture.endpoint);
        scenario = new SigningScenario(clients);
        scenario.versionedBucket("flow-code");
    }

    @AfterAll
    static void stop() {
        clients.close();
        fixture.close();
    }

    @Test
    void aSignedPackageFromS3DeploysUnderEnforceAndReportsItsSigner() throws IOException {
        byte[] zip = TestZips.handler("'signed flow'");
        String version = scenario.upload("flow-code", "app.zip", zip);
        PutSigningProfileResponse profile = scenario.profile("flow_profile");
        long started = System.nanoTime();

        String jobId = scenario.startJob("flow_profile", "flow-code", "app.zip", version);
        DescribeSigningJobResponse job = clients.signer.waiter().waitUntilSuccessfulSigningJob(r -> r.jobId(jobId))
                .matched().response().orElseThrow();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        assertThat(profile.profileVersion()).matches("[A-Za-z0-9]{10}");
        assertThat(profile.arn()).isEqualTo("arn:aws:signer:us-east-1:000000000000:/signing-profiles/flow_profile");
        assertThat(profile.profileVersionArn()).isEqualTo(profile.arn() + "/" + profile.profileVersion());
        assertThat(job.status()).isEqualTo(SigningStatus.SUCCEEDED);
        assertThat(job.statusReason()).isEqualTo("Signing Succeeded");
        assertThat(job.platformDisplayName()).isEqualTo("AWS Lambda");
        assertThat(job.profileVersion()).isEqualTo(profile.profileVersion());
        assertThat(job.signedObject().s3().bucketName()).isEqualTo("flow-code");
        assertThat(job.signedObject().s3().key()).isEqualTo("signed/" + jobId + ".zip");
        assertThat(job.jobOwner()).isEqualTo("000000000000");
        assertThat(job.signatureExpiresAt()).isEqualTo(job.createdAt().atZone(ZoneOffset.UTC).plusMonths(135)
                .toInstant());

        byte[] signed = scenario.signedBytes(job);
        assertThat(SigningScenario.entries(signed)).isEqualTo(SigningScenario.entries(zip));
        assertThat(clients.s3.getObject(b -> b.bucket("flow-code").key(job.signedObject().s3().key())
                .checksumMode(ChecksumMode.ENABLED), ResponseTransformer.toBytes()).response().checksumCRC32())
                .as("the SDK validated the signed object's checksum").isNotBlank();
        Path file = Files.write(dataDir.resolve("signed.zip"), signed);
        try (ZipFile opened = new ZipFile(file.toFile())) {
            assertThat(opened.getComment()).startsWith("LAMBDADESK-SIGNATURE-V1\n");
            assertThat(opened.getEntry("app.py")).isNotNull();
        }

        String csc = scenario.codeSigningConfig(CodeSigningPolicy.ENFORCE, profile.profileVersionArn());
        String signedVersion = clients.s3.headObject(b -> b.bucket("flow-code").key(job.signedObject().s3().key()))
                .versionId();
        CreateFunctionResponse created = clients.lambda.createFunction(SigningScenario.functionFromS3("signed-flow",
                "flow-code", job.signedObject().s3().key()).code(c -> c.s3Bucket("flow-code")
                .s3Key(job.signedObject().s3().key()).s3ObjectVersion(signedVersion))
                .codeSigningConfigArn(csc).build());
        FunctionConfiguration active = clients.lambda.waiter().waitUntilFunctionActiveV2(r -> r
                .functionName("signed-flow")).matched().response().orElseThrow().configuration();

        String jobArn = "arn:aws:signer:us-east-1:000000000000:/signing-jobs/" + jobId;
        assertThat(created.signingProfileVersionArn()).isEqualTo(profile.profileVersionArn());
        assertThat(created.signingJobArn()).isEqualTo(jobArn);
        assertThat(created.codeSha256()).isEqualTo(Base64.getEncoder().encodeToString(BlobStore.sha256(signed)));
        assertThat(active.state()).isEqualTo(State.ACTIVE);
        assertThat(active.signingProfileVersionArn()).isEqualTo(profile.profileVersionArn());
        assertThat(active.signingJobArn()).isEqualTo(jobArn);
    }

    @Test
    void aCodeSigningConfigPutOnAFunctionAppliesFromItsNextDeploy() {
        PutSigningProfileResponse profile = scenario.profile("next_deploy");
        clients.lambda.createFunction(LocalEndpointFixture.function("next-deploy").build());
        String csc = scenario.codeSigningConfig(CodeSigningPolicy.ENFORCE, profile.profileVersionArn());

        clients.lambda.putFunctionCodeSigningConfig(r -> r.functionName("next-deploy").codeSigningConfigArn(csc));

        assertThat(clients.lambda.getFunction(r -> r.functionName("next-deploy")).configuration().state())
                .isEqualTo(State.ACTIVE);
        assertThatThrownBy(() -> clients.lambda.updateFunctionCode(r -> r.functionName("next-deploy")
                .zipFile(TestZips.hello()))).isInstanceOf(CodeVerificationFailedException.class);
        DescribeSigningJobResponse job = scenario.sign("next_deploy", "flow-code", "next.zip",
                TestZips.handler("'next'"));
        UpdateFunctionCodeResponse updated = clients.lambda.updateFunctionCode(r -> r.functionName("next-deploy")
                .s3Bucket("flow-code").s3Key(job.signedObject().s3().key()));
        assertThat(updated.signingProfileVersionArn()).isEqualTo(profile.profileVersionArn());
        assertThat(updated.signingJobArn()).endsWith("/signing-jobs/" + job.jobId());
    }

    @Test
    void codeIsReadFromS3AtDeployTimeAndMissingObjectsAreRefusedInAwsWording() {
        byte[] first = TestZips.handler("'first'");
        String version = scenario.upload("flow-code", "deployed.zip", first);
        clients.lambda.createFunction(SigningScenario.functionFromS3("from-s3", "flow-code", "deployed.zip")
                .code(c -> c.s3Bucket("flow-code").s3Key("deployed.zip").s3ObjectVersion(version)).build());
        scenario.upload("flow-code", "deployed.zip", TestZips.handler("'second'"));

        assertThat(clients.lambda.getFunction(r -> r.functionName("from-s3")).configuration().codeSha256())
                .isEqualTo(Base64.getEncoder().encodeToString(BlobStore.sha256(first)));
        assertThatThrownBy(() -> clients.lambda.createFunction(SigningScenario.functionFromS3("no-bucket",
                "no-such-bucket", "app.zip").build()))
                .isInstanceOfSatisfying(InvalidParameterValueException.class, e -> assertThat(e.awsErrorDetails()
                        .errorMessage()).isEqualTo("Error occurred while GetObject. S3 Error Code: NoSuchBucket. "
                        + "S3 Error Message: The specified bucket does not exist"));
        assertThatThrownBy(() -> clients.lambda.createFunction(SigningScenario.functionFromS3("no-key",
                "flow-code", "missing.zip").build()))
                .isInstanceOfSatisfying(InvalidParameterValueException.class, e -> assertThat(e.awsErrorDetails()
                        .errorMessage()).isEqualTo("Error occurred while GetObject. S3 Error Code: NoSuchKey. "
                        + "S3 Error Message: The specified key does not exist."));
        assertThatThrownBy(() -> clients.lambda.createFunction(SigningScenario.functionFromS3("no-version",
                "flow-code", "deployed.zip").code(c -> c.s3Bucket("flow-code").s3Key("deployed.zip")
                .s3ObjectVersion("NoSuchVersion0000000000000000000")).build()))
                .isInstanceOfSatisfying(InvalidParameterValueException.class, e -> assertThat(e.awsErrorDetails()
                        .errorMessage()).isEqualTo("Error occurred while GetObject. S3 Error Code: NoSuchVersion. "
                        + "S3 Error Message: The specified version does not exist."));
    }

    @Test
    void aPackageUploadedFromAFileIsSignedAndItsSignedZipDeploysInline() throws IOException {
        byte[] zip = TestZips.handler("'from a file'");
        Path file = Files.write(dataDir.resolve("upload.zip"), zip);
        String version = clients.s3.putObject(b -> b.bucket("flow-code").key("file.zip"), RequestBody.fromFile(file))
                .versionId();
        PutSigningProfileResponse profile = scenario.profile("file_profile");

        String jobId = scenario.startJob("file_profile", "flow-code", "file.zip", version);
        DescribeSigningJobResponse job = clients.signer.describeSigningJob(r -> r.jobId(jobId));
        byte[] signed;
        try (InputStream in = clients.s3.getObject(b -> b.bucket("flow-code").key(job.signedObject().s3().key()))) {
            signed = in.readAllBytes();
        }
        String csc = scenario.codeSigningConfig(CodeSigningPolicy.ENFORCE, profile.profileVersionArn());
        CreateFunctionResponse created = clients.lambda.createFunction(LocalEndpointFixture.function("inline-signed")
                .code(c -> c.zipFile(SdkBytes.fromByteArray(signed))).codeSigningConfigArn(csc).build());

        assertThat(job.status()).isEqualTo(SigningStatus.SUCCEEDED);
        assertThat(SigningScenario.entries(signed)).isEqualTo(SigningScenario.entries(zip));
        assertThat(created.signingJobArn()).endsWith("/signing-jobs/" + jobId);
    }

    @Test
    void packagesAboveTheDirectUploadLimitDeployFromS3() {
        byte[] large = new byte[51 * 1024 * 1024];
        new Random(7).nextBytes(large);
        byte[] zip = TestZips.zip(Map.of("app.py", "def handler(e, c):\n    return 1\n".getBytes(
                StandardCharsets.UTF_8), "data.bin", large));
        scenario.upload("flow-code", "large.zip", zip);

        CreateFunctionResponse created = clients.lambda.createFunction(SigningScenario.functionFromS3("large",
                "flow-code", "large.zip").build());

        assertThat(zip.length).isGreaterThan(52_428_800);
        assertThat(created.codeSize()).isEqualTo(zip.length);
        assertThat(created.codeSha256()).isEqualTo(Base64.getEncoder().encodeToString(BlobStore.sha256(zip)));
    }
}
