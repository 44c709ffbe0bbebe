package dev.lambdadesk.ui.signing.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lambdadesk.core.S3ObjectInfo;
import dev.lambdadesk.core.SigningJobInfo;
import dev.lambdadesk.core.SigningPlatformInfo;
import dev.lambdadesk.testing.LocalSession;
import dev.lambdadesk.ui.signing.PackageZips;
import dev.lambdadesk.ui.signing.SigningFixture;
import dev.lambdadesk.ui.common.DetailRow;

/** The jobs list: filters, details, and revoking a signature with its reason rule and confirmation. */
class SigningJobsViewModelTest {

    @TempDir
    Path dir;
    private LocalSession local;
    private SigningFixture fx;
    private SigningJobsViewModel jobs;
    private String good;
    private String failed;

    @BeforeEach
    void open() throws IOException {
        local = LocalSession.start(dir.resolve("endpoint"), 0);
        fx = new SigningFixture(local.session(), dir.resolve("data"));
        local.session().signer().putProfile(JsonNodeFactory.instance.objectNode().put("profileName", "Release")
                .put("platformId", SigningPlatformInfo.LAMBDA));
        local.session().s3().createBucket("code");
        local.session().s3().enableVersioning("code");
        good = sign(PackageZips.python(dir, "good.zip"), "t-1");
        failed = sign(Files.writeString(dir.resolve("bad.zip"), "not a zip"), "t-2");
        jobs = new SigningJobsViewModel(fx.context);
    }

    @AfterEach
    void close() {
        local.close();
    }

    @Test
    void listsEveryJobAndFiltersByStatusAndRevocation() {
        assertThat(jobs.jobs()).extracting(SigningJobInfo::jobId).containsExactlyInAnyOrder(good, failed);
        jobs.statusFilterProperty().set("Failed");
        assertThat(jobs.jobs()).extracting(SigningJobInfo::jobId).containsExactly(failed);
        jobs.statusFilterProperty().set(SigningJobsViewModel.ANY);
        jobs.revokedFilterProperty().set(SigningJobsViewModel.RevokedFilter.REVOKED);
        assertThat(jobs.jobs()).isEmpty();
        assertThat(jobs.statusProperty().get()).isEqualTo("0 jobs");
    }

    @Test
    void theDetailsShowSourceSignedObjectProfileVersionAndExpiry() {
        select(good);
        assertThat(value("source")).isEqualTo("s3://code/good.zip");
        assertThat(value("source-version")).as("the object version signed").isNotBlank().isNotEqualTo("—");
        assertThat(value("signed-object")).isEqualTo("s3://code/signed/" + good + ".zip");
        assertThat(value("profile-version-arn")).contains("/signing-profiles/Release/");
        assertThat(value("expires")).isNotEqualTo("—");
        assertThat(value("status")).startsWith("Succeeded — Signing Succeeded");

        select(failed);
        assertThat(value("status")).startsWith("Failed — ");
        assertThat(jobs.revokeDisabled().get()).as("a failed job made no signature").isTrue();
    }

    @Test
    void revokingASignatureNeedsAReasonAndAConfirmation() {
        select(good);
        assertThat(jobs.revokeDisabled().get()).isFalse();
        RevokeSignatureViewModel revoke = jobs.revokeSelected();
        assertThat(revoke.consequences()).contains("irreversible").contains("s3://code/signed/" + good + ".zip");
        assertThat(revoke.validation().feedback("signature-reason").get().isError()).isTrue();

        revoke.reasonProperty().set("x".repeat(501));
        assertThat(revoke.validation().feedback("signature-reason").get().isError()).isTrue();
        revoke.reasonProperty().set("Built from the wrong commit");
        assertThat(revoke.revokeDisabledProperty().get()).as("not confirmed yet").isTrue();
        revoke.understoodProperty().set(true);
        revoke.revoke();

        assertThat(revoke.doneProperty().get()).isTrue();
        assertThat(local.session().signer().job(good).revocation()).isPresent();
        assertThat(jobs.selectedProperty().get().revoked()).isTrue();
        assertThat(value("revocation")).contains("Built from the wrong commit");
        assertThat(jobs.noticeProperty().get()).contains("Revoked the signature of job " + good);
    }

    @Test
    void signAndDeployIsOneKeystrokeAwayAndASignedPackageRefreshesTheList() throws IOException {
        jobs.openSignAndDeploy();
        assertThat(jobs.pageProperty().get()).isEqualTo(SigningJobsViewModel.Page.SIGN);
        jobs.signAndDeploy().packagePathProperty().set(PackageZips.python(dir, "third.zip").toString());
        jobs.signAndDeploy().bucket().nameProperty().set("code");
        jobs.signAndDeploy().sign();

        assertThat(jobs.jobs()).hasSize(3);
    }

    private void select(String jobId) {
        jobs.selectedProperty().set(jobs.jobs().stream().filter(j -> j.jobId().equals(jobId)).findFirst()
                .orElseThrow());
    }

    private String value(String id) {
        return jobs.details().rows().stream().filter(r -> r.id().equals(id)).map(DetailRow::value).findFirst()
                .orElseThrow();
    }

    private String sign(Path file, String token) {
        S3ObjectInfo uploaded = local.session().s3().upload("code", file.getFileName().toString(), file);
        ObjectNode start = JsonNodeFactory.instance.objectNode().put("profileName", "Release")
                .put("clientRequestToken", token);
        start.putObject("source").putObject("s3").put("bucketName", "code")
                .put("key", file.getFileName().toString()).put("version", uploaded.versionId());
        start.putObject("destination").putObject("s3").put("bucketName", "code").put("prefix", "signed/");
        return local.session().signer().startJob(start);
    }
}
