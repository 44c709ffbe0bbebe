package dev.lambdadesk.shots;

import static dev.lambdadesk.shots.TourSteps.closeDialogs;
import static dev.lambdadesk.shots.TourSteps.press;
import static dev.lambdadesk.shots.TourSteps.rows;
import static dev.lambdadesk.shots.TourSteps.select;
import static dev.lambdadesk.shots.TourSteps.set;
import static dev.lambdadesk.shots.TourSteps.text;
import static dev.lambdadesk.shots.TourSteps.visible;
import static dev.lambdadesk.shots.TourSteps.waitUntil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import dev.lambdadesk.core.FunctionState;
import dev.lambdadesk.ui.functions.create.CodeSource;
import dev.lambdadesk.sam.SamTemplates;
import dev.lambdadesk.ui.functions.create.CreateFunctionView;

/**
 * Drives the real main window through every view and dialog and writes a picture of each state at 1024×700 and
 * 1440×900, light and dark, into {@code target/screenshots/<theme>-<W>x<H>/NN-name.png}. Run on demand only:
 * {@code mvn -q test -Dtest=ScreenshotTour -Dscreenshots} (see README, Development → Screenshots).
 */
@Tag("screenshots")
@EnabledIfSystemProperty(named = "screenshots", matches = ".*")
@ExtendWith(ApplicationExtension.class)
class ScreenshotTour {

    static {
        if (System.getProperty("headless.geometry") == null) { // a screen larger than the largest window
            System.setProperty("headless.geometry", "1920x1200-32");
        }
    }

    private static final List<int[]> SIZES = List.of(new int[] {1440, 900}, new int[] {1024, 700});

