package dev.lambdadesk.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The desktop app (the default command). */
@Command(name = "lambdadesk", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Desktop console for AWS Lambda functions and code signing.%n"
                + "Without a subcommand, opens the desktop app with its embedded local endpoint.")
final class GuiCommand implements Callable<Integer> {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Where settings, drafts and the embedded endpoint's state live (default: ~/.lambdadesk).")
    Path dataDir;

    @Override
    public Integer call() {
        System.err.println("The desktop app is not built yet.");
        return 1;
    }
}
