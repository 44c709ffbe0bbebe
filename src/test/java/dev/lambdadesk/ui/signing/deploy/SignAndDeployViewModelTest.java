package dev.lambdadesk.ui.signing.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lambdadesk.core.CodeSigningConfigInfo;
import dev.lambdadesk.core.FunctionState;
import dev.lambdadesk.core.FunctionSummary;
import dev.lambdadesk.core.SigningPlatformInfo;
import dev.lambdadesk.core.SigningProfileInfo;
import dev.lambdadesk.testing.LocalSession;
import dev.lambdadesk.ui.signing.PackageZips;
import dev.lambdadesk.ui.signing.SigningFixture;
import dev.lambdadesk.ui.deploy.DeployablePackage;
import dev.lambdadesk.ui.common.Refusal;
import dev.lambdadesk.ui.deploy.RefusalDiagnosis;
import dev.lambdadesk.ui.functions.create.CodeSource;
import dev.lambdadesk.ui.functions.create.CreateFunctionViewModel;
import dev.lambdadesk.ui.functions.explorer.UpdateCodeViewModel;

/** Sign and deploy step by step against the local endpoint: bucket offers, signing, and deploying the result. */
class SignAndDeployViewModelTest {

    @TempDir
    Path dir;
    private LocalSession local;
    private SigningFixture fx;
    private SigningProfileInfo release;
    private SignAndDeployViewModel page;
    private Path zip;

    @BeforeEach
    void open() throws IOException {
        local = LocalSession.start(dir.resolve("endpoint"), 0);
        fx = new SigningFixture(local.session(), dir.resolve("data"));
        release = local.session().signer().putProfile(profile("Release", SigningPlatformInfo.LAMBDA));
        local.session().signer().putProfile(profile("Images", "Notation-OCI-SHA384-ECDSA"));
        zip = PackageZips.python(dir, "orders.zip");
        page = new SignAndDeployViewModel(fx.context);
        page.opened();
    }

    @AfterEach
    void close() {
        local.close();
    }

    @Test
    void nothingCanBeSignedBeforeAPackageABucketAndAProfileAreChosen() {
        assertThat(page.packageProblemProperty().get()).isEqualTo("Choose the .zip package to sign.");
        assertThat(page.signDisabledProperty().get()).isTrue();

        page.packagePathProperty().set(dir.resolve("missing.zip").toString());
        assertThat(page.packageProblemProperty().get()).startsWith("There is no file");

        page.packagePathProperty().set(zip.toString());
        assertThat(page.packageProblemProperty().get()).isEmpty();
        assertThat(page.keyProperty().get()).isEqualTo("orders.zip");
        assertThat(page.profiles()).extracting(SigningProfileInfo::name).containsExactly("Release");
        assertThat(page.profileProperty().get().name()).isEqualTo("Release");
        assertThat(page.signDisabledProperty().get()).as("no bucket yet").isTrue();
    }

    @Test
    void aMissingBucketIsOfferedToBeCreatedWithVersioning() {
        page.bucket().nameProperty().set("code");
        assertThat(page.bucket().stateProperty().get()).isEqualTo(BucketChoice.State.MISSING);
        assertThat(page.bucket().messageProperty().get()).contains("Create it, with versioning on?");

        page.bucket().createWithVersioning();

        assertThat(page.bucket().stateProperty().get()).isEqualTo(BucketChoice.State.READY);
        assertThat(local.session().s3().isVersioningEnabled("code")).isTrue();
    }

    @Test
    void aBucketWithoutVersioningIsOfferedVersioningInsteadOfACrypticFailure() {
        local.session().s3().createBucket("plain");
        page.bucket().nameProperty().set("plain");
        assertThat(page.bucket().stateProperty().get()).isEqualTo(BucketChoice.State.NOT_VERSIONED);
        assertThat(page.bucket().messageProperty().get()).contains("needs versioning");
        assertThat(page.bucket().offersVersioningBinding().get()).isTrue();

        page.bucket().enableVersioning();

        assertThat(page.bucket().stateProperty().get()).isEqualTo(BucketChoice.State.READY);
        assertThat(local.session().s3().isVersioningEnabled("plain")).isTrue();
    }

