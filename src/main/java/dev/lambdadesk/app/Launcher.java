package dev.lambdadesk.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The jar's entry point ({@code java -jar lambdadesk.jar}). The desktop app runs in a second JVM that this one starts
 * with what a plain {@code java -jar} cannot set: JavaFX as named modules from the {@code javafx/} directory beside
 * the jar (no "unsupported configuration", natives loaded from there), native and memory access granted (no JDK
 * warnings), and a class-data cache made on the first run and mapped on later ones ({@link ClassDataCache}). The
 * headless subcommands, and anything started without that directory, run here directly.
 *
 * <p>Kept small and free of the app's libraries: every class it loads is on the path to the window.
 */
public final class Launcher {

    private static final Set<String> IN_PROCESS = Set.of("validate", "local-endpoint", "-h", "--help", "-V",
            "--version");

    private Launcher() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Optional<Path> jar = thisJar();
        if (jar.isEmpty() || runsHere(args)) {
            Main.main(args);
            return;
        }
        Path javafx = jar.get().resolveSibling("javafx");
        if (!Files.isDirectory(javafx)) {
            System.err.println("LambdaDesk needs the JavaFX modules in " + javafx
                    + " (mvn package puts them there, beside target/lambdadesk.jar).");
            System.exit(2);
        }
        System.exit(runDesktop(jar.get(), javafx, args));
    }

    /** Headless subcommands, help, and a JVM that already has JavaFX as modules need no second JVM. */
    static boolean runsHere(String[] args) {
        for (String arg : args) {
            if (IN_PROCESS.contains(arg)) {
                return true;
            }
        }
        return ModuleLayer.boot().findModule("javafx.graphics").isPresent();
    }

    private static int runDesktop(Path jar, Path javafx, String[] args) throws IOException, InterruptedException {
        ClassDataCache cache = ClassDataCache.beside(jar, Runtime.version());
        List<String> command = desktopCommand(jar, javafx, cache.options(), args);
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        if (cache.recording()) { // the JVM says where it wrote its record, unasked: that line is left out
            builder.redirectOutput(ProcessBuilder.Redirect.PIPE);
        }
        int exit = supervise(builder, app -> cache.recording() ? copyOutputLeavingOutRecordNotice(app) : null);
        if (exit == 0) {
            cache.finish(command);
        }
        return exit;
    }

    /**
     * Starts the app's JVM and waits for it. Ctrl-C reaches both JVMs; a kill of this one alone is passed on, and its
     * end waits for the app's. Returns the app's exit status, or -1 when this JVM is being killed (nothing more is
     * done then). The stop is registered before the app starts, so a kill at any moment stops it.
     */
    static int supervise(ProcessBuilder builder, Function<Process, Thread> copierOf)
            throws IOException, InterruptedException {
        Object lock = new Object();
        Process[] running = {null};
        boolean[] stopping = {false};
        Thread stopper = new Thread(() -> {
            Process app;
            synchronized (lock) {
                stopping[0] = true;
                app = running[0];
            }
            if (app != null) {
                stop(app);
            }
        });
        try {
            Runtime.getRuntime().addShutdownHook(stopper);
        } catch (IllegalStateException shuttingDown) { // killed before anything started
            return -1;
        }
        Process app;
        synchronized (lock) {
            if (stopping[0]) {
                return -1;
            }
            app = builder.start();
            running[0] = app;
        }
        Thread copier = copierOf.apply(app);
        int exit = app.waitFor();
        if (copier != null) {
            copier.join();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(stopper);
        } catch (IllegalStateException shuttingDown) { // this JVM was killed: its hook has stopped the app
            return -1;
        }
        return exit;
    }

    /** The second JVM's command line: this JVM's own options, then JavaFX, access grants and the cache. */
    static List<String> desktopCommand(Path jar, Path javafx, List<String> cacheOptions, String[] args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ownOptions());
        command.add("--module-path");
        command.add(javafx.toString());
        command.add("--add-modules");
        command.add("javafx.controls,javafx.fxml");
        int feature = Runtime.version().feature();
        if (feature >= 22) { // JNI became a restricted method; JDK 24 warns without this
            command.add("--enable-native-access=javafx.graphics");
        }
        if (feature >= 23) { // JavaFX 21's Marlin renderer uses sun.misc.Unsafe; JDK 24 warns without this
            command.add("--sun-misc-unsafe-memory-access=allow");
        }
        command.addAll(cacheOptions);
        command.add("-cp");
        command.add(jar.toString());
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return command;
    }

    /** The JVM options this JVM was started with (say -Xmx), less those the second JVM gets from here. */
    private static List<String> ownOptions() {
        List<String> own = new ArrayList<>();
        String[] arguments = ProcessHandle.current().info().arguments().orElse(new String[0]);
        for (String argument : arguments) {
            if (argument.equals("-jar")) {
                break;
            }
            if (!ClassDataCache.isCacheOption(argument)) {
                own.add(argument);
            }
        }
        return own;
    }

    private static Thread copyOutputLeavingOutRecordNotice(Process app) {
        Thread copier = new Thread(() -> {
            try (BufferedReader out = app.inputReader()) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (!line.contains("AOTConfiguration recorded:")) {
                        System.out.println(line);
                    }
                }
            } catch (IOException e) {
                // the app is gone; nothing more to copy
            }
        }, "app-output");
        copier.start();
        return copier;
    }

    private static void stop(Process app) {
        app.destroy();
        try {
            app.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The jar this class was loaded from, if it was loaded from a jar. */
    private static Optional<Path> thisJar() {
        try {
            var source = Launcher.class.getProtectionDomain().getCodeSource();
            Path path = source == null ? null : Path.of(source.getLocation().toURI());
            return path != null && Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
        } catch (URISyntaxException | SecurityException e) {
            return Optional.empty();
        }
    }
}
