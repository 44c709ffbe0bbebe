package dev.lambdadesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
import dev.lambdadesk.core.SigningPlatformInfo;
import dev.lambdadesk.core.SigningProfileInfo;
import dev.lambdadesk.testing.LocalSession;
import dev.lambdadesk.ui.common.Tone;
import dev.lambdadesk.ui.functions.FunctionsViewModel;
import dev.lambdadesk.ui.functions.create.CodeSource;
import dev.lambdadesk.ui.functions.create.CreateFunctionViewModel;
import dev.lambdadesk.ui.layers.LayersViewModel;
import dev.lambdadesk.ui.sam.SamApplicationsViewModel;
import dev.lambdadesk.ui.shell.MainWindowModels;
import dev.lambdadesk.ui.shell.Section;
import dev.lambdadesk.ui.shell.ShellViewModel;
import dev.lambdadesk.ui.signing.PackageZips;
import dev.lambdadesk.ui.signing.SigningFixture;
import dev.lambdadesk.ui.signing.configs.CodeSigningConfigsViewModel;
import dev.lambdadesk.ui.signing.deploy.BucketChoice;
import dev.lambdadesk.ui.signing.deploy.SignAndDeployViewModel;
import dev.lambdadesk.ui.signing.jobs.SigningJobsViewModel;
import dev.lambdadesk.ui.signing.profiles.SigningProfilesViewModel;
import dev.lambdadesk.ui.statepanel.WatchRow;
import dev.lambdadesk.ui.deploy.DeployablePackage;

/**
 * Where the Functions and code signing screens meet, wired as the app wires them: a signed package opens the full
 * Create function form prefilled, and a deployment Lambda refuses is recorded in the state panel, from either side.
 */
class SigningIntoFunctionsTest {

    private static final String ROLE = "arn:aws:iam::000000000000:role/lambda-basic-execution";

    @TempDir
    Path dir;
    private LocalSession local;
    private SigningFixture fx;
    private MainWindowModels models;
    private SigningProfileInfo release;
    private CodeSigningConfigInfo enforce;
    private SignAndDeployViewModel page;

    @BeforeEach
    void open() throws IOException {
        local = LocalSession.start(dir.resolve("endpoint"), 0);
        fx = new SigningFixture(local.session(), dir.resolve("data"));
        models = new MainWindowModels(new ShellViewModel(), new FunctionsViewModel(fx.context),
                new CodeSigningConfigsViewModel(fx.context), new SigningProfilesViewModel(fx.context),
                new SigningJobsViewModel(fx.context), fx.statePanel, new LayersViewModel(fx.context),
                new SamApplicationsViewModel(fx.context));

        release = local.session().signer().putProfile(JsonNodeFactory.instance.objectNode()
                .put("profileName", "Release").put("platformId", SigningPlatformInfo.LAMBDA));
        ObjectNode csc = JsonNodeFactory.instance.objectNode();
        csc.putObject("AllowedPublishers").putArray("SigningProfileVersionArns").add(release.versionArn());
        csc.putObject("CodeSigningPolicies").put("UntrustedArtifactOnDeployment", "Enforce");
        enforce = local.session().codeSigningConfigs().create(csc);

        page = models.signingJobs().signAndDeploy();
        page.opened();
        page.packagePathProperty().set(PackageZips.python(dir, "orders.zip").toString());
        page.bucket().nameProperty().set("code");
        page.bucket().createWithVersioning();
        assertThat(page.bucket().stateProperty().get()).isEqualTo(BucketChoice.State.READY);
    }

    @AfterEach
    void close() {
        local.close();
    }

