package dev.lambdadesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import javafx.scene.Node;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import dev.lambdadesk.aws.Session;
import dev.lambdadesk.testing.WindowModels;
import dev.lambdadesk.ui.common.CurrentThreadUiExecutor;

/** The window as start-up shows it first: the shell alone, then the sections once their ViewModels exist. */
@ExtendWith(ApplicationExtension.class)
class LightShellTest {

    private ShellViewModel shell;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        shell = new ShellViewModel();
        shell.showConnection(ConnectionStatus.of(ConnectionState.CONNECTING, "Local endpoint · us-east-1"));
        window = new MainWindow(shell);
        window.show(stage);
    }

    @Test
    void theShellShowsBeforeTheSectionsWithTheSidebarHeaderAndConnectingState(FxRobot robot) {
        assertThat(robot.lookup("#nav-functions").tryQuery()).isPresent();
        assertThat(robot.lookup("#nav-layers").tryQuery()).isPresent();
        assertThat(robot.lookup("#section-title").queryLabeled().getText()).isEqualTo("Functions");
        assertThat(robot.lookup("#connection-status").queryLabeled().getText())
                .isEqualTo("Connecting to Local endpoint · us-east-1…");
        assertThat(robot.lookup("#section-placeholder").queryLabeled().getText()).isEqualTo("Functions · opening…");
        assertThat(robot.lookup("#section-functions").tryQuery()).isEmpty();
        assertThat(robot.lookup("#state-panel").queryAs(TitledPane.class).getContent()).isNull();
    }

    @Test
    void theSidebarWorksBeforeTheSectionsAndTheyOpenWhereThePersonWent(FxRobot robot) {
        robot.clickOn("#nav-csc");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#section-placeholder").queryLabeled().getText())
                .isEqualTo("Code signing configs · opening…");

        attachModels(robot);
        assertThat(robot.lookup("#content").queryParent().getChildrenUnmodifiable())
                .extracting(Node::getId).containsExactly("section-csc");
        assertThat(robot.lookup("#section-placeholder").tryQuery()).isEmpty();

        robot.clickOn("#nav-functions");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#content").queryParent().getChildrenUnmodifiable())
                .extracting(Node::getId).containsExactly("section-functions");
    }

    @Test
    void sectionsAreAttachedOnceWithTheShellsOwnModels(FxRobot robot) {
        attachModels(robot);
        ShellViewModel other = new ShellViewModel();
        robot.interact(() -> assertThatThrownBy(() -> window.attach(models(shell)))
                .isInstanceOf(IllegalStateException.class));
        robot.interact(() -> assertThatThrownBy(() -> window.attach(models(other)))
                .isInstanceOf(IllegalStateException.class));
    }

    private void attachModels(FxRobot robot) {
        robot.interact(() -> window.attach(models(shell)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static MainWindowModels models(ShellViewModel shellViewModel) {
        return WindowModels.of(shellViewModel, new Session(), new CurrentThreadUiExecutor(),
                Path.of(System.getProperty("java.io.tmpdir"), "ld-light-shell-test"));
    }
}
