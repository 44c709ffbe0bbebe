package dev.lambdadesk.ui.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;

import atlantafx.base.controls.Message;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import dev.lambdadesk.aws.Session;
import dev.lambdadesk.core.ConnectionSpec;
import dev.lambdadesk.testing.WindowModels;
import dev.lambdadesk.ui.common.FxUiExecutor;
import dev.lambdadesk.ui.shell.MainWindow;

/** The real main window, headless: the picker opens from the connection indicator and switches the connection. */
@ExtendWith(ApplicationExtension.class)
class ConnectionPickerViewTest {

    private Path dir;
    private FxUiExecutor executor;
    private ConnectionFixture fx;

    @Start
    void start(Stage stage) throws IOException {
        dir = Files.createTempDirectory("picker-test");
        executor = new FxUiExecutor();
        fx = new ConnectionFixture(dir, executor);
        Session idle = new Session(); // the sections stay empty; this test is about the picker
        new MainWindow(WindowModels.of(fx.shell, idle, executor, dir.resolve("data"))).show(stage);
        ConnectionPickerView.openOnRequest(fx.shell, fx.viewModel, stage);
    }

    @AfterEach
    void stop(FxRobot robot) throws IOException {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != null && isPicker(w)).toList()
                .forEach(Window::hide));
        executor.close();
        fx.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void clickingTheIndicatorOpensThePickerAndApplyingAProfileConnectsToIt(FxRobot robot) throws TimeoutException {
        robot.clickOn("#connection-button");
        waitUntil(() -> robot.lookup("#connection-picker").tryQuery().isPresent());
        waitUntil(() -> robot.lookup("lambdadesk-local · access keys").tryQuery().isPresent());
        assertThat(robot.lookup("dev-sso · IAM Identity Center").tryQuery()).isPresent();

        robot.clickOn("lambdadesk-local · access keys");
        assertThat(regionShown(robot))
                .isEqualTo("us-east-1");
        robot.clickOn("#endpoint-url").write(fx.endpointUrl());
        robot.clickOn("#apply-connection");

        waitUntil(() -> robot.lookup("#connection-picker").tryQuery().isEmpty());
        assertThat(robot.lookup("#connection-status").queryLabeled().getText())
                .isEqualTo("lambdadesk-local · us-east-1 · " + fx.endpointUrl());
        assertThat(fx.switches).containsExactly(
                new ConnectionSpec.Profile("lambdadesk-local", "us-east-1", Optional.of(fx.endpointUrl())));
    }

    @Test
    void ctrlKOpensThePickerWhichRefusesAWrongUrlAndEscapeClosesIt(FxRobot robot) throws TimeoutException {
        robot.push(KeyCode.CONTROL, KeyCode.K);
        waitUntil(() -> robot.lookup("dev-sso · IAM Identity Center").tryQuery().isPresent());

        robot.clickOn("dev-sso · IAM Identity Center");
        assertThat(regionShown(robot))
                .isEqualTo("us-west-2");
        robot.clickOn("#endpoint-url").write("localhost:4566");

        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#endpoint-url-problem").queryLabeled().getText()).contains("http:// or https://");
        assertThat(robot.lookup("#apply-connection").queryAs(Button.class).isDisabled()).isTrue();

        robot.clickOn("Local endpoint · built in, no AWS account");
        assertThat(robot.lookup("#endpoint-url").queryAs(Node.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#apply-connection").queryAs(Button.class).isDisabled()).isFalse();

        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#connection-picker").tryQuery().isEmpty());
        assertThat(fx.switches).isEmpty();
    }

    @Test
    void aFailedConnectionKeepsThePickerOpenWithTheReason(FxRobot robot) throws TimeoutException {
        robot.clickOn("#connection-button");
        waitUntil(() -> robot.lookup("wrong-secret · access keys").tryQuery().isPresent());

        robot.clickOn("wrong-secret · access keys");
        robot.clickOn("#endpoint-url").write(fx.endpointUrl());
        robot.clickOn("#apply-connection");

        waitUntil(() -> !robot.lookup("#connection-outcome").queryLabeled().getText().startsWith("Connecting"));
        assertThat(robot.lookup("#connection-outcome").queryLabeled().getText())
                .contains("credentials refused", "Fix its keys (aws configure --profile wrong-secret)");
        assertThat(robot.lookup("#connection-status").queryLabeled().getText())
                .isEqualTo("wrong-secret · eu-west-1 · " + fx.endpointUrl() + " — credentials refused");
        assertThat(robot.lookup("#connection-picker").tryQuery()).isPresent();
    }

    @Test
    void aNoticeShowsUnderTheHeaderUntilItIsClosed(FxRobot robot) {
        robot.interact(() -> fx.shell.showNotice("The settings file was damaged and was set aside as "
                + "settings.json.damaged-1; default settings are in use."));

        assertThat(robot.lookup("#notice-bar").queryAs(Node.class).isVisible()).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#notice-message").queryAs(Message.class).getDescription())
                .startsWith("The settings file was damaged");

        robot.clickOn("#notice-message .close-button");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#notice-bar").queryAs(Node.class).isVisible()).isFalse();
        assertThat(fx.shell.notices()).isEmpty();
    }

    private static Object regionShown(FxRobot robot) {
        return robot.lookup("#region-choice").queryAs(ComboBox.class).getValue();
    }

    private static boolean isPicker(Window window) {
        return window instanceof Stage s && ConnectionPickerView.TITLE.equals(s.getTitle());
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }
}
