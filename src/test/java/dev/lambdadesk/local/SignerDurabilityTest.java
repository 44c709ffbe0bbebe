package dev.lambdadesk.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.model.CodeSigningPolicy;
import software.amazon.awssdk.services.lambda.model.CodeVerificationFailedException;
import software.amazon.awssdk.services.s3.model.ObjectVersion;
import software.amazon.awssdk.services.signer.model.DescribeSigningJobResponse;
import software.amazon.awssdk.services.signer.model.SigningProfileStatus;
import software.amazon.awssdk.services.signer.model.SigningStatus;
import software.amazon.awssdk.services.signer.model.ValidationException;

/** Profiles, their keys, jobs, revocations and objects survive a restart; one data directory has one endpoint. */
class SignerDurabilityTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path logs;

    @Test
    void profilesKeysJobsAndObjectsAreStillThereAfterARestart() throws IOException {
        String profileVersion;
        DescribeSigningJobResponse kept;
        DescribeSigningJobResponse revoked;
        byte[] keptBytes;
        String firstVersion;
        byte[] firstZip = TestZips.handler("'v1'");
        try (LocalEndpointFixture fixture = LocalEndpointFixture.start(dataDir);
             ServiceClients clients = new ServiceClients(fixture.endpoint)) {
            SigningScenario scenario = new SigningScenario(clients);
            scenario.versionedBucket("durable-code");
            profileVersion = scenario.profile("durable").profileVersion();
            scenario.profile("durable_canceled");
            clients.signer.cancelSigningProfile(r -> r.profileName("durable_canceled"));
            firstVersion = scenario.upload("durable-code", "app.zip", firstZip);
            kept = scenario.sign("durable", "durable-code", "app.zip", TestZips.handler("'v2'"));
            revoked = scenario.sign("durable", "durable-code", "revoked.zip", TestZips.handler("'revoked'"));
            clients.signer.revokeSignature(r -> r.jobId(revoked.jobId()).reason("test"));
            keptBytes = scenario.signedBytes(kept);
        }

        try (LocalEndpointFixture fixture = LocalEndpointFixture.start(dataDir);
             ServiceClients clients = new ServiceClients(fixture.endpoint)) {
            SigningScenario scenario = new SigningScenario(clients);
            var profile = clients.signer.getSigningProfile(r -> r.profileName("durable"));
            String csc = scenario.codeSigningConfig(CodeSigningPolicy.ENFORCE, profile.profileVersionArn());

            assertThat(profile.profileVersion()).isEqualTo(profileVersion);
            // the file system's views, not the file store's: a chroot or container may have no mount entry for it
            if (dataDir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir)))
                        .as("the private keys in the state are readable by their owner only").isEqualTo("rwx------");
            }
            assertThat(clients.signer.getSigningProfile(r -> r.profileName("durable_canceled")).status())
                    .isEqualTo(SigningProfileStatus.CANCELED);
            assertThat(clients.signer.describeSigningJob(r -> r.jobId(kept.jobId())).status())
                    .isEqualTo(SigningStatus.SUCCEEDED);
            assertThat(scenario.signedBytes(kept)).isEqualTo(keptBytes);
            assertThat(clients.s3.listObjectVersions(b -> b.bucket("durable-code").prefix("app.zip")).versions())
                    .extracting(ObjectVersion::versionId).contains(firstVersion).hasSize(2);
            assertThat(clients.s3.getObjectAsBytes(b -> b.bucket("durable-code").key("app.zip")
                    .versionId(firstVersion)).asByteArray()).isEqualTo(firstZip);
            assertThat(clients.lambda.createFunction(LocalEndpointFixture.function("signed-before-restart")
                    .code(c -> c.zipFile(SdkBytes.fromByteArray(keptBytes))).codeSigningConfigArn(csc).build())
                    .signingJobArn()).endsWith(kept.jobId());
            DescribeSigningJobResponse after = scenario.sign("durable", "durable-code", "after.zip",
                    TestZips.handler("'after'"));
            assertThat(clients.lambda.createFunction(LocalEndpointFixture.function("signed-after-restart")
                    .code(c -> c.zipFile(SdkBytes.fromByteArray(scenario.signedBytes(after))))
                    .codeSigningConfigArn(csc).build()).signingProfileVersionArn())
                    .isEqualTo(profile.profileVersionArn());
            assertThatThrownBy(() -> clients.lambda.createFunction(LocalEndpointFixture.function("revoked")
                    .code(c -> c.zipFile(SdkBytes.fromByteArray(scenario.signedBytes(revoked))))
                    .codeSigningConfigArn(csc).build())).isInstanceOf(CodeVerificationFailedException.class);
            assertThatThrownBy(() -> scenario.startJob("durable_canceled", "durable-code", "app.zip", firstVersion))
                    .isInstanceOf(ValidationException.class);
        }
    }

    @Test
    void aSecondEndpointOnTheSameDataDirectoryRefusesToStart() throws Exception {
        try (LocalEndpoint running = LocalEndpoint.start(LocalEndpointConfig.defaults(dataDir).withPort(0))) {
            assertThatThrownBy(() -> LocalEndpoint.start(LocalEndpointConfig.defaults(dataDir).withPort(0)))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("is in use by another running LambdaDesk local endpoint");

            Path errors = logs.resolve("second.err");
            try (ChildEndpoint second = ChildEndpoint.start(errors, "--port", "0", "--data-dir",
                    dataDir.toString())) {
                assertThat(second.process.waitFor(60, TimeUnit.SECONDS)).isTrue();
                assertThat(second.process.exitValue()).isEqualTo(1);
            }
            assertThat(Files.readString(errors)).contains("Could not start the local endpoint: The data directory")
                    .contains("is in use by another running LambdaDesk local endpoint");
            assertThat(running.port()).isPositive();
        }
        try (LocalEndpoint afterwards = LocalEndpoint.start(LocalEndpointConfig.defaults(dataDir).withPort(0))) {
            assertThat(afterwards.port()).isPositive();
        }
    }
}
