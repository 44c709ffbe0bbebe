package dev.lambdadesk.ui.statepanel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;
import javafx.stage.Stage;

import atlantafx.base.theme.PrimerDark;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import dev.lambdadesk.aws.AwsErrorExplainer;
import dev.lambdadesk.aws.StateWatcher;
import dev.lambdadesk.testing.ManualClock;
import dev.lambdadesk.testing.ManualScheduler;
import dev.lambdadesk.ui.common.CurrentThreadUiExecutor;
import dev.lambdadesk.ui.common.Tone;

/** The notice when a watched function settles is drawn in the theme, and the theme's CSS resolves in it. */
@ExtendWith(ApplicationExtension.class)
class StateToastTest {

    private final ManualClock clock = new ManualClock(Instant.parse("2026-03-01T12:00:00Z"));
    private final StatePanelViewModel panel = new StatePanelViewModel(name -> {
        throw new AssertionError("nothing is polled");
    }, () -> new AwsErrorExplainer(Optional.empty()), new CurrentThreadUiExecutor(), new ManualScheduler(clock), clock,
            StateWatcher.Policy.standard());
    private final List<LogRecord> cssProblems = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                cssProblems.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private StatePanelView view;

    @Start
    void start(Stage stage) {
        Logger.getLogger("javafx.css").addHandler(capture);
        Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
        view = new StatePanelView(panel);
        stage.setScene(new Scene(view, 900, 300));
        stage.show();
    }

    @AfterEach
    void release() {
        Logger.getLogger("javafx.css").removeHandler(capture);
    }

    @Test
    void anActiveFunctionIsAnnouncedInTheThemeWithoutCssErrors(FxRobot robot) throws Exception {
        robot.interact(() -> view.notify(new StateNotice("orders", "orders is Active",
                "It took 1.4 s from Pending to Active.", Tone.SUCCESS)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#state-toast").tryQuery().isPresent());

        Region toast = robot.lookup("#state-toast").queryAs(Region.class);
        assertThat(robot.from(toast).lookup(".toast-title").queryAs(Labeled.class).getText())
                .isEqualTo("orders is Active");
        assertThat(toast.getBackground()).as("styled by the theme").isNotNull();
        assertThat(toast.getBackground().getFills()).isNotEmpty();
        assertThat(cssProblems).extracting(LogRecord::getMessage).noneMatch(m -> m != null
                && m.contains("ClassCastException"));
    }
}