    @Test
    void signingUploadsStartsTheJobAndEndsWithTheSignedPackage() {
        ready();
        page.sign();

        assertThat(page.run().steps()).extracting(SigningStep::state).containsOnly(SigningStep.State.DONE);
        assertThat(page.run().steps().get(0).detailProperty().get()).startsWith("s3://code/orders.zip, version ");
        assertThat(page.run().steps().get(2).detailProperty().get()).startsWith("Succeeded: Signing Succeeded");
        DeployablePackage signed = page.run().resultProperty().get();
        assertThat(signed.isSigned()).isTrue();
        assertThat(signed.location().key()).startsWith("signed/").endsWith(".zip");
        assertThat(signed.profileVersionArn()).contains(release.versionArn());
    }

    @Test
    void aJobThatFailsShowsItsReason() throws IOException {
        Path notAZip = Files.writeString(dir.resolve("broken.zip"), "this is no zip");
        ready();
        page.packagePathProperty().set(notAZip.toString());
        page.sign();

        SigningStep sign = page.run().steps().get(2);
        assertThat(sign.state()).isEqualTo(SigningStep.State.FAILED);
        assertThat(sign.detailProperty().get()).startsWith("Failed: ").contains("zip");
        assertThat(page.run().resultProperty().get()).isNull();
        assertThat(page.run().runningProperty().get()).isFalse();
    }

    /** The Create function form as the app opens it for the package at hand ("Create function…"). */
    private CreateFunctionViewModel createForm() {
        CreateFunctionViewModel form = new CreateFunctionViewModel(fx.context);
        page.onOpenCreateForm(form::deployPackage);
        page.openInCreateForm();
        form.openedForCopy();
        return form;
    }

    @Test
    void theSignedPackageCreatesAFunctionUnderEnforceThatBecomesActive() {
        CodeSigningConfigInfo enforce = config("Enforce", release.versionArn());
        ready();
        page.sign();
        DeployablePackage signed = page.run().resultProperty().get();

        CreateFunctionViewModel create = createForm();
        assertThat(create.code().sourceProperty().get()).isEqualTo(CodeSource.S3);
        assertThat(create.code().s3().keyProperty().get()).isEqualTo(signed.location().key());
        assertThat(create.code().s3().versionProperty().get()).isEqualTo(signed.location().version());
        assertThat(create.codeSigning().configArnProperty().get()).as("a config trusting the signer")
                .isEqualTo(enforce.arn());
        assertThat(create.permissions().createsRoleProperty().get()).as("the form's default: a new role").isTrue();
        create.basics().functionNameProperty().set("orders");
        assertThat(create.createDisabledProperty().get()).as("%s", create.validation().problems()).isFalse();
        create.create();

        assertThat(create.refusalProperty().get()).isNull();
        assertThat(fx.statePanel.rows()).singleElement().satisfies(row ->
                assertThat(row.functionName()).isEqualTo("orders"));
        fx.scheduler.advance(Duration.ofSeconds(5));
        assertThat(fx.statePanel.rows().get(0).stateProperty().get()).isEqualTo(FunctionState.ACTIVE);
        assertThat(local.session().lambda().details("orders").configuration().path("SigningProfileVersionArn")
                .asText()).isEqualTo(release.versionArn());
    }

    @Test
    void anUnsignedPackageUnderEnforceIsRefusedAsUnsigned() {
        CodeSigningConfigInfo enforce = config("Enforce", release.versionArn());
        ready();
        page.uploadOnly();
        assertThat(page.run().resultProperty().get().isSigned()).isFalse();

        CreateFunctionViewModel create = createForm();
        assertThat(create.codeSigning().configArnProperty().get()).as("nothing trusts an unsigned package").isEmpty();
        create.codeSigning().configArnProperty().set(enforce.arn());
        create.basics().functionNameProperty().set("unsigned");
        assertThat(create.createDisabledProperty().get()).as("%s", create.validation().problems()).isFalse();
        create.create();

        Refusal refusal = create.refusalProperty().get();
        assertThat(refusal.title()).isEqualTo(RefusalDiagnosis.UNSIGNED);
        assertThat(refusal.remedy()).contains("Sign it");
        assertThat(refusal.serviceDetail()).startsWith("CodeVerificationFailedException");
        assertThat(local.session().lambda().exists("unsigned")).isFalse();
    }

    @Test
    void aPackageSignedByAnotherProfileIsRefusedAsAnUntrustedPublisher() {
        SigningProfileInfo other = local.session().signer().putProfile(profile("Other", SigningPlatformInfo.LAMBDA));
        CodeSigningConfigInfo enforce = config("Enforce", other.versionArn());
        ready();
        page.profileProperty().set(page.profiles().stream().filter(p -> p.name().equals("Release")).findFirst()
                .orElseThrow());
        page.sign();

        CreateFunctionViewModel create = createForm();
        create.codeSigning().configArnProperty().set(enforce.arn());
        create.basics().functionNameProperty().set("orders");
        assertThat(create.createDisabledProperty().get()).as("%s", create.validation().problems()).isFalse();
        create.create();

        Refusal refusal = create.refusalProperty().get();
        assertThat(refusal.title()).isEqualTo(RefusalDiagnosis.UNTRUSTED_PUBLISHER);
        assertThat(refusal.remedy()).contains(release.versionArn());
    }

