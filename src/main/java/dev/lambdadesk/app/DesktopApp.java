package dev.lambdadesk.app;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.application.Platform;
import javafx.stage.Stage;

import dev.lambdadesk.ui.common.FxUiExecutor;
import dev.lambdadesk.ui.common.UiExecutor;
import dev.lambdadesk.ui.functions.FunctionsViewModel;
import dev.lambdadesk.ui.shell.ConnectionState;
import dev.lambdadesk.ui.shell.ConnectionStatus;
import dev.lambdadesk.ui.shell.MainWindow;
import dev.lambdadesk.ui.shell.MainWindowModels;
import dev.lambdadesk.ui.shell.ShellViewModel;
import dev.lambdadesk.ui.shell.UncaughtErrorReporter;
import dev.lambdadesk.ui.signing.configs.CodeSigningConfigsViewModel;
import dev.lambdadesk.ui.signing.jobs.SigningJobsViewModel;
import dev.lambdadesk.ui.signing.profiles.SigningProfilesViewModel;
import dev.lambdadesk.ui.statepanel.StatePanelViewModel;

/**
 * The desktop app's composition root: starts JavaFX, builds every ViewModel with its dependencies, opens the main
 * window and returns when it is closed.
 */
final class DesktopApp {

    private static final Logger LOG = Logger.getLogger(DesktopApp.class.getName());
    private static final String LOCAL_ENDPOINT = "Local endpoint · us-east-1";

    private final Path dataDir;
    private final Path logFile;

    DesktopApp(Path dataDir, Path logFile) {
        this.dataDir = dataDir;
        this.logFile = logFile;
    }

    /** Opens the window and blocks until it closes; returns the process exit code. */
    int run() {
        UncaughtErrorReporter reporter = new UncaughtErrorReporter(logFile);
        Thread.setDefaultUncaughtExceptionHandler(reporter);
        LOG.info(() -> "Starting LambdaDesk with data directory " + dataDir);

        CountDownLatch closed = new CountDownLatch(1);
        AtomicInteger exitCode = new AtomicInteger(0);
        try (FxUiExecutor executor = new FxUiExecutor()) {
            Platform.startup(() -> openMainWindow(executor, closed, exitCode));
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) { // JavaFX throws when there is no display to open a window on
            LOG.log(Level.SEVERE, "JavaFX could not start", e);
            System.err.println("LambdaDesk cannot open its window: " + plainReason(e)
                    + " Details are in " + logFile + ".");
            return 1;
        }
        Platform.exit();
        return exitCode.get();
    }

    private void openMainWindow(UiExecutor executor, CountDownLatch closed, AtomicInteger exitCode) {
        try {
            Stage stage = new Stage();
            stage.setOnHidden(event -> closed.countDown());
            new MainWindow(composeViewModels(executor)).show(stage);
            LOG.info("Main window open");
        } catch (RuntimeException | LinkageError e) { // without a window nobody would see a dialog
            LOG.log(Level.SEVERE, "The main window could not open", e);
            System.err.println("LambdaDesk could not open its main window. Details are in " + logFile + ".");
            exitCode.set(1);
            closed.countDown();
        }
    }

    /** Every ViewModel of the main window; features add their dependencies (gateways, the executor) here. */
    private static MainWindowModels composeViewModels(UiExecutor executor) {
        ShellViewModel shell = new ShellViewModel();
        // The embedded endpoint is not started yet; the indicator says so rather than pretend.
        shell.showConnection(ConnectionStatus.of(ConnectionState.NOT_CONNECTED, LOCAL_ENDPOINT));
        return new MainWindowModels(shell, new FunctionsViewModel(), new CodeSigningConfigsViewModel(),
                new SigningProfilesViewModel(), new SigningJobsViewModel(), new StatePanelViewModel());
    }

    private static String plainReason(RuntimeException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("DISPLAY")) {
            return "no graphical display was found (is DISPLAY set?).";
        }
        if (message.contains("GTK")) {
            return "the GTK 3 libraries it needs are missing (on Debian or Ubuntu: apt install libgtk-3-0).";
        }
        return "the graphics system did not start.";
    }
}
