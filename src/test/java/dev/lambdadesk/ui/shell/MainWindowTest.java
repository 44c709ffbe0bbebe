package dev.lambdadesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import javafx.application.Application;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Styles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import dev.lambdadesk.aws.Session;
import dev.lambdadesk.testing.WindowModels;
import dev.lambdadesk.ui.common.CurrentThreadUiExecutor;

/** Starts the real main window headless and uses it by mouse and keyboard. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private ShellViewModel shell;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        shell = new ShellViewModel();
        shell.showConnection(ConnectionStatus.of(ConnectionState.CONNECTED, "Local endpoint · us-east-1"));
        Session session = new Session(); // never connected: every section shows its empty state
        new MainWindow(WindowModels.of(shell, session, new CurrentThreadUiExecutor(),
                Path.of(System.getProperty("java.io.tmpdir"), "ld-shell-test"))).show(stage);
    }

    @AfterEach
    void backToTheLightTheme() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    @Test
    void theWindowIsLambdaDeskWithItsIconAndASensibleMinimumSize() {
        assertThat(stage.getTitle()).isEqualTo("LambdaDesk");
        assertThat(stage.getIcons()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(stage.getMinWidth()).isEqualTo(900);
        assertThat(stage.getMinHeight()).isEqualTo(600);
    }

    @Test
    void opensOnTheFunctionsSectionWithAnHonestEmptyState(FxRobot robot) {
        assertShowing(robot, "functions", "Functions");
        assertThat(emptyStateText(robot, "functions")).contains("every function in the account");
    }

    @Test
    void clickingEachSidebarEntryShowsItsSection(FxRobot robot) {
        robot.clickOn("#nav-csc");
        assertShowing(robot, "csc", "Code signing configs");
        assertThat(emptyStateText(robot, "csc")).contains("policy (Warn or Enforce)");

        robot.clickOn("#nav-profiles");
        assertShowing(robot, "profiles", "Signing profiles");
        assertThat(emptyStateText(robot, "profiles")).contains("A signing profile signs code packages");

        robot.clickOn("#nav-jobs");
        assertShowing(robot, "jobs", "Signing jobs");
        assertThat(emptyStateText(robot, "jobs")).contains("Sign a package with Sign and deploy");

        robot.clickOn("#nav-functions");
        assertShowing(robot, "functions", "Functions");
    }

    @Test
    void ctrlAndANumberJumpsToThatSection(FxRobot robot) {
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        assertShowing(robot, "csc", "Code signing configs");

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT4);
        assertShowing(robot, "jobs", "Signing jobs");

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        assertShowing(robot, "profiles", "Signing profiles");

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT5);
        assertShowing(robot, "layers", "Layers");

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        assertShowing(robot, "functions", "Functions");
    }

    @Test
    void theArrowKeysWalkTheSidebar(FxRobot robot) {
        assertThat(robot.lookup("#navigation").query().isFocused()).isTrue();

        robot.type(KeyCode.DOWN);
        assertShowing(robot, "csc", "Code signing configs");

        robot.type(KeyCode.DOWN, 2);
        assertShowing(robot, "jobs", "Signing jobs");

        robot.type(KeyCode.UP);
        assertShowing(robot, "profiles", "Signing profiles");
    }

    @Test
    void theSidebarFollowsSectionChangesMadeElsewhere(FxRobot robot) {
        robot.interact(() -> shell.select(Section.SIGNING_JOBS));

        assertShowing(robot, "jobs", "Signing jobs");
        assertThat(robot.lookup("#nav-jobs").queryAs(Node.class).getPseudoClassStates())
                .extracting(Object::toString).contains("selected");
    }

    @Test
    void theConnectionIndicatorShowsWhatTheViewModelSays(FxRobot robot) {
        assertThat(robot.lookup("#connection-status").queryLabeled().getText())
                .isEqualTo("Local endpoint · us-east-1");
        assertThat(pseudoClassesOf(robot, "#connection-dot")).contains(Styles.STATE_SUCCESS.getPseudoClassName());

        robot.interact(() -> shell.showConnection(
                ConnectionStatus.of(ConnectionState.UNREACHABLE, "Profile dev · eu-west-1")));

        assertThat(robot.lookup("#connection-status").queryLabeled().getText())
                .isEqualTo("Profile dev · eu-west-1 — unreachable");
        assertThat(pseudoClassesOf(robot, "#connection-dot")).contains(Styles.STATE_DANGER.getPseudoClassName())
                .doesNotContain(Styles.STATE_SUCCESS.getPseudoClassName());
    }

    @Test
    void theStatePanelSaysWhatWillAppearTakesNoRoomWhileEmptyAndCollapses(FxRobot robot) {
        TitledPane panel = robot.lookup("#state-panel").queryAs(TitledPane.class);
        assertThat(panel.isExpanded()).isTrue();
        assertThat(panel.getText()).isEqualTo("Live state · functions you create or update appear here");
        assertThat(panel.getContent()).as("no room taken while nothing is watched").isNull();

        robot.clickOn(robot.lookup("#state-panel > .title").queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shell.statePanelExpandedProperty().get()).isFalse();

        robot.interact(shell::toggleStatePanel);
        assertThat(panel.isExpanded()).isTrue();
    }

    @Test
    void theThemeToggleSwitchesToPrimerDarkAndBack(FxRobot robot) {
        robot.clickOn("#theme-toggle");
        assertThat(shell.darkThemeProperty().get()).isTrue();
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerDark().getUserAgentStylesheetBSS());

        robot.clickOn("#theme-toggle");
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerLight().getUserAgentStylesheetBSS());
    }

    private void assertShowing(FxRobot robot, String sectionId, String title) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#content").queryParent().getChildrenUnmodifiable())
                .extracting(Node::getId).containsExactly("section-" + sectionId);
        assertThat(robot.lookup("#section-title").queryLabeled().getText()).isEqualTo(title);
        ListView<Section> navigation = robot.lookup("#navigation").queryListView();
        assertThat(navigation.getSelectionModel().getSelectedItem().id()).isEqualTo(sectionId);
    }

    private static String emptyStateText(FxRobot robot, String sectionId) {
        return robot.lookup("#section-" + sectionId + " .empty-state-message").queryAs(Labeled.class).getText();
    }

    private static List<String> pseudoClassesOf(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Node.class).getPseudoClassStates().stream()
                .map(PseudoClass::getPseudoClassName).toList();
    }
}