    @Test
    void updatingAFunctionWithARevokedSignatureIsRefusedAsRevoked() {
        CodeSigningConfigInfo enforce = config("Enforce", release.versionArn());
        ready();
        page.sign();
        CreateFunctionViewModel create = createForm();
        create.basics().functionNameProperty().set("orders");
        assertThat(create.createDisabledProperty().get()).as("%s", create.validation().problems()).isFalse();
        create.create();
        assertThat(local.session().lambda().exists("orders")).isTrue();
        fx.scheduler.advance(Duration.ofSeconds(5));

        page.sign();
        DeployablePackage second = page.run().resultProperty().get();
        local.session().signer().revokeSignature(second.job().orElseThrow().jobId(), "Built from the wrong commit");
        page.listFunctions();
        FunctionSummary orders = page.functions().stream().filter(f -> f.name().equals("orders")).findFirst()
                .orElseThrow();
        UpdateCodeViewModel update = page.updateCode(orders);
        assertThat(update.sourceProperty().get()).isEqualTo(CodeSource.S3);
        assertThat(update.s3().versionProperty().get()).isEqualTo(second.location().version());
        update.deploy();

        Refusal refusal = update.refusalProperty().get();
        assertThat(refusal.title()).isEqualTo(RefusalDiagnosis.REVOKED);
        assertThat(refusal.explanation()).contains("Built from the wrong commit");
        assertThat(enforce.policy()).isEqualTo("Enforce");
    }

    @Test
    void theDraftRemembersThePackageBucketAndProfile() {
        ready();
        page.prefixProperty().set("release/");
        fx.scheduler.advance(Duration.ofSeconds(1));

        SignAndDeployViewModel reopened = new SignAndDeployViewModel(fx.context);
        reopened.opened();
        assertThat(reopened.draft().offerTextProperty().get()).contains("orders.zip");
        reopened.draft().restore();

        assertThat(reopened.packagePathProperty().get()).isEqualTo(zip.toString());
        assertThat(reopened.bucket().bucket()).isEqualTo("code");
        assertThat(reopened.bucket().stateProperty().get()).isEqualTo(BucketChoice.State.READY);
        assertThat(reopened.prefixProperty().get()).isEqualTo("release/");
        assertThat(reopened.profileProperty().get().name()).isEqualTo("Release");
        assertThat(reopened.signDisabledProperty().get()).isFalse();
    }

    @Test
    void aDraftRestoredBeforeTheProfilesAreListedStillChoosesItsProfile() {
        local.session().signer().putProfile(profile("Hotfix", SigningPlatformInfo.LAMBDA));
        ready();
        page.profileProperty().set(page.profiles().stream().filter(p -> p.name().equals("Release")).findFirst()
                .orElseThrow());
        fx.scheduler.advance(Duration.ofSeconds(1));

        SignAndDeployViewModel reopened = new SignAndDeployViewModel(fx.context);
        reopened.draft().check();
        reopened.draft().restore();
        assertThat(reopened.profileProperty().get()).as("not listed yet").isNull();
        reopened.loadProfiles();

        assertThat(reopened.profileProperty().get().name()).isEqualTo("Release");
    }

    private void ready() {
        page.packagePathProperty().set(zip.toString());
        page.bucket().nameProperty().set("code");
        if (page.bucket().stateProperty().get() == BucketChoice.State.MISSING) {
            page.bucket().createWithVersioning();
        }
        assertThat(page.signDisabledProperty().get()).isFalse();
    }

    private CodeSigningConfigInfo config(String policy, String publisher) {
        ObjectNode create = JsonNodeFactory.instance.objectNode();
        create.putObject("AllowedPublishers").putArray("SigningProfileVersionArns").add(publisher);
        create.putObject("CodeSigningPolicies").put("UntrustedArtifactOnDeployment", policy);
        return local.session().codeSigningConfigs().create(create);
    }

    private static ObjectNode profile(String name, String platform) {
        return JsonNodeFactory.instance.objectNode().put("profileName", name).put("platformId", platform);
    }
}
