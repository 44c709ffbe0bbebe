package dev.lambdadesk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.application.Platform;
import javafx.stage.Stage;

import dev.lambdadesk.aws.ConnectionMonitor;
import dev.lambdadesk.aws.Connector;
import dev.lambdadesk.aws.ProfileSource;
import dev.lambdadesk.aws.Session;
import dev.lambdadesk.aws.sso.DeviceSignIn;
import dev.lambdadesk.core.TaskScheduler;
import dev.lambdadesk.persist.DraftStore;
import dev.lambdadesk.persist.SettingsStore;
import dev.lambdadesk.ui.common.FxUiExecutor;
import dev.lambdadesk.ui.common.UiExecutor;
import dev.lambdadesk.ui.connection.ConnectionPickerView;
import dev.lambdadesk.ui.connection.ConnectionViewModel;
import dev.lambdadesk.ui.workspace.Workspace;
import dev.lambdadesk.ui.functions.FunctionsViewModel;
import dev.lambdadesk.ui.shell.MainWindow;
import dev.lambdadesk.ui.layers.LayersViewModel;
import dev.lambdadesk.ui.sam.SamApplicationsViewModel;
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
 *
 * <p>Start-up runs on two cores at once: while JavaFX starts on one, the other reads the settings, starts opening
 * the connection ({@link EarlyConnection}) and builds the ViewModels, which need no toolkit. The FX thread only
 * builds and shows the window.
 */
final class DesktopApp {

    private static final Logger LOG = Logger.getLogger(DesktopApp.class.getName());
    private final Path dataDir;
    private final Path logFile;
    private final Session session = new Session();
    private final LocalBackend localBackend;
    /** Features report failed calls here (and successes) so the connection indicator follows. */
    private final ConnectionMonitor monitor = new ConnectionMonitor(session);
    private final TaskScheduler scheduler = TaskScheduler.virtualThreads();
    private final ProfileSource profiles = ProfileSource.defaults();
    private final ConnectionOptions connectionOptions;
    private final Optional<StartupReport> startupReport;
    /** Told on the FX thread once the window is open (tests that drive the real app in a process of its own). */
    private Consumer<MainWindowModels> onWindowOpen = models -> { };
    /** The rule trees take a while to compile: done while JavaFX starts, not on its thread. */
    private final CompletableFuture<RequestValidator> validator =
            CompletableFuture.supplyAsync(RequestValidator::standard, Thread.ofVirtual().name("rules")::start);

    /** What is ready for the window once JavaFX has started. */
    private record Prepared(SettingsKeeper settings, ConnectionOptions.Start start, EarlyConnection connector,
                            MainWindowModels models) {
    }

    DesktopApp(Path dataDir, Path logFile, ConnectionOptions connectionOptions,
               Optional<StartupReport> startupReport) {
        this.dataDir = dataDir;
        this.logFile = logFile;
        this.startupReport = startupReport;
        this.localBackend = new LocalBackend(dataDir.resolve("local"));
        this.connectionOptions = connectionOptions;
    }

    /** Called on the FX thread with the window's ViewModels once it is open; call before {@link #run()}. */
    void onWindowOpen(Consumer<MainWindowModels> listener) {
        this.onWindowOpen = listener;
    }

    /** Opens the window and blocks until it closes; returns the process exit code. */
    int run() {
        UncaughtErrorReporter reporter = new UncaughtErrorReporter(logFile);
        Thread.setDefaultUncaughtExceptionHandler(reporter);
        LOG.info(() -> "Starting LambdaDesk with data directory " + dataDir);

        CountDownLatch closed = new CountDownLatch(1);
        AtomicInteger exitCode = new AtomicInteger(0);
        CompletableFuture<Prepared> prepared = null;
        try (FxUiExecutor executor = new FxUiExecutor()) {
            prepared = CompletableFuture.supplyAsync(() -> prepare(executor),
                    Thread.ofVirtual().name("prepare")::start);
            CompletableFuture<Prepared> ready = prepared;
            Platform.startup(() -> openMainWindow(executor, ready, closed, exitCode));
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) { // JavaFX throws when there is no display to open a window on
            LOG.log(Level.SEVERE, "JavaFX could not start", e);
            System.err.println("LambdaDesk cannot open its window: " + plainReason(e)
                    + " Details are in " + logFile + ".");
            return 1;
        } finally {
            if (prepared != null) {
                prepared.thenAccept(p -> p.connector().closeIfUnused());
            }
        }
        Platform.exit();
        session.close();
        localBackend.close();
        return exitCode.get();
    }

