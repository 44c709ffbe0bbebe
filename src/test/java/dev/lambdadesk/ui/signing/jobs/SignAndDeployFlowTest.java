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
import dev.lambdadesk.ui.signing.SigningFlowFixture;

/**
 * Sign and deploy under an Enforce configuration, as a person does it: a signed package creates a function that
 * becomes Active; an unsigned one is refused, and the refusal says it was unsigned and what to do.
 */
@ExtendWith(ApplicationExtension.class)
class SignAndDeployFlowTest {

    private SigningFlowFixture fx;
    private Stage stage;
    private Path zip;
    private SigningProfileInfo release;

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
        fx.local.session().codeSigningConfigs().create(csc);
        SigningFlowFixture.show(stage, new SigningJobsView(new SigningJobsViewModel(fx.context)));
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
        waitUntil(() -> robot.lookup("#deploy-name").tryQuery().isPresent());
        waitUntil(() -> text(robot, "#deploy-config-note").contains("trusts the profile that signed this package"));
        robot.clickOn("#deploy-name").write("orders");
        waitUntil(() -> !robot.lookup("#deploy-create").queryButton().isDisabled());
        robot.clickOn("#deploy-create");

        waitUntil(() -> text(robot, "#deploy-outcome").startsWith("orders: created from the signed package"));
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
        waitUntil(() -> robot.lookup("#deploy-name").tryQuery().isPresent());
        robot.clickOn("#deploy-name").write("orders_unsigned");
        robot.clickOn("#deploy-config").type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitUntil(() -> text(robot, "#deploy-config-note").contains("will see an unsigned package"));
        robot.clickOn("#deploy-create");

        waitUntil(() -> robot.lookup("#refusal").queryAs(Node.class).isVisible());
        assertThat(text(robot, "#refusal-check")).isEqualTo("Lambda refused the deployment: Unsigned package");
        assertThat(text(robot, "#refusal-explanation")).contains("carries no signature").contains("Enforce");
        assertThat(text(robot, "#refusal-remedy")).startsWith("What to do: Sign it with a profile");
        assertThat(text(robot, "#refusal-service")).startsWith("CodeVerificationFailedException");
        assertThat(fx.local.session().lambda().exists("orders_unsigned")).isFalse();
        waitUntil(() -> fullyShown(robot.lookup("#refusal-service").query())
                && fullyShown(robot.lookup("#deploy-create").query()));
    }

    /** True when the node lies inside its window: the dialog grew to show what appeared in it. */
    private static boolean fullyShown(Node node) {
        Bounds b = node.localToScene(node.getBoundsInLocal());
        return b.getMaxY() <= node.getScene().getHeight() + 0.5 && b.getMinY() >= 0;
    }

    @Test
    void aTypedBucketIsCheckedWhileTheCursorIsStillInIt(FxRobot robot) throws TimeoutException {
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#sign-package").queryTextInputControl().isFocused());
        robot.write(zip.toString());

        robot.clickOn("#sign-bucket").write("code"); // no Enter, no leaving the field

        waitUntil(() -> text(robot, "#bucket-message").contains("There is no bucket named code"));
        assertThat(robot.lookup("#sign-bucket").queryComboBox().getEditor().isFocused()).isTrue();
    }

    private void choosePackageAndNewBucket(FxRobot robot) throws TimeoutException {
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#sign-package").queryTextInputControl().isFocused());
        robot.write(zip.toString());
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
