package dev.lambdadesk.app;

import java.util.Arrays;
import java.util.Set;

import picocli.CommandLine;

/** Entry point: parses the command line and runs the desktop app or one of the headless commands. */
public final class Main {

    /** Arguments that make the command line something other than the desktop app. */
    private static final Set<String> NOT_DESKTOP = Set.of("validate", "local-endpoint", "sam", "-h", "--help", "-V",
            "--version");

    private Main() {
    }

    public static void main(String[] args) {
        StartupTrace.mark("main");
        // the toolkit's start is the longest step before the window: it runs while the rest is read and composed
        FxStart fx = isDesktop(args) ? FxStart.early() : FxStart.onDemand();
        System.exit(run(fx, args));
    }

    /** Runs the command line and returns the exit code (used by tests). */
    public static int run(String... args) {
        return run(FxStart.onDemand(), args);
    }

    private static int run(FxStart fx, String... args) {
        if (args.length > 0 && "local-endpoint".equals(args[0])) {
            return endpointCommandLine().execute(Arrays.copyOfRange(args, 1, args.length));
        }
        if (args.length == 0) { // nothing to parse: building picocli's model (~0.5 s) would only delay the window
            return new GuiCommand(fx).call();
        }
        if (isDesktop(args)) {
            return desktopCommandLine(fx).execute(args);
        }
        return newCommandLine().execute(args);
    }

    /** Whether the arguments open the desktop app (no subcommand, no help). */
    static boolean isDesktop(String... args) {
        return Arrays.stream(args).noneMatch(NOT_DESKTOP::contains);
    }

    /**
     * The desktop command alone, which starts faster than the whole command line; arguments it does not know go to
     * the whole command line, which explains them (a misspelt subcommand gets its suggestion).
     */
    static CommandLine desktopCommandLine(FxStart fx) {
        CommandLine cl = new CommandLine(new GuiCommand(fx));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((problem, args) -> newCommandLine().execute(args));
        return cl;
    }

    /** The headless endpoint alone: it starts faster without the desktop command's model. */
    static CommandLine endpointCommandLine() {
        return new CommandLine(new LocalEndpointCommand()).setCommandName("lambdadesk local-endpoint");
    }

    static CommandLine newCommandLine() {
        CommandLine cl = new CommandLine(new GuiCommand(FxStart.onDemand()));
        cl.addSubcommand("validate", new ValidateCommand());
        cl.addSubcommand("local-endpoint", new LocalEndpointCommand());
        cl.addSubcommand("sam", new SamCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }
}
