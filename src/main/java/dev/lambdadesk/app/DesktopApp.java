package dev.lambdadesk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.application.Platform;
import javafx.stage.Stage;

import dev.lambdadesk.aws.Session;
import dev.lambdadesk.aws.StateWatcher;
import dev.lambdadesk.core.TaskScheduler;
import dev.lambdadesk.persist.DraftStore;
import dev.lambdadesk.persist.SettingsStore;
import dev.lambdadesk.ui.common.FxUiExecutor;
import dev.lambdadesk.ui.common.UiExecutor;
import dev.lambdadesk.ui.functions.FunctionsContext;
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
import dev.lambdadesk.validation.RequestValidator;

/**
 * The desktop app's composition root: starts JavaFX, builds every ViewModel with its dependencies, opens the main
 * window and returns when it is closed.
 */
final class DesktopApp {

    private static final Logger LOG = Logger.getLogger(DesktopApp.class.getName());
    private final Path dataDir;
    private final Path logFile;
    private final Session session = new Session();
    private final LocalBackend localBackend;
    /** The rule trees take a few hundred ms to compile: done while JavaFX starts, not on its thread. */
    private final CompletableFuture<RequestValidator> validator =
            CompletableFuture.supplyAsync(RequestValidator::standard, Thread.ofVirtual().name("rules")::start);

    DesktopApp(Path dataDir, Path logFile) {
        this.dataDir = dataDir;
        this.logFile = logFile;
        this.localBackend = new LocalBackend(dataDir.resolve("local"));
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
        session.close();
        localBackend.close();
        return exitCode.get();
    }

    private void openMainWindow(UiExecutor executor, CountDownLatch closed, AtomicInteger exitCode) {
        try {
            Stage stage = new Stage();
            stage.setOnHidden(event -> closed.countDown());
            MainWindowModels models = composeViewModels(executor);
            new MainWindow(models).show(stage);
            LOG.info("Main window open");
            connectLocal(models.shell(), executor);
        } catch (RuntimeException | LinkageError e) { // without a window nobody would see a dialog
            LOG.log(Level.SEVERE, "The main window could not open", e);
            System.err.println("LambdaDesk could not open its main window. Details are in " + logFile + ".");
            exitCode.set(1);
            closed.countDown();
        }
    }

    /** Starts the embedded endpoint off the FX thread and switches the session to it when it listens. */
    private void connectLocal(ShellViewModel shell, UiExecutor executor) {
        shell.showConnection(ConnectionStatus.of(ConnectionState.CONNECTING, LocalBackend.LABEL));
        executor.run(localBackend::start, connection -> {
            session.switchTo(connection);
            shell.showConnection(new ConnectionStatus(ConnectionState.CONNECTED, connection.spec().label(),
                    "Requests go to the embedded local endpoint at " + connection.clients().endpoint().orElseThrow()
                            + "; no AWS account is used."));
        }, failure -> {
            LOG.log(Level.SEVERE, "The local endpoint could not start", failure);
            shell.showConnection(new ConnectionStatus(ConnectionState.UNREACHABLE, LocalBackend.LABEL,
                    "The embedded local endpoint could not start: " + failure.getMessage()
                            + " Details are in " + logFile + "."));
        });
    }

    /** Every ViewModel of the main window; features add their dependencies (gateways, the executor) here. */
    private MainWindowModels composeViewModels(UiExecutor executor) {
        ShellViewModel shell = new ShellViewModel();
        Clock clock = Clock.systemDefaultZone();
        TaskScheduler scheduler = TaskScheduler.virtualThreads();
        StatePanelViewModel statePanel = new StatePanelViewModel(session, executor, scheduler, clock,
                StateWatcher.Policy.standard());
        AtomicBoolean keepSecretsInDrafts = new AtomicBoolean(false);
        executor.run(() -> new SettingsStore(dataDir, clock).loadOrDefaults().storeSecretsInDrafts(),
                keepSecretsInDrafts::set, failure -> LOG.log(Level.WARNING, "Settings not read", failure));
        FunctionsContext functions = new FunctionsContext(session, executor, validator.join(), scheduler,
                clock, new DraftStore(dataDir, clock), keepSecretsInDrafts::get, statePanel);
        return new MainWindowModels(shell, new FunctionsViewModel(functions), new CodeSigningConfigsViewModel(),
                new SigningProfilesViewModel(), new SigningJobsViewModel(), statePanel);
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
