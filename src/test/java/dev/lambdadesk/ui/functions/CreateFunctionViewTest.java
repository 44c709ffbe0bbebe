package dev.lambdadesk.ui.functions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import atlantafx.base.theme.Styles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import dev.lambdadesk.testing.LocalSession;
import dev.lambdadesk.ui.common.ProblemsView;
import dev.lambdadesk.ui.common.ValidationDecoration;
import dev.lambdadesk.ui.functions.create.CreateFunctionView;

/** Creating a function by typing into the real form, against the in-process local endpoint. */
@ExtendWith(ApplicationExtension.class)
class CreateFunctionViewTest {

    private static final String ROLE = "arn:aws:iam::000000000000:role/lambda-basic-execution";

    @TempDir
    static Path temp;
    private static LocalSession local;
    private static Path zip;
    private FunctionsSectionHarness harness;

    @BeforeAll
    static void endpoint() throws IOException {
        local = LocalSession.start(temp.resolve("endpoint"), 300);
        zip = temp.resolve("function.zip");
        Files.write(zip, Base64.getDecoder().decode(TestZips.indexJsBase64()));
    }

    @AfterAll
    static void stop() {
        local.close();
    }

    @Start
    void start(Stage stage) {
        harness = new FunctionsSectionHarness(local.session(), temp.resolve("data-" + System.nanoTime()));
        harness.show(stage);
    }

    @AfterEach
    void close() {
        harness.close();
    }

    /** Opens the form, types the name, picks the account's role from the list (or types {@code role}). */
    private void openFormAndType(FxRobot robot, String name, String role) throws TimeoutException {
        robot.clickOn("#new-function");
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !harness.functions.create().permissions().roles()
                .isEmpty());
        type(robot, "function-name", name);
        robot.interact(() -> robot.lookup("#role-existing").queryAs(javafx.scene.control.RadioButton.class).fire());
        if (role == null) {
            goToField(robot, "role");
            robot.push(KeyCode.ALT, KeyCode.DOWN).type(KeyCode.DOWN).type(KeyCode.ENTER);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(harness.functions.create().permissions().roleProperty().get()).isEqualTo(ROLE);
            goToField(robot, "description"); // leaving the picker commits its value
        } else {
            type(robot, "role", role);
        }
        robot.interact(() -> harness.functions.create().code().chooseZip(zip));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> harness.functions.create().code().zipProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Moves to a field as the problems list does (scrolling it into view), then types over its text. */
    private static void type(FxRobot robot, String fieldId, String text) {
        goToField(robot, fieldId);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write(text, 0);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Looks the form up on the FX thread: ControlsFX may be wrapping the scene's root in its decoration pane. */
    private static void goToField(FxRobot robot, String fieldId) {
        robot.interact(() -> robot.lookup("#create-function").queryAs(CreateFunctionView.class).goToField(fieldId));
    }

    private static List<String> pseudoClasses(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Node.class).getPseudoClassStates().stream()
                .map(PseudoClass::getPseudoClassName).toList();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    @Test
    void anInvalidMemoryIsDecoratedAndBlocksCreateUntilFixedThenTheFunctionGoesPendingThenActive(FxRobot robot)
            throws TimeoutException {
        openFormAndType(robot, "orders-fx", null);
        Button create = robot.lookup("#create-button").queryButton();
        assertThat(create.isDisabled()).isFalse();

        type(robot, "memory-size", "64");

        Node memory = robot.lookup("#memory-size").query();
        assertThat(pseudoClasses(robot, "#memory-size")).contains(Styles.STATE_DANGER.getPseudoClassName());
        assertThat(ValidationDecoration.isDecorated(memory)).isTrue();
        assertThat(text(robot, "#memory-size-message"))
                .isEqualTo("Memory must be between 128 and 10240 MB; you entered 64.");
        assertThat(create.isDisabled()).isTrue();
        assertThat(text(robot, "#problems-summary")).isEqualTo("1 error");

        type(robot, "memory-size", "256");

        assertThat(pseudoClasses(robot, "#memory-size")).doesNotContain(Styles.STATE_DANGER.getPseudoClassName());
        assertThat(ValidationDecoration.isDecorated(memory)).isFalse();
        assertThat(robot.lookup("#memory-size-message").queryAs(Node.class).isVisible()).isFalse();
        assertThat(create.isDisabled()).isFalse();

        robot.clickOn("#create-button");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#watch-orders-fx-badge").tryQuery()
                .isPresent());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text(robot, "#watch-orders-fx-activity")
                .startsWith("Settled after"));
        assertThat(text(robot, "#watch-orders-fx-badge")).isEqualTo("Active");
        // read the chips on the FX thread: the panel redraws its timeline as the watcher reports
        List<String> chips = new ArrayList<>();
        robot.interact(() -> robot.lookup("#watch-orders-fx-timeline .timeline-chip").queryAllAs(Labeled.class)
                .forEach(chip -> chips.add(chip.getText().substring(9)))); // after the time of day
        assertThat(chips)
                .startsWith("Pending").endsWith("Active");
        assertThat(harness.statePanel.rows().getFirst().timeline().getFirst().text())
                .isEqualTo("Created — Pending — Creating: The function is being created.");
        assertThat(pseudoClasses(robot, "#watch-orders-fx-badge")).contains(Styles.STATE_SUCCESS.getPseudoClassName());

