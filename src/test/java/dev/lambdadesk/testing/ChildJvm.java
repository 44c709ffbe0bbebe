package dev.lambdadesk.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a main class in a separate JVM with this test run's class path and, for JavaFX, the same headless Monocle
 * settings surefire gives the tests; for tests that need a process of their own (to kill it, or to time it).
 */
public final class ChildJvm {

    private static final List<String> HEADLESS_FX = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
            "-Dprism.order=sw", "-Dprism.text=t2k", "-Djava.awt.headless=true");

    private ChildJvm() {
    }

    /** A process builder for {@code mainClass} with {@code args}; its output goes to {@code output}. */
    public static ProcessBuilder of(Class<?> mainClass, Path output, String... args) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"),
                "bin", "java").toString()));
        command.add("-Xmx512m");
        command.add("-XX:TieredStopAtLevel=1"); // short-lived: compiling for peak speed would only cost time
        command.addAll(HEADLESS_FX);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
    }

    /** Starts it. */
    public static Process start(Class<?> mainClass, Path output, String... args) throws IOException {
        return of(mainClass, output, args).start();
    }
}
