package dev.lambdadesk.app;

import java.util.Arrays;

import picocli.CommandLine;

/** Entry point: parses the command line and runs the desktop app or one of the headless commands. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (used by tests). */
    public static int run(String... args) {
        if (args.length > 0 && "local-endpoint".equals(args[0])) {
            return endpointCommandLine().execute(Arrays.copyOfRange(args, 1, args.length));
        }
        return newCommandLine().execute(args);
    }

    /** The headless endpoint alone: it starts faster without the desktop command's model. */
    static CommandLine endpointCommandLine() {
        return new CommandLine(new LocalEndpointCommand()).setCommandName("lambdadesk local-endpoint");
    }

    static CommandLine newCommandLine() {
        CommandLine cl = new CommandLine(new GuiCommand());
        cl.addSubcommand("validate", new ValidateCommand());
        cl.addSubcommand("local-endpoint", new LocalEndpointCommand());
        cl.addSubcommand("sam", new SamCommand());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }
}
