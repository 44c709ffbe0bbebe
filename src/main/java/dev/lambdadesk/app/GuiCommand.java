package dev.lambdadesk.app;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The desktop app (the default command). */
@Command(name = "lambdadesk", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Desktop console for AWS Lambda functions and code signing.%n"
                + "Without a subcommand, opens the desktop app: on the connection given here, else the last one "
                + "picked, else the embedded local endpoint.")
final class GuiCommand implements Callable<Integer> {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Where settings, drafts and the embedded endpoint's state live (default: ~/.lambdadesk).")
    Path dataDir;

    @Mixin
    ConnectionOptions connection = new ConnectionOptions();

    @Option(names = "--startup-report",
            description = "Print how long after the JVM started the window was shown and the function list loaded.")
    boolean startupReport;

    @Option(names = "--exit-after-report",
            description = "With --startup-report: close the app once both times are printed (for measuring).")
    boolean exitAfterReport;

    /** Hidden: the installer's training run for the class-data cache (see packaging/linux/build-installer.sh). */
    @Option(names = "--training-run", hidden = true,
            description = "Report start-up, open every section once, then close.")
    boolean trainingRun;

    private final FxStart fx;

    GuiCommand() {
        this(FxStart.onDemand());
    }

    GuiCommand(FxStart fx) {
        this.fx = fx;
    }

    @Override
    public Integer call() {
        StartupTrace.mark("command line parsed");
        Optional<String> wrongOptions = connection.problem();
        if (wrongOptions.isPresent()) {
            System.err.println(wrongOptions.get());
            return 2;
        }
        if (exitAfterReport && !startupReport) {
            System.err.println("--exit-after-report needs --startup-report.");
            return 2;
        }
        Path dir = dataDirectory();
        Path logFile;
        try {
            Files.createDirectories(dir);
            logFile = FileLogging.install(dir);
        } catch (IOException e) {
            System.err.println("LambdaDesk cannot use " + dir + " as its data directory: " + reason(e));
            return 2;
        }
        StartupTrace.mark("logging to " + logFile);
        Optional<StartupReport> report = startupReport || trainingRun
                ? Optional.of(new StartupReport(System.out, exitAfterReport || trainingRun)) : Optional.empty();
        DesktopApp app = new DesktopApp(dir, logFile, connection, report);
        app.visitSectionsBeforeClosing(trainingRun);
        return app.run(fx);
    }

    /** The data directory as given, or ~/.lambdadesk. */
    Path dataDirectory() {
        Path dir = dataDir != null ? dataDir : Path.of(System.getProperty("user.home"), ".lambdadesk");
        return dir.toAbsolutePath().normalize();
    }

    private static String reason(IOException e) {
        if (e instanceof FileAlreadyExistsException) {
            return "a file with that name is in the way.";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied.";
        }
        return String.valueOf(e.getMessage());
    }
}
