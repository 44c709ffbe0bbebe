package dev.lambdadesk.ui.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;

import atlantafx.base.theme.PrimerLight;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import dev.lambdadesk.aws.AwsClients;
import dev.lambdadesk.aws.ProfileSource;
import dev.lambdadesk.aws.Session;
import dev.lambdadesk.aws.sso.FakeSsoOidc;
import dev.lambdadesk.core.ConnectionSpec;
import dev.lambdadesk.testing.ManualClock;
import dev.lambdadesk.ui.common.FxUiExecutor;

/**
 * The picker over a 1024×700 window, headless: Sign in shows the code and the address (copyable), the region is
 * type-ahead, and with every message showing, the picker fits and keeps its buttons and texts whole.
 */
@ExtendWith(ApplicationExtension.class)
class ConnectionPickerSignInViewTest {

    private Path dir;
    private FxUiExecutor executor;
    private ConnectionFixture fx;
    private FakeSsoOidc sso;
    private Stage owner;
    private ConnectionViewModel viewModel;
    /** The sign-in waits here between polls, so the test sees the code before the token comes. */
    private final Semaphore poll = new Semaphore(0);

    @Start
    void start(Stage stage) throws IOException {
        dir = Files.createTempDirectory("picker-sign-in-test");
        executor = new FxUiExecutor();
        fx = new ConnectionFixture(dir, executor);
        sso = new FakeSsoOidc(FakeSsoOidc.Outcome.PENDING);
        ManualClock clock = new ManualClock(Instant.now());
        // once signed in, dev-sso signs with the local endpoint's keys (the portal is AWS's edge)
        viewModel = new ConnectionViewModel(fx.session, fx.monitor, spec ->
                spec instanceof ConnectionSpec.Profile p && p.profileName().equals("dev-sso")
                        && Files.exists(fx.tokens.fileFor(fx.profiles.ssoSession("dev-sso").orElseThrow()))
                        ? new Session.Connection(spec, AwsClients.local(fx.endpoint.endpointUri(),
                        fx.endpoint.credentials().accessKeyId(), fx.endpoint.credentials().secretAccessKey(),
                        spec.region()))
                        : fx.connector.open(spec),
                fx.profiles, executor, fx.scheduler, fx.shell,
                sso.signIn(fx.tokens, clock, d -> {
                    poll.acquire();
                    clock.advance(d);
                }), address -> false);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 1024, 700));
        stage.show();
    }

    @AfterEach
    void stop(FxRobot robot) throws IOException {
        poll.release(100);
        robot.interact(() -> new ArrayList<>(Window.getWindows()).stream().filter(w -> w != owner)
                .forEach(Window::hide));
        executor.close();
        sso.close();
        fx.close();
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void signInShowsTheCodeAndAddressToCopyThenConnectsAndCloses(FxRobot robot) throws TimeoutException {
        open(robot);
        robot.clickOn("dev-sso · IAM Identity Center");
        robot.clickOn("#sign-in");

        waitUntil(() -> "WXYZ-1234".equals(robot.lookup("#sign-in-code").queryAs(TextField.class).getText()));
        TextField address = robot.lookup("#sign-in-address").queryAs(TextField.class);
        assertThat(address.getText()).isEqualTo("https://device.sso.us-east-1.amazonaws.com/?user_code=WXYZ-1234");
        assertThat(address.isEditable()).isFalse();
        assertThat(robot.lookup("#sign-in-message").queryLabeled().getText())
                .startsWith("Open this address in a browser.");
        assertThat(robot.lookup("#sign-in").queryAs(Button.class).isDisabled()).isTrue();
        assertFitsAndNothingIsCut(robot);

        poll.release(2);
        waitUntil(() -> robot.lookup("#connection-picker").tryQuery().isEmpty());
        assertThat(fx.session.current().orElseThrow().spec())
                .isEqualTo(new ConnectionSpec.Profile("dev-sso", "us-west-2", Optional.empty()));
    }

    @Test
    void theRegionListNarrowsWhileTypingAndAPickedRegionIsTheRegion(FxRobot robot) throws TimeoutException {
        open(robot);
        robot.clickOn("wrong-secret · access keys");
        ComboBox<?> region = robot.lookup("#region-choice").queryAs(ComboBox.class);
        assertThat(region.getEditor().getText()).isEqualTo("eu-west-1");

        typeRegion(robot, "ap-south");
        waitUntil(region::isShowing);
        assertThat(region.getItems()).isNotEmpty().allMatch(r -> r.toString().startsWith("ap-south"));
        robot.clickOn(robot.lookup(".list-cell").match(n -> n instanceof Labeled l
                && "ap-southeast-2".equals(l.getText())).<Node>query());

        waitUntil(() -> !region.isShowing());
        assertThat(region.getEditor().getText()).isEqualTo("ap-southeast-2");
        assertThat(region.getValue()).isEqualTo("ap-southeast-2");
        robot.clickOn(region.lookup(".arrow-button"));
        waitUntil(region::isShowing);
        assertThat(region.getItems()).hasSize(viewModel.newPicker().allRegions().size()); // the whole list again
        robot.clickOn(region.lookup(".arrow-button"));
        waitUntil(() -> !region.isShowing());
        assertThat(region.getEditor().getText()).isEqualTo("ap-southeast-2");

        robot.clickOn("Local endpoint · built in, no AWS account");
        assertThat(region.getEditor().getText()).isEqualTo("us-east-1");
        assertThat(region.isDisabled()).isTrue();
        robot.clickOn("wrong-secret · access keys");
        assertThat(region.getEditor().getText()).isEqualTo("ap-southeast-2");
    }

    @Test
    void withEveryMessageShowingThePickerFitsAndKeepsItsButtonsAndTextsWhole(FxRobot robot)
            throws TimeoutException {
        open(robot);
        robot.clickOn("dev-sso · IAM Identity Center");
        robot.clickOn("#endpoint-url").write(fx.endpointUrl());
        robot.clickOn("#apply-connection");
        // the first use of the SDK's IAM Identity Center classes takes a while on a busy machine
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> robot.lookup("#connection-outcome").queryLabeled()
                .getText().contains("not signed in"));
        typeRegion(robot, "Frankfurt");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#region-problem").queryLabeled().isVisible()).isTrue();
        assertThat(robot.lookup("#sign-in").queryAs(Node.class).isVisible()).isTrue();
        assertFitsAndNothingIsCut(robot);
    }

    /** Types over the region's text, key by key, as a person does. */
    private static void typeRegion(FxRobot robot, String text) {
        ComboBox<?> region = robot.lookup("#region-choice").queryAs(ComboBox.class);
        robot.clickOn(region.getEditor());
        robot.interact(region.getEditor()::selectAll);
        robot.write(text);
    }

    private void open(FxRobot robot) throws TimeoutException {
        robot.interact(() -> ConnectionPickerView.open(viewModel.newPicker(), owner));
        waitUntil(() -> robot.lookup("dev-sso · IAM Identity Center").tryQuery().isPresent());
    }

    /** The picker is no larger than 1024×700, every shown button lies inside it, no label is ellipsized. */
    private static void assertFitsAndNothingIsCut(FxRobot robot) {
        Parent root = robot.lookup("#connection-picker").queryParent();
        Scene scene = root.getScene();
        robot.interact(() -> { // the texts drawn are those of the last layout pass: lay out what is set now
            root.applyCss();
            root.layout();
        });
        assertThat(scene.getWindow().getWidth()).isLessThanOrEqualTo(1024);
        assertThat(scene.getWindow().getHeight()).isLessThanOrEqualTo(700);
        List<Node> shown = robot.from(root).lookup((Node n) -> treeVisible(n)).queryAll().stream().toList();
        for (Node n : shown) {
            if (n instanceof Button b) {
                Bounds in = b.localToScene(b.getBoundsInLocal());
                assertThat(in.getMinX()).as(b.getText()).isGreaterThanOrEqualTo(0);
                assertThat(in.getMinY()).as(b.getText()).isGreaterThanOrEqualTo(0);
                assertThat(in.getMaxX()).as(b.getText()).isLessThanOrEqualTo(scene.getWidth());
                assertThat(in.getMaxY()).as(b.getText()).isLessThanOrEqualTo(scene.getHeight());
            }
            if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()
                    && l.lookup(".text") instanceof Text drawn) {
                assertThat(drawn.getText()).as("the text drawn for " + l.getId()).isEqualTo(l.getText()
                        .replace("_", ""));
            }
        }
    }

    private static boolean treeVisible(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }
}
