package dev.lambdadesk.ui.signing.jobs;

import static dev.lambdadesk.ui.signing.SigningFlowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import dev.lambdadesk.core.FunctionState;
import dev.lambdadesk.core.SigningPlatformInfo;
import dev.lambdadesk.core.SigningProfileInfo;
import dev.lambdadesk.ui.signing.PackageZips;
import dev.lambdadesk.ui.functions.FunctionsViewModel;
import dev.lambdadesk.ui.layers.LayersViewModel;
import dev.lambdadesk.ui.sam.SamApplicationsViewModel;
import dev.lambdadesk.ui.shell.MainWindow;
import dev.lambdadesk.ui.shell.MainWindowModels;
import dev.lambdadesk.ui.shell.ShellViewModel;
import dev.lambdadesk.ui.signing.SigningFlowFixture;
import dev.lambdadesk.ui.signing.configs.CodeSigningConfigsViewModel;
import dev.lambdadesk.ui.signing.profiles.SigningProfilesViewModel;

/**
 * Sign and deploy under an Enforce configuration, as a person does it in the main window: "Create function…" opens
 * the Create function form with the package; a signed package creates a function that becomes Active; an unsigned
 * one is refused, and the refusal says it was unsigned and what to do.
 */
@ExtendWith(ApplicationExtension.class)
class SignAndDeployFlowTest {

    private SigningFlowFixture fx;
    private Stage stage;
    private Path zip;
    private SigningProfileInfo release;
    private String enforceArn;
    private MainWindowModels models;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        Path dir = Files.createTempDirectory("sign-flow");
        fx = new SigningFlowFixture(dir);
        zip = PackageZips.python(dir, "orders.zip");
        release = fx.local.session().signer().putProfile(JsonNodeFactory.instance.objectNode()
                .put("profileName", "Release").put("platformId", SigningPlatformInfo.LAMBDA));
        ObjectNode csc = JsonNodeFactory.instance.objectNode().put("Description", "Release builds only");
        csc.putObject("AllowedPublishers").putArray("SigningProfileVersionArns").add(release.versionArn());
        csc.putObject("CodeSigningPolicies").put("UntrustedArtifactOnDeployment", "Enforce");
        enforceArn = fx.local.session().codeSigningConfigs().create(csc).arn();
        models = new MainWindowModels(new ShellViewModel(), new FunctionsViewModel(fx.context),
                new CodeSigningConfigsViewModel(fx.context), new SigningProfilesViewModel(fx.context),
                new SigningJobsViewModel(fx.context), fx.statePanel, new LayersViewModel(fx.context),
                new SamApplicationsViewModel(fx.context));
        new MainWindow(models).show(stage);
    }

    @AfterEach
    void stop(FxRobot robot) {
        SigningFlowFixture.closeDialogs(robot, stage);
        fx.close();
    }

    @Test
    void aSignedZipCreatesAFunctionUnderEnforceThatBecomesActive(FxRobot robot) throws TimeoutException {
        choosePackageAndNewBucket(robot);
        robot.clickOn("#sign-package-button");
        waitUntil(() -> text(robot, "#step-sign").startsWith("Succeeded: Signing Succeeded"));
        assertThat(text(robot, "#package-ready")).contains("the signed package s3://code/signed/");

        robot.clickOn("#deploy-create-function");
        waitUntil(() -> visible(robot, "#function-name"));
        waitUntil(() -> enforceArn.equals(models.functions().create().codeSigning().configArnProperty().get()));
        assertThat(models.functions().create().code().s3().keyProperty().get()).startsWith("signed/");
        robot.clickOn("#function-name").write("orders");
        waitUntil(() -> !robot.lookup("#create-button").queryButton().isDisabled());
        robot.clickOn("#create-button");

        waitUntil(() -> !fx.statePanel.rows().isEmpty()
                && fx.statePanel.rows().get(0).stateProperty().get() == FunctionState.ACTIVE);
        assertThat(fx.local.session().lambda().details("orders").configuration().path("SigningProfileVersionArn")
                .asText()).isEqualTo(release.versionArn());
    }

    @Test
    void anUnsignedDeployUnderEnforceIsRefusedWithTheReasonShown(FxRobot robot) throws TimeoutException {
        choosePackageAndNewBucket(robot);
        robot.clickOn("#upload-only");
        waitUntil(() -> text(robot, "#package-ready").contains("the unsigned package s3://code/orders.zip"));

        robot.clickOn("#deploy-create-function");
        waitUntil(() -> visible(robot, "#function-name"));
        robot.clickOn("#function-name").write("orders_unsigned");
        robot.interact(() -> models.functions().create().codeSigning().configArnProperty().set(enforceArn));
        waitUntil(() -> !robot.lookup("#create-button").queryButton().isDisabled());
        robot.clickOn("#create-button");

        waitUntil(() -> visible(robot, "#create-problem"));
        assertThat(text(robot, "#refusal-check")).isEqualTo("Lambda refused the function: Unsigned package");
        assertThat(text(robot, "#refusal-explanation")).contains("carries no signature").contains("Enforce");
        assertThat(text(robot, "#refusal-remedy")).startsWith("What to do: Sign it with a profile");
        assertThat(text(robot, "#refusal-service")).startsWith("CodeVerificationFailedException");
        assertThat(fx.local.session().lambda().exists("orders_unsigned")).isFalse();
        waitUntil(() -> fullyShown(robot.lookup("#create-button").query()));
    }

    private static boolean visible(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    /** True when the node lies inside its window. */
    private static boolean fullyShown(Node node) {
        Bounds b = node.localToScene(node.getBoundsInLocal());
        return b.getMaxY() <= node.getScene().getHeight() + 0.5 && b.getMinY() >= 0;
    }

    @Test
    void aTypedBucketIsCheckedWhileTheCursorIsStillInIt(FxRobot robot) throws TimeoutException {
        openSignAndDeploy(robot);
        robot.clickOn("#sign-package").write(zip.toString());

        robot.clickOn("#sign-bucket").write("code"); // no Enter, no leaving the field

        waitUntil(() -> text(robot, "#bucket-message").contains("There is no bucket named code"));
        assertThat(robot.lookup("#sign-bucket").queryComboBox().getEditor().isFocused()).isTrue();
    }

    private static void openSignAndDeploy(FxRobot robot) throws TimeoutException {
        robot.clickOn("#nav-jobs");
        robot.clickOn("#open-sign-and-deploy");
        waitUntil(() -> visible(robot, "#sign-package"));
    }

    private void choosePackageAndNewBucket(FxRobot robot) throws TimeoutException {
        openSignAndDeploy(robot);
        robot.clickOn("#sign-package").write(zip.toString());
        robot.clickOn("#sign-bucket").write("code").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#create-bucket").queryAs(Node.class).isVisible());
        assertThat(text(robot, "#bucket-message")).contains("There is no bucket named code");
        robot.clickOn("#create-bucket");
        waitUntil(() -> text(robot, "#bucket-message").equals("Created bucket code with versioning on."));
        waitUntil(() -> robot.lookup("#sign-profile").queryComboBox().getValue() != null);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }
}