    @Test
    void aSignedPackageOpensTheFullCreateFormPrefilledAndCreatesASignedFunction() {
        page.sign();
        DeployablePackage signed = page.run().resultProperty().get();
        assertThat(page.opensCreateForm()).isTrue();

        page.openInCreateForm();

        assertThat(models.shell().selectedSectionProperty().get()).isEqualTo(Section.FUNCTIONS);
        assertThat(models.functions().pageProperty().get()).isEqualTo(FunctionsViewModel.Page.CREATE);
        CreateFunctionViewModel form = models.functions().create();
        assertThat(form.code().sourceProperty().get()).isEqualTo(CodeSource.S3);
        assertThat(form.code().s3().bucketProperty().get()).isEqualTo("code");
        assertThat(form.code().s3().keyProperty().get()).isEqualTo(signed.location().key());
        assertThat(form.code().s3().versionProperty().get()).isEqualTo(signed.location().version());
        assertThat(form.codeSigning().configArnProperty().get()).as("the config trusting the signer")
                .isEqualTo(enforce.arn());
        assertThat(form.importFindings().getFirst()).startsWith("Prefilled with the signed package s3://code/signed/");

        form.basics().functionNameProperty().set("orders");
        form.basics().runtimeProperty().set("python3.13");
        form.basics().handlerProperty().set("app.handler");
        form.permissions().roleProperty().set(ROLE);
        assertThat(form.createDisabledProperty().get()).as("%s", form.validation()).isFalse();
        form.create();

        fx.scheduler.advance(Duration.ofSeconds(5));
        assertThat(fx.statePanel.rows().getFirst().stateProperty().get()).isEqualTo(FunctionState.ACTIVE);
        assertThat(local.session().lambda().details("orders").configuration().path("SigningProfileVersionArn")
                .asText()).isEqualTo(release.versionArn());
    }

    @Test
    void anUnsignedDeployRefusedUnderEnforceIsRecordedInTheStatePanelWithWhichCheckFailed() {
        page.uploadOnly();
        page.openInCreateForm();
        CreateFunctionViewModel create = models.functions().create();
        create.codeSigning().configArnProperty().set(enforce.arn());
        create.basics().functionNameProperty().set("unsigned");
        create.permissions().roleProperty().set(ROLE);
        create.create();

        WatchRow row = fx.statePanel.rows().getFirst();
        assertThat(row.functionName()).isEqualTo("unsigned");
        assertThat(row.action()).isEqualTo("Create refused");
        assertThat(row.badgeProperty().get()).isEqualTo("Refused");
        assertThat(row.toneProperty().get()).isEqualTo(Tone.DANGER);
        assertThat(row.reasonProperty().get()).isEqualTo("Unsigned package: "
                + create.refusalProperty().get().summary());
        assertThat(row.isFinished()).isTrue();
        fx.scheduler.advance(Duration.ofSeconds(30)); // nothing polls a refused deployment
        assertThat(row.timeline()).singleElement().satisfies(e -> assertThat(e.word()).isEqualTo("Refused"));
        assertThat(row.badgeProperty().get()).isEqualTo("Refused");
    }

    @Test
    void aCreateTheServiceRefusesInTheFunctionsFormIsRecordedWithTheExplainedProblem() {
        CreateFunctionViewModel form = models.functions().create();
        models.functions().newFunction();
        form.basics().functionNameProperty().set("no-role");
        form.basics().runtimeProperty().set("python3.13");
        form.basics().handlerProperty().set("app.handler");
        form.permissions().roleProperty().set("arn:aws:iam::000000000000:role/does-not-exist");
        form.code().sourceProperty().set(CodeSource.S3);
        form.code().s3().bucketProperty().set("code");
        form.code().s3().keyProperty().set("orders.zip");
        page.uploadOnly();
        form.create();

        assertThat(form.refusalProperty().get()).isNotNull();
        WatchRow row = fx.statePanel.rows().getFirst();
        assertThat(row.functionName()).isEqualTo("no-role");
        assertThat(row.action()).isEqualTo("Create refused");
        assertThat(row.toneProperty().get()).isEqualTo(Tone.DANGER);
        assertThat(row.reasonProperty().get()).contains(form.refusalProperty().get().summary());
    }
}
