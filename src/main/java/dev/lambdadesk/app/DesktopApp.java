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
import dev.lambdadesk.core.Theme;
import dev.lambdadesk.persist.DraftStore;
import dev.lambdadesk.persist.SettingsStore;
import dev.lambdadesk.ui.common.FirstLayout;
import dev.lambdadesk.ui.common.FxUiExecutor;
import dev.lambdadesk.ui.common.UiExecutor;
import dev.lambdadesk.ui.connection.ConnectionPickerView;
import dev.lambdadesk.ui.connection.ConnectionViewModel;
import dev.lambdadesk.ui.workspace.Workspace;
import dev.lambdadesk.ui.functions.FunctionsViewModel;
import dev.lambdadesk.ui.shell.MainWindow;
import dev.lambdadesk.ui.layers.LayersViewModel;
import dev.lambdadesk.ui.sam.SamApplicationsViewModel;
import dev.lambdadesk.ui.shell.ConnectionState;
import dev.lambdadesk.ui.shell.ConnectionStatus;
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
 * <p>The window shows first: while JavaFX starts, another thread reads the settings and builds the ViewModels (which
 * need no toolkit); the FX thread shows a light shell (sidebar, header saying it is connecting) as soon as the
 * toolkit is up, and only after that shell's first frame does the connection open (off the FX thread: the SDK
 * clients, the embedded endpoint) and the selected section's view get built. The other sections' views are built on
 * their first visit.
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
    /** The window's own state, made before anything else so the shell can show before the features exist. */
    private final ShellViewModel shell = new ShellViewModel();
    /** The training run for the class-data cache: every section is opened once before the app closes. */
    private boolean visitSections;
    /** What is read while JavaFX starts: the settings (the theme the shell shows in) and where to connect. */
    private record Settled(SettingsKeeper settings, ConnectionOptions.Start start) {
    }

    DesktopApp(Path dataDir, Path logFile, ConnectionOptions connectionOptions,
               Optional<StartupReport> startupReport) {
        this.dataDir = dataDir;
        this.logFile = logFile;
        this.startupReport = startupReport;
        this.localBackend = new LocalBackend(dataDir.resolve("local"));
        this.connectionOptions = connectionOptions;
    }

    /** With a start-up report that closes the app: open every section once before closing. */
    void visitSectionsBeforeClosing(boolean visit) {
        this.visitSections = visit;
    }

    /** Called on the FX thread with the window's ViewModels once it is open; call before {@link #run()}. */
    void onWindowOpen(Consumer<MainWindowModels> listener) {
        this.onWindowOpen = listener;
    }

    /** Opens the window and blocks until it closes; returns the process exit code. */
    int run() {
        return run(FxStart.onDemand());
    }

    /** As {@link #run()}, with the toolkit started by {@code fx}. */
    int run(FxStart fx) {
        StartupTrace.mark("app composed");
        UncaughtErrorReporter reporter = new UncaughtErrorReporter(logFile);
        Thread.setDefaultUncaughtExceptionHandler(reporter);
        LOG.info(() -> "Starting LambdaDesk with data directory " + dataDir);

        CountDownLatch closed = new CountDownLatch(1);
        AtomicInteger exitCode = new AtomicInteger(0);
        try (FxUiExecutor executor = new FxUiExecutor()) {
            CompletableFuture<Settled> settled = CompletableFuture.supplyAsync(this::settle,
                    Thread.ofVirtual().name("settings")::start);
            fx.then(() -> openMainWindow(executor, settled, closed, exitCode));
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

    /** Off the FX thread: the settings and where to connect. */
    private Settled settle() {
        SettingsKeeper settings = new SettingsKeeper(new SettingsStore(dataDir, Clock.systemUTC()));
        ConnectionOptions.Start start = connectionOptions.resolve(settings.current().lastConnection(),
                profiles.discover());
        StartupTrace.mark("settings read");
        return new Settled(settings, start);
    }

    /**
     * After the shell's first frame, off the FX thread: the rules compile and the ViewModels are built (on two
     * threads; they take cores the window no longer needs), then {@link #fillWindow} runs on the FX thread.
     */
    private void buildFeatures(CompletableFuture<Settled> settled, MainWindow window, Stage stage,
                               UiExecutor executor, AtomicInteger exitCode) {
        CompletableFuture<RequestValidator> rules = CompletableFuture.supplyAsync(RequestValidator::standard,
                Thread.ofVirtual().name("rules")::start);
        settled.thenApplyAsync(ready -> composeViewModels(executor, ready.settings(), rules),
                        Thread.ofVirtual().name("view-models")::start)
                .whenComplete((models, failure) -> Platform.runLater(() -> {
                    if (failure == null) {
                        fillWindow(window, stage, settled.join(), models, executor, exitCode);
                    } else {
                        cannotOpen(failure, exitCode, stage);
                    }
                }));
    }

    /**
     * On the FX thread: shows the light shell at once, saying it is connecting; once it is drawn and the ViewModels
     * are ready, {@link #fillWindow} does the rest.
     */
    private void openMainWindow(UiExecutor executor, CompletableFuture<Settled> settled, CountDownLatch closed,
                                AtomicInteger exitCode) {
        try {
            StartupTrace.mark("JavaFX started");
            Stage stage = new Stage();
            stage.setOnHidden(event -> closed.countDown());
            Settled ready = settled.isDone() && !settled.isCompletedExceptionally() ? settled.join() : null;
            String target = ready == null ? "the endpoint" : ready.start().spec().label();
            shell.showConnection(ConnectionStatus.of(ConnectionState.CONNECTING, target));
            if (ready != null) { // the theme before the first frame, not after it
                shell.darkThemeProperty().set(ready.settings().current().theme() == Theme.DARK);
            }
            MainWindow window = new MainWindow(shell);
            window.show(stage);
            StartupTrace.mark("shell shown");
            startupReport.ifPresent(report -> StartupWatch.windowShown(report, stage));
            FirstLayout.of(stage, () -> buildFeatures(settled, window, stage, executor, exitCode));
        } catch (RuntimeException | LinkageError e) {
            cannotOpen(e, exitCode, null);
            closed.countDown();
        }
    }

    /** After the shell's first frame: the connection opens (off the FX thread) and the sections fill the window. */
    private void fillWindow(MainWindow window, Stage stage, Settled prepared, MainWindowModels models,
                            UiExecutor executor, AtomicInteger exitCode) {
        try {
            StartupTrace.mark("view models built");
            ConnectionViewModel connection = composeConnection(prepared, executor);
            prepared.start().notice().ifPresent(shell::showNotice);
            connection.connect(prepared.start().spec());
            window.attach(models);
            StartupTrace.mark("sections attached");
            startupReport.ifPresent(report -> StartupWatch.follow(report, stage, models, visitSections));
            ConnectionPickerView.openOnRequest(shell, connection, stage);
            LOG.info("Main window open");
            onWindowOpen.accept(models);
        } catch (RuntimeException | LinkageError e) {
            cannotOpen(e, exitCode, stage);
        }
    }

    /** Without a window nobody would see a dialog: said on the terminal, the details in the log. */
    private void cannotOpen(Throwable e, AtomicInteger exitCode, Stage stage) {
        LOG.log(Level.SEVERE, "The main window could not open", e);
        System.err.println("LambdaDesk could not open its main window. Details are in " + logFile + ".");
        exitCode.set(1);
        if (stage != null) {
            stage.hide();
        }
    }

    /**
     * The connection the app works on, opened off the FX thread (the local endpoint starts on first use), and the
     * settings that remember the person's theme and last pick.
     */
    private ConnectionViewModel composeConnection(Settled prepared, UiExecutor executor) {
        ConnectionViewModel connection = new ConnectionViewModel(session, monitor,
                Connector.of(profiles, localBackend::start), profiles, executor, scheduler, shell,
                DeviceSignIn.standard(), DesktopBrowser::open);
        prepared.settings().bind(shell, connection);
        return connection;
    }

    /** Every ViewModel of the main window; features add their dependencies (gateways, the executor) here. */
    private MainWindowModels composeViewModels(UiExecutor executor, SettingsKeeper settings,
                                               CompletableFuture<RequestValidator> validator) {
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
