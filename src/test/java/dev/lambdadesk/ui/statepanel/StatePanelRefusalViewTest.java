package dev.lambdadesk.ui.statepanel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import atlantafx.base.theme.Styles;

import dev.lambdadesk.aws.AwsErrorExplainer;
import dev.lambdadesk.aws.StateWatcher;
import dev.lambdadesk.testing.ManualClock;
import dev.lambdadesk.testing.ManualScheduler;
import dev.lambdadesk.ui.common.CurrentThreadUiExecutor;

/** A refused deployment in the panel looks like a failure: a red "Refused" badge, the reason, nothing to stop. */
@ExtendWith(ApplicationExtension.class)
class StatePanelRefusalViewTest {

    private final ManualClock clock = new ManualClock(Instant.parse("2026-03-01T12:00:00Z"));
    private final StatePanelViewModel panel = new StatePanelViewModel(name -> {
        throw new AssertionError("a refusal is not polled");
    }, () -> new AwsErrorExplainer(Optional.empty()), new CurrentThreadUiExecutor(), new ManualScheduler(clock), clock,
            StateWatcher.Policy.standard());

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StatePanelView(panel), 900, 200));
        stage.show();
    }

    @Test
    void theRowShowsARedRefusedBadgeWithTheReason(FxRobot robot) throws Exception {
        robot.interact(() -> panel.recordRefusal("orders", "Create",
                "Unsigned package: The package carries no signature."));
        // The row is laid out on a later pulse; a loaded machine may need several.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#watch-orders-dismiss").tryQuery().isPresent());

        Labeled badge = robot.lookup("#watch-orders-badge").queryAs(Labeled.class);
        assertThat(badge.getText()).isEqualTo("Refused");
        assertThat(badge.getPseudoClassStates()).contains(Styles.STATE_DANGER);
        assertThat(robot.lookup("#watch-orders-reason").queryAs(Labeled.class).getText())
                .isEqualTo("Unsigned package: The package carries no signature.");
        assertThat(robot.lookup("#watch-orders-activity").queryAs(Labeled.class).getText()).isEqualTo("Not deployed");
        assertThat(robot.lookup("#watch-orders-cancel").queryAs(Node.class).isVisible()).isFalse();
        assertThat(robot.lookup("#watch-orders-dismiss").queryAs(Node.class).isVisible()).isTrue();
    }
}
