package dev.lambdadesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class UncaughtErrorReporterTest {

    private static final Path LOG_FILE = Path.of("/home/someone/.lambdadesk/logs/lambdadesk-0.log");

    private final Logger logger = Logger.getLogger(UncaughtErrorReporter.class.getName());
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private final UncaughtErrorReporter reporter = new UncaughtErrorReporter(LOG_FILE);

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @BeforeEach
    void captureTheLog() {
        logger.addHandler(capture);
        logger.setUseParentHandlers(false); // the stack trace belongs in the log, not in the build output
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        logger.removeHandler(capture);
        logger.setUseParentHandlers(true);
        robot.interact(() -> List.copyOf(Window.getWindows()).stream()
                .filter(window -> window.getScene() != null && window.getScene().getRoot() instanceof DialogPane)
                .forEach(Window::hide));
    }

    @Test
    void theErrorGoesToTheLogWithItsStackTraceAndThePersonGetsPlainWords(FxRobot robot) {
        IllegalStateException error = new IllegalStateException("cell factory returned null");

        robot.interact(() -> reporter.uncaughtException(Thread.currentThread(), error));

        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.getLevel()).isEqualTo(Level.SEVERE);
            assertThat(record.getThrown()).isSameAs(error);
        });
        DialogPane dialog = robot.lookup("#unexpected-error").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).isEqualTo("Something went wrong");
        assertThat(dialog.getContentText()).contains(LOG_FILE.toString())
                .doesNotContain("IllegalStateException", "cell factory", "at dev.");
    }

    @Test
    void anErrorOnAnotherThreadIsShownOnTheUiThread(FxRobot robot) throws InterruptedException {
        Thread worker = new Thread(() -> {
            throw new IllegalArgumentException("from a worker");
        }, "worker");
        worker.setUncaughtExceptionHandler(reporter);
        worker.start();
        worker.join();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(records).singleElement().extracting(LogRecord::getMessage).asString().contains("worker");
        assertThat(robot.lookup("#unexpected-error").tryQuery()).isPresent();
    }

    @Test
    void aBurstOfErrorsOpensOneDialogAndLogsEveryError(FxRobot robot) {
        robot.interact(() -> {
            for (int i = 0; i < 3; i++) {
                reporter.uncaughtException(Thread.currentThread(), new IllegalStateException("again " + i));
            }
        });

        assertThat(records).hasSize(3);
        assertThat(robot.lookup("#unexpected-error").queryAll()).hasSize(1);
    }
}
