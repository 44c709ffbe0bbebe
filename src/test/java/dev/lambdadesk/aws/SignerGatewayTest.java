package dev.lambdadesk.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lambdadesk.core.S3ObjectInfo;
import dev.lambdadesk.core.SigningJobInfo;
import dev.lambdadesk.core.SigningJobQuery;
import dev.lambdadesk.core.SigningPlatformInfo;
import dev.lambdadesk.core.SigningProfileInfo;
import dev.lambdadesk.testing.LocalSession;
import dev.lambdadesk.ui.signing.PackageZips;

/** The Signer gateway against the local endpoint, through the real SDK client. */
class SignerGatewayTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private LocalSession local;
    private SignerGateway signer;

    @BeforeEach
    void start() throws IOException {
        local = LocalSession.start(dir.resolve("endpoint"), 0);
        signer = local.session().signer();
    }

    @AfterEach
    void stop() {
        local.close();
    }

    @Test
    void listsTheLambdaPlatformWithItsRealNameAndLimits() {
        List<SigningPlatformInfo> platforms = signer.platforms();
        SigningPlatformInfo lambda = platforms.stream().filter(SigningPlatformInfo::signsLambdaCode).findFirst()
                .orElseThrow();
        assertThat(lambda.displayName()).isEqualTo("AWS Lambda");
        assertThat(lambda.maxSizeInMB()).isEqualTo(250);
        assertThat(platforms).extracting(SigningPlatformInfo::platformId).contains("Notation-OCI-SHA384-ECDSA");
    }

    @Test
    void aPutProfileComesBackWithItsVersionArnValidityAndTags() {
        SigningProfileInfo created = signer.putProfile(profile("Release_1", 2, "YEARS"));
        assertThat(created.status()).isEqualTo(SigningProfileInfo.Status.ACTIVE);
        assertThat(created.versionArn()).endsWith("/signing-profiles/Release_1/" + created.version());
        assertThat(created.version()).hasSize(10);
        assertThat(created.validity()).isEqualTo(new SigningProfileInfo.ValidityPeriod(2, "YEARS"));
        assertThat(created.tags()).containsEntry("team", "security");
        assertThat(signer.tags(created.arn())).containsEntry("team", "security");
    }

    @Test
    void listingByStatusShowsCanceledAndRevokedProfilesOnlyWhenAsked() {
        signer.putProfile(profile("Kept", 135, "MONTHS"));
        signer.putProfile(profile("Gone", 135, "MONTHS"));
        SigningProfileInfo revoked = signer.putProfile(profile("Bad", 135, "MONTHS"));
        signer.cancelProfile("Gone");
        ObjectNode revoke = JSON.createObjectNode().put("profileName", "Bad").put("profileVersion", revoked.version())
                .put("reason", "Key leaked").put("effectiveTime", Instant.now().minusSeconds(60).toString());
        signer.revokeProfile(revoke);

        assertThat(names(signer.listProfiles(Set.of(), Optional.empty()))).containsExactlyInAnyOrder("Kept", "Gone",
                "Bad");
        assertThat(names(signer.listProfiles(Set.of(SigningProfileInfo.Status.ACTIVE), Optional.empty())))
                .containsExactly("Kept");
        assertThat(names(signer.listProfiles(Set.of(SigningProfileInfo.Status.CANCELED), Optional.empty())))
                .containsExactly("Gone");
        SigningProfileInfo bad = signer.profile("Bad");
        assertThat(bad.status()).isEqualTo(SigningProfileInfo.Status.REVOKED);
        assertThat(bad.revocation()).hasValueSatisfying(r -> assertThat(r.effectiveFrom()).isBefore(Instant.now()));
        assertThat(bad.statusReason()).isEqualTo("Key leaked");
    }

    @Test
    void aJobSignsAnUploadedVersionAndItsSignatureCanBeRevoked() throws IOException {
        SigningProfileInfo profile = signer.putProfile(profile("Signer_A", 135, "MONTHS"));
        S3Gateway s3 = local.session().s3();
        s3.createBucket("code");
        s3.enableVersioning("code");
        S3ObjectInfo uploaded = s3.upload("code", "app.zip", PackageZips.python(dir, "app.zip"));
        ObjectNode start = JSON.createObjectNode().put("profileName", "Signer_A").put("clientRequestToken", "t-1");
        start.putObject("source").putObject("s3").put("bucketName", "code").put("key", "app.zip")
                .put("version", uploaded.versionId());
        start.putObject("destination").putObject("s3").put("bucketName", "code").put("prefix", "signed/");

        String jobId = signer.startJob(start);
        SigningJobInfo job = signer.job(jobId);

        assertThat(job.status()).isEqualTo(SigningJobInfo.Status.SUCCEEDED);
        assertThat(job.signedObject()).contains(new SigningJobInfo.S3Location("code", "signed/" + jobId + ".zip", ""));
        assertThat(job.profileVersionArn()).isEqualTo(profile.versionArn());
        assertThat(job.jobArn()).endsWith(":/signing-jobs/" + jobId);
        assertThat(job.signatureExpiresAt()).isPresent();
        assertThat(signer.listJobs(SigningJobQuery.ALL)).extracting(SigningJobInfo::jobId).containsExactly(jobId);

        signer.revokeSignature(jobId, "Built from the wrong branch");
        assertThat(signer.job(jobId).revocation()).hasValueSatisfying(r ->
                assertThat(r.reason()).isEqualTo("Built from the wrong branch"));
        assertThat(signer.listJobs(new SigningJobQuery(Optional.empty(), Optional.empty(), Optional.of(true))))
                .extracting(SigningJobInfo::revoked).containsExactly(true);
        assertThat(signer.listJobs(new SigningJobQuery(Optional.empty(), Optional.empty(), Optional.of(false))))
                .isEmpty();
    }

    @Test
    void tagsCanBeAddedAndRemoved() {
        SigningProfileInfo p = signer.putProfile(profile("Tagged", 135, "MONTHS"));
        signer.tag(p.arn(), Map.of("env", "prod"));
        signer.untag(p.arn(), List.of("team"));
        assertThat(signer.tags(p.arn())).containsExactly(Map.entry("env", "prod"));
    }

    @Test
    void aCanceledNameCannotBeUsedAgain() {
        signer.putProfile(profile("Once", 135, "MONTHS"));
        signer.cancelProfile("Once");
        assertThatThrownBy(() -> signer.putProfile(profile("Once", 135, "MONTHS")))
                .hasMessageContaining("cannot be used again");
    }

    private static ObjectNode profile(String name, int value, String unit) {
        ObjectNode request = JSON.createObjectNode().put("profileName", name)
                .put("platformId", SigningPlatformInfo.LAMBDA);
        request.putObject("signatureValidityPeriod").put("value", value).put("type", unit);
        request.putObject("tags").put("team", "security");
        return request;
    }

    private static List<String> names(List<SigningProfileInfo> profiles) {
        return profiles.stream().map(SigningProfileInfo::name).toList();
    }
}