    /** Off the FX thread: the settings, where to connect (opening starts at once) and the ViewModels. */
    private Prepared prepare(UiExecutor executor) {
        SettingsKeeper settings = new SettingsKeeper(new SettingsStore(dataDir, Clock.systemUTC()));
        ConnectionOptions.Start start = connectionOptions.resolve(settings.current().lastConnection(),
                profiles.discover());
        EarlyConnection connector = EarlyConnection.start(Connector.of(profiles, localBackend::start), start.spec());
        return new Prepared(settings, start, connector, composeViewModels(executor, settings));
    }

    private void openMainWindow(UiExecutor executor, CompletableFuture<Prepared> preparing, CountDownLatch closed,
                                AtomicInteger exitCode) {
        try {
            Stage stage = new Stage();
            stage.setOnHidden(event -> closed.countDown());
            Prepared prepared = preparing.join();
            MainWindowModels models = prepared.models();
            ConnectionViewModel connection = composeConnection(models.shell(), prepared, executor);
            new MainWindow(models).show(stage);
            startupReport.ifPresent(report -> StartupWatch.follow(report, stage, models.functions()));
            ConnectionPickerView.openOnRequest(models.shell(), connection, stage);
            LOG.info("Main window open");
            prepared.start().notice().ifPresent(models.shell()::showNotice);
            connection.connect(prepared.start().spec());
            onWindowOpen.accept(models);
        } catch (RuntimeException | LinkageError e) { // without a window nobody would see a dialog
            LOG.log(Level.SEVERE, "The main window could not open", e);
            System.err.println("LambdaDesk could not open its main window. Details are in " + logFile + ".");
            exitCode.set(1);
            closed.countDown();
        }
    }

    /**
     * The connection the app works on, opened off the FX thread (the local endpoint starts on first use), and the
     * settings that remember the person's theme and last pick.
     */
    private ConnectionViewModel composeConnection(ShellViewModel shell, Prepared prepared, UiExecutor executor) {
        ConnectionViewModel connection = new ConnectionViewModel(session, monitor, prepared.connector(), profiles,
                executor, scheduler, shell, DeviceSignIn.standard(), DesktopBrowser::open);
        prepared.settings().bind(shell, connection);
        return connection;
    }

    /** Every ViewModel of the main window; features add their dependencies (gateways, the executor) here. */
    private MainWindowModels composeViewModels(UiExecutor executor, SettingsKeeper settings) {
        ShellViewModel shell = new ShellViewModel();
        Clock clock = Clock.systemDefaultZone();
        StatePanelViewModel statePanel = new StatePanelViewModel(session, executor, scheduler, clock,
                settings.pollingPolicy());
        RequestValidator rules = validator.join();
        DraftStore drafts = new DraftStore(dataDir, clock);
        Workspace workspace = Workspace.create(session, executor, monitor, rules, scheduler, clock, drafts,
                () -> settings.current().storeSecretsInDrafts(), statePanel);
        MainWindowModels models = new MainWindowModels(shell, new FunctionsViewModel(workspace),
                new CodeSigningConfigsViewModel(workspace), new SigningProfilesViewModel(workspace),
                new SigningJobsViewModel(workspace), statePanel, new LayersViewModel(workspace),
                new SamApplicationsViewModel(workspace));
        return models;
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