    private TourApp app;
    private Stage stage;
    private Path out;
    private int shot;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        String target = System.getProperty("screenshots", "");
        out = Path.of(target.isBlank() || target.equals("true") ? "target/screenshots" : target);
        app = new TourApp(Files.createTempDirectory("screenshot-tour"), 5000);
        app.show(stage);
        stage.setWidth(1440); // Monocle keeps the first size's pixel buffer: start with the larger one
        stage.setHeight(900);
    }

    @AfterEach
    void close(FxRobot robot) {
        closeDialogs(robot, stage);
        app.close();
    }

    @Test
    void tour(FxRobot robot) throws Exception {
        functions(robot);
        updateCode(robot);
        delete(robot);
        createForm(robot);
        codeSigningConfigs(robot);
        profiles(robot);
        jobs(robot);
        signAndDeploy(robot);
        layers(robot);
        samApplications(robot);
        connectionPicker(robot);
    }

    private void functions(FxRobot robot) throws Exception {
        waitUntil(() -> rows(robot, "#function-table") >= 4);
        select(robot, "#function-table", TourApp.SIGNED_FUNCTION);
        waitUntil(() -> text(robot, "#function-details-title").equals(TourApp.SIGNED_FUNCTION)
                && robot.lookup("#detail-runtime").tryQuery().isPresent());
        shoot(robot, "explorer-signed-function-details");
    }

    private void updateCode(FxRobot robot) throws Exception {
        robot.clickOn("#update-code");
        waitUntil(() -> robot.lookup("#update-code-dialog").tryQuery().isPresent());
        shoot(robot, "update-code-zip");
        set(robot, "#update-code-source", CodeSource.S3);
        shoot(robot, "update-code-s3");
        set(robot, "#update-s3-bucket", "code");
        set(robot, "#update-s3-key", "orders.zip");
        waitUntil(() -> !robot.lookup("#update-code-deploy").queryButton().isDisabled());
        press(robot, "#update-code-deploy");
        waitUntil(() -> visible(robot, "#update-code-dialog #refusal"));
        press(robot, "#update-code-dialog #refusal-details-toggle");
        shoot(robot, "update-code-refused");
        closeDialogs(robot, stage);
    }

    private void delete(FxRobot robot) throws Exception {
        robot.clickOn("#delete-function");
        waitUntil(() -> visible(robot, "#delete-confirmation-name"));
        robot.clickOn("#delete-confirmation-name").write("orders", 0);
        shoot(robot, "delete-confirmation");
        closeDialogs(robot, stage);
    }

    private void createForm(FxRobot robot) throws Exception {
        robot.clickOn("#new-function");
        waitUntil(() -> robot.lookup("#create-function").tryQuery().isPresent());
        shoot(robot, "create-form-empty");
        type(robot, "function-name", "orders api!");
        type(robot, "memory-size", "64");
        type(robot, "timeout", "1200");
        shoot(robot, "create-form-errors");
        type(robot, "function-name", "orders-v2");
        type(robot, "memory-size", "256");
        type(robot, "timeout", "15");
        robot.interact(() -> app.models.functions().create().permissions().createsRoleProperty().set(false));
        type(robot, "role", "arn:aws:iam::000000000000:role/missing");
        robot.interact(() -> app.models.functions().create().code().chooseZip(app.unsignedZip));
        waitUntil(() -> app.models.functions().create().code().zipProperty().get() != null);
        press(robot, "#create-button");
        waitUntil(() -> visible(robot, "#create-problem"));
        press(robot, "#create-problem #refusal-details-toggle");
        shoot(robot, "create-refused");
        type(robot, "role", TourApp.ROLE);
        press(robot, "#create-button");
        waitUntil(() -> app.models.statePanel().rows().size() >= 3);
        shoot(robot, "create-success-pending");
        waitUntil(() -> app.models.statePanel().rows().stream()
                .anyMatch(r -> r.stateProperty().get() == FunctionState.ACTIVE));
        shoot(robot, "create-success-active");
        closeDialogs(robot, stage); // the desktop notification would cover the next pictures' headers
    }

    private void codeSigningConfigs(FxRobot robot) throws Exception {
        robot.clickOn("#nav-csc");
        waitUntil(() -> rows(robot, "#config-table") >= 2);
        shoot(robot, "csc-list");
        select(robot, "#config-table", "Release builds");
        waitUntil(() -> visible(robot, "#config-details"));
        shoot(robot, "csc-details");
        robot.interact(() -> app.models.codeSigningConfigs().editSelected());
        waitUntil(() -> visible(robot, "#config-form"));
        shoot(robot, "csc-editor");
        robot.interact(() -> app.models.codeSigningConfigs().newConfig());
        shoot(robot, "csc-new");
        robot.interact(() -> app.models.codeSigningConfigs().showList());
    }

    private void profiles(FxRobot robot) throws Exception {
        robot.clickOn("#nav-profiles");
        robot.interact(() -> app.models.signingProfiles().showCanceledProperty().set(true));
        waitUntil(() -> rows(robot, "#profile-table") >= 4);
        shoot(robot, "profiles-list");
        select(robot, "#profile-table", "Leaked_key");
        shoot(robot, "profile-details-revoked");
        select(robot, "#profile-table", "Release");
        robot.clickOn("#revoke-profile");
        waitUntil(() -> robot.lookup("#revoke-profile-dialog").tryQuery().isPresent());
        shoot(robot, "revoke-profile-dialog");
        closeDialogs(robot, stage);
        robot.interact(() -> app.models.signingProfiles().newProfile());
        shoot(robot, "profile-new-form");
        press(robot, "#create-profile");
        shoot(robot, "profile-new-form-errors");
        robot.interact(() -> app.models.signingProfiles().showList());
    }

    private void jobs(FxRobot robot) throws Exception {
        robot.clickOn("#nav-jobs");
        waitUntil(() -> rows(robot, "#job-table") >= 3);
        shoot(robot, "jobs-list");
        select(robot, "#job-table", "Release");
        shoot(robot, "job-details");
        robot.clickOn("#revoke-signature");
        waitUntil(() -> robot.lookup("#revoke-signature-dialog").tryQuery().isPresent());
        shoot(robot, "revoke-signature-dialog");
        closeDialogs(robot, stage);
    }

    private void signAndDeploy(FxRobot robot) throws Exception {
        TourSteps.openSignAndDeploy(robot, app);
        shoot(robot, "sign-and-deploy");
        press(robot, "#upload-only");
        waitUntil(() -> text(robot, "#package-ready").contains("unsigned package"));
        shoot(robot, "sign-and-deploy-package-ready");
        press(robot, "#deploy-update-code");
        waitUntil(() -> robot.lookup("#update-function").tryQuery().isPresent());
        waitUntil(() -> !app.models.signingJobs().signAndDeploy().functions().isEmpty());
        set(robot, "#update-function", app.models.signingJobs().signAndDeploy().functions().stream()
                .filter(f -> f.name().equals(TourApp.SIGNED_FUNCTION)).findFirst().orElseThrow());
        TourSteps.pressInDialog(robot, stage, "#update-function-next");
        waitUntil(() -> robot.lookup("#update-code-dialog").tryQuery().isPresent());
        shoot(robot, "update-from-package");
        closeDialogs(robot, stage);
        press(robot, "#deploy-create-function");
        waitUntil(() -> visible(robot, "#function-name"));
        robot.clickOn("#function-name").write("orders-unsigned", 0);
        robot.interact(() -> app.models.functions().create().codeSigning().configArnProperty().set(app.enforceArn));
        shoot(robot, "create-from-package");
        press(robot, "#create-button");
        waitUntil(() -> visible(robot, "#create-problem"));
        shoot(robot, "create-from-package-refused-unsigned");
        robot.clickOn("#nav-jobs");
        waitUntil(() -> visible(robot, "#sign-package"));
    }

    private void layers(FxRobot robot) throws Exception {
        press(robot, "#sign-back");
        robot.clickOn("#nav-layers");
        waitUntil(() -> rows(robot, "#layer-table") >= 2);
        select(robot, "#layer-table", "shared-utils");
        waitUntil(() -> text(robot, "#layer-details-title").contains("shared-utils"));
        shoot(robot, "layers-list-details");
        robot.clickOn("#delete-layer-version");
        waitUntil(() -> visible(robot, "#delete-layer-confirmation-name"));
        shoot(robot, "delete-layer-confirmation");
        closeDialogs(robot, stage);
        press(robot, "#publish-layer");
        waitUntil(() -> visible(robot, "#layer-form"));
        shoot(robot, "layer-publish-form");
        robot.clickOn("#layer-name").write("bad name!", 0);
        shoot(robot, "layer-publish-form-errors");
        press(robot, "#layer-form-back");
    }

    /** The seed's template with a layer: opened, then signed with Release and deployed under Enforce. */
    private void samApplications(FxRobot robot) throws Exception {
        robot.clickOn("#nav-sam");
        waitUntil(() -> visible(robot, "#sam-empty"));
        shoot(robot, "sam-no-template");
        Path template = SamTemplates.copy("signed-app", app.dir.resolve("hello-app")).resolve("template.yaml");
        robot.interact(() -> app.models.sam().open(template));
        waitUntil(() -> robot.lookup("#sam-node-HelloWorld").tryQuery().isPresent());
        shoot(robot, "sam-template-opened");
        robot.interact(() -> {
            app.models.sam().parameters().getFirst().valueProperty().set(app.releaseVersionArn);
            app.models.sam().signing().choices().forEach(c -> c.profileProperty().set("Release"));
            app.models.sam().run().bucketProperty().set("code");
        });
        waitUntil(() -> !robot.lookup("#sam-deploy").queryButton().isDisabled());
        press(robot, "#sam-deploy");
        waitUntil(() -> text(robot, "#sam-notice").startsWith("Stack"));
        shoot(robot, "sam-applications");
    }

    private void connectionPicker(FxRobot robot) throws Exception {
        robot.interact(() -> app.shell.requestConnectionPicker());
        waitUntil(() -> robot.lookup("#connection-picker").tryQuery().isPresent());
        shoot(robot, "connection-picker");
        closeDialogs(robot, stage);
    }

    /** Writes the window in each size and theme: {@code <theme>-<W>x<H>/NN-name.png}. */
    private void shoot(FxRobot robot, String name) throws Exception {
        shot++;
        WaitForAsyncUtils.sleep(250, TimeUnit.MILLISECONDS); // work answered just now reaches the screen
        for (int[] size : SIZES) {
            for (boolean dark : new boolean[] {false, true}) {
                robot.interact(() -> {
                    stage.setWidth(size[0]);
                    stage.setHeight(size[1]);
                    app.shell.darkThemeProperty().set(dark);
                });
                WaitForAsyncUtils.waitForFxEvents(3);
                var picture = WaitForAsyncUtils.asyncFx(() -> WindowPicture.of(stage)).get(10, TimeUnit.SECONDS);
                WindowPicture.write(picture, out.resolve((dark ? "dark" : "light") + "-" + size[0] + "x" + size[1])
                        .resolve(String.format("%02d-%s.png", shot, name)));
            }
        }
        robot.interact(() -> app.shell.darkThemeProperty().set(false));
    }

    private static void type(FxRobot robot, String fieldId, String text) {
        robot.interact(() -> robot.lookup("#create-function").queryAs(CreateFunctionView.class).goToField(fieldId));
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write(text, 0);
        WaitForAsyncUtils.waitForFxEvents();
    }








}
