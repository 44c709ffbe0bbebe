package dev.lambdadesk.shots;

import static dev.lambdadesk.shots.TourSteps.closeDialogs;
import static dev.lambdadesk.shots.TourSteps.press;
import static dev.lambdadesk.shots.TourSteps.select;
import static dev.lambdadesk.shots.TourSteps.set;
import static dev.lambdadesk.shots.TourSteps.text;
import static dev.lambdadesk.shots.TourSteps.visible;
import static dev.lambdadesk.shots.TourSteps.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;


import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import dev.lambdadesk.ui.functions.create.CodeSource;

/**
 * Every dialog of the real main window keeps all its buttons inside its window: when it opens and after each change
 * of what it shows (a refusal appearing, the code source switched).
 */
@ExtendWith(ApplicationExtension.class)
class DialogButtonsStayInsideTest {

    private TourApp app;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        app = new TourApp(Files.createTempDirectory("dialog-buttons"), 0);
        app.show(stage);
    }

    @AfterEach
    void close(FxRobot robot) {
        closeDialogs(robot, stage);
        app.close();
    }

    @Test
    void updateCodeAndDeleteInTheExplorer(FxRobot robot) throws Exception {
        select(robot, "#function-table", TourApp.SIGNED_FUNCTION);
        waitUntil(() -> !robot.lookup("#update-code").queryButton().isDisabled());

        robot.clickOn("#update-code");
        waitUntil(() -> robot.lookup("#update-code-dialog").tryQuery().isPresent());
        assertButtonsInside("update code, opened");
        for (CodeSource source : List.of(CodeSource.IMAGE, CodeSource.S3)) {
            set(robot, "#update-code-source", source);
            assertButtonsInside("update code, source " + source);
        }
        set(robot, "#update-s3-bucket", "code");
        set(robot, "#update-s3-key", "orders.zip");
        waitUntil(() -> !robot.lookup("#update-code-deploy").queryButton().isDisabled());
        press(robot, "#update-code-deploy");
        waitUntil(() -> visible(robot, "#update-code-dialog #refusal"));
        assertButtonsInside("update code, refused");
        press(robot, "#update-code-dialog #refusal-details-toggle");
        assertButtonsInside("update code, refusal details open");
        closeDialogs(robot, stage);

        robot.clickOn("#delete-function");
        waitUntil(() -> visible(robot, "#delete-confirmation-name"));
        assertButtonsInside("delete, opened");
        robot.clickOn("#delete-confirmation-name").write(TourApp.SIGNED_FUNCTION, 0);
        assertButtonsInside("delete, name typed");
    }

    @Test
    void revokeProfileAndRevokeSignature(FxRobot robot) throws Exception {
        robot.clickOn("#nav-profiles");
        select(robot, "#profile-table", "Release");
        robot.clickOn("#revoke-profile");
        waitUntil(() -> robot.lookup("#revoke-profile-dialog").tryQuery().isPresent());
        assertButtonsInside("revoke profile, opened");
        robot.clickOn("#revoke-reason").write("The key may have been copied", 0);
        assertButtonsInside("revoke profile, reason typed");
        closeDialogs(robot, stage);

        robot.clickOn("#nav-jobs");
        select(robot, "#job-table", "Release");
        robot.clickOn("#revoke-signature");
        waitUntil(() -> robot.lookup("#revoke-signature-dialog").tryQuery().isPresent());
        assertButtonsInside("revoke signature, opened");
        robot.clickOn("#signature-reason").write("Built from the wrong branch", 0);
        assertButtonsInside("revoke signature, reason typed");
    }

    @Test
    void updateFromAPackage(FxRobot robot) throws Exception {
        TourSteps.uploadUnsignedPackage(robot, app);

        press(robot, "#deploy-update-code");
        waitUntil(() -> robot.lookup("#update-function").tryQuery().isPresent());
        assertButtonsInside("update from package, function to choose");
        waitUntil(() -> !app.models.signingJobs().signAndDeploy().functions().isEmpty());
        set(robot, "#update-function", app.models.signingJobs().signAndDeploy().functions().stream()
                .filter(f -> f.name().equals(TourApp.SIGNED_FUNCTION)).findFirst().orElseThrow());
        TourSteps.pressInDialog(robot, stage, "#update-function-next");
        waitUntil(() -> robot.lookup("#update-code-dialog").tryQuery().isPresent());
        assertButtonsInside("update from package, the package as the code");
        TourSteps.pressInDialog(robot, stage, "#update-code-deploy");
        waitUntil(() -> TourSteps.visibleInDialog(robot, stage, "#refusal"));
        assertButtonsInside("update from package, refused");
    }

    @Test
    void deleteALayerVersion(FxRobot robot) throws Exception {
        robot.clickOn("#nav-layers");
        select(robot, "#layer-table", "shared-utils");
        robot.clickOn("#delete-layer-version");
        waitUntil(() -> visible(robot, "#delete-layer-confirmation-name"));
        assertButtonsInside("delete layer version, opened");
        robot.clickOn("#delete-layer-confirmation-name").write("shared-utils", 0);
        assertButtonsInside("delete layer version, name typed");
    }

    @Test
    void connectionPicker(FxRobot robot) throws Exception {
        robot.interact(() -> app.shell.requestConnectionPicker());
        waitUntil(() -> robot.lookup("#connection-picker").tryQuery().isPresent());
        assertButtonsInside("connection picker, opened");
        robot.clickOn("#endpoint-url").write("localhost:4566", 0);
        assertButtonsInside("connection picker, a wrong endpoint URL");
    }

    /** Every visible button of every open dialog lies inside its window. */
    private void assertButtonsInside(String state) throws Exception {
        WaitForAsyncUtils.waitForFxEvents(4); // the dialog grows on the next pulse after a change
        List<Window> dialogs = WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                .filter(w -> w != stage && w instanceof Stage && w.isShowing()).toList()).get(10, TimeUnit.SECONDS);
        assertThat(dialogs).as(state + ": a dialog is open").isNotEmpty();
        for (Window dialog : dialogs) {
            List<String> outside = WaitForAsyncUtils.asyncFx(() -> dialog.getScene().getRoot().lookupAll(".button")
                    .stream().filter(n -> n instanceof Button && n.isVisible() && inTree(n))
                    .filter(n -> !inside(n)).map(DialogButtonsStayInsideTest::describe).toList()).get(10, TimeUnit.SECONDS);
            assertThat(outside).as(state + ": buttons outside the window").isEmpty();
        }
    }

    /** Shown: the node and all its parents are visible. */
    private static boolean inTree(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static boolean inside(Node node) {
        Bounds b = node.localToScene(node.getBoundsInLocal());
        double width = node.getScene().getWidth();
        double height = node.getScene().getHeight();
        return b.getMinX() >= -0.5 && b.getMinY() >= -0.5 && b.getMaxX() <= width + 0.5
                && b.getMaxY() <= height + 0.5;
    }

    private static String describe(Node node) {
        Bounds b = node.localToScene(node.getBoundsInLocal());
        String label = node instanceof Labeled l ? l.getText() : node.getId();
        return label + " at " + (int) b.getMinX() + "," + (int) b.getMinY() + "–" + (int) b.getMaxX() + ","
                + (int) b.getMaxY() + " in a " + (int) node.getScene().getWidth() + "×"
                + (int) node.getScene().getHeight() + " window";
    }








}