        assertThat(robot.lookup("#function-explorer").tryQuery()).isPresent();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#function-table")
                .queryAs(TableView.class).getItems().stream().anyMatch(f -> f.toString().contains("orders-fx")));

        // a role picked from the list must not come back into the emptied form and be saved as a draft
        robot.push(KeyCode.CONTROL, KeyCode.N);
        WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
        assertThat(harness.functions.create().permissions().roleProperty().get()).isEmpty();
        assertThat(harness.drafts.load("create-function").value()).isEmpty();
    }

    @Test
    void aRoleThatDoesNotExistShowsTheServiceErrorAndMarksTheRoleField(FxRobot robot) throws TimeoutException {
        openFormAndType(robot, "no-role-fx", "arn:aws:iam::000000000000:role/missing");

        robot.clickOn("#create-button");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#create-problem").queryAs(Node.class)
                .isVisible());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(robot, "#create-problem #refusal-explanation")).startsWith("Lambda cannot use this "
                + "execution role: the role does not exist");
        assertThat(robot.lookup("#create-problem #refusal-service").queryAs(Node.class).isVisible())
                .as("the service's own words only on demand").isFalse();
        robot.clickOn("#create-problem #refusal-details-toggle");
        assertThat(text(robot, "#create-problem #refusal-service")).isEqualTo(
                "InvalidParameterValueException: The role defined for the function cannot be assumed by Lambda.");
        assertThat(pseudoClasses(robot, "#role")).contains(Styles.STATE_DANGER.getPseudoClassName());
        assertThat(text(robot, "#role-message")).startsWith("Lambda cannot use this execution role");
        assertThat(robot.lookup("#function-name").queryTextInputControl().getText()).isEqualTo("no-role-fx");
    }

    @Test
    void aTypedRoleSurvivesTheRoleListBeingListedAgain(FxRobot robot) throws TimeoutException {
        String typed = "arn:aws:iam::000000000000:role/typed-by-hand";
        openFormAndType(robot, "role-kept-fx", typed);

        robot.interact(() -> robot.lookup("#roles-refresh").queryButton().fire()); // may be scrolled out of view
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !harness.functions.create().permissions()
                .loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(harness.functions.create().permissions().roleProperty().get()).isEqualTo(typed);
        assertThat(robot.lookup("#role").queryAs(javafx.scene.control.ComboBox.class).getEditor().getText())
                .isEqualTo(typed);
    }

    @Test
    void aPickedRoleSurvivesTheRoleListBeingListedAgain(FxRobot robot) throws TimeoutException {
        openFormAndType(robot, "role-picked-fx", null);

        robot.interact(() -> robot.lookup("#roles-refresh").queryButton().fire()); // may be scrolled out of view
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !harness.functions.create().permissions()
                .loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(harness.functions.create().permissions().roleProperty().get()).isEqualTo(ROLE);
    }

    @Test
    void escapeLeavesTheFormAndWhatWasTypedStays(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        type(robot, "function-name", "kept-fx");

        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(harness.functions.pageProperty().get()).isEqualTo(FunctionsViewModel.Page.EXPLORER);
        assertThat(harness.functions.create().basics().functionNameProperty().get()).isEqualTo("kept-fx");
    }

    @Test
    void clickingAProblemMovesTheFocusToItsField(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        goToField(robot, "timeout");
        assertThat(robot.lookup("#problems").queryAs(ProblemsView.class).getItems()).hasSize(2); // name and code: a role is made

        robot.clickOn(robot.lookup("#problems .problem-cell").nth(0).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();

        Node focused = robot.lookup("#function-name").queryAs(Node.class).getScene().getFocusOwner();
        assertThat(focused.getId()).isEqualTo("function-name");
    }

    @Test
    void controlNOpensTheFormReadyToTypeTheName(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();

        robot.write("typed-straight-away", 0);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#function-name").queryTextInputControl().getText()).isEqualTo("typed-straight-away");
    }

    @Test
    void controlEnterCreatesFromTheKeyboard(FxRobot robot) throws TimeoutException {
        openFormAndType(robot, "keys-fx", null);

        robot.push(KeyCode.CONTROL, KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#watch-keys-fx").tryQuery().isPresent());
        assertThat(local.session().lambda().exists("keys-fx")).isTrue();
    }
}
