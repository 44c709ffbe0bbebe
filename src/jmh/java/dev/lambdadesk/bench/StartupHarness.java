package dev.lambdadesk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Desktop start-up measured from outside the app: starts a command (the README's {@code java -jar
 * target/lambdadesk.jar} by default, or the installed app) and waits for the X server to map a window titled
 * LambdaDesk ({@link WindowMapWatch}: the server's map events, read by {@code xev}; without xev, polling with
 * {@code xdotool} every 15 ms, which sees the window later and takes CPU from the app). The time from just before the
 * process is started to that moment is the start-up time; nothing the app says about itself is used. The app runs with {@code --startup-report
 * --exit-after-report}, so it closes itself normally (writing any class-data archive it writes at exit) once its
 * function list has loaded.
 *
 * <p>{@code --as-typed} runs the command exactly as a person types it, with no arguments added (the app then keeps
 * its usual data folder): once its window is visible it is left 3 s and closed with SIGTERM, as a desktop session
 * ends it. The arguments the report needs cost a start-up the command line's parsing (picocli), so this is the
 * README's number; the CPU is measured the same way.
 *
 * <p>Arguments: {@code [--runs N] [--as-typed] [--reset FILE]... [--] [command...]}. {@code --reset FILE} deletes FILE before every
 * run (an archive or AOT cache), so every run is a first start. Run 0 is reported apart (it warms the disk cache and,
 * without {@code --reset}, writes the archive); the median and worst are over runs 1..N.
 *
 * <p>Needs Xvfb, x11-utils (xev, xprop) or xdotool ({@code apt-get install xvfb x11-utils xdotool}): {@code Xvfb :96 -screen 0 1280x800x24 &}, then
 * {@code DISPLAY=:96 mvn -q -Pbench test-compile exec:exec -Dbench.main=dev.lambdadesk.bench.StartupHarness
 * -Dbench.args="--runs 10"} after {@code mvn -q -DskipTests package}; for the installed app add
 * {@code -- /opt/lambdadesk/bin/LambdaDesk} to the arguments.
 */
public final class StartupHarness {

    private static final long POLL_MILLIS = 15;
    private static final long GIVE_UP_NANOS = TimeUnit.SECONDS.toNanos(60);

    private StartupHarness() {
    }

    public static void main(String[] args) throws Exception {
        int runs = 10;
        boolean asTyped = false;
        List<Path> resets = new ArrayList<>();
        List<String> command = new ArrayList<>();
        for (int i = 0; i < args.length && command.isEmpty(); i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--reset" -> resets.add(Path.of(args[++i]));
                case "--as-typed" -> asTyped = true;
                case "--" -> command.addAll(Arrays.asList(args).subList(i + 1, args.length));
                default -> command.addAll(Arrays.asList(args).subList(i, args.length));
            }
        }
        if (command.isEmpty()) {
            command.addAll(List.of(javaCommand(), "-jar", "target/lambdadesk.jar"));
        }
        if (System.getenv("DISPLAY") == null) {
            System.err.println("No DISPLAY: start Xvfb (Xvfb :96 -screen 0 1280x800x24 &) and set DISPLAY=:96.");
            System.exit(2);
        }
        if (!visibleWindows().isEmpty()) {
            System.err.println("A LambdaDesk window is already open on " + System.getenv("DISPLAY") + "; close it first.");
            System.exit(2);
        }
        System.out.println("command: " + String.join(" ", command) + (resets.isEmpty() ? "" : ", removing " + resets
                + " before each run"));
        Path dataDir = Files.createTempDirectory("lambdadesk-startup");
        WindowMapWatch watch = WindowMapWatch.available() ? WindowMapWatch.start() : null;
        System.out.println(watch != null ? "window seen: when the X server maps it (xev)"
                : "window seen: polling xdotool every " + POLL_MILLIS + " ms (install x11-utils for the exact time)");
        List<Double> times = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        for (int run = 0; run <= runs; run++) {
            for (Path reset : resets) {
                Files.deleteIfExists(reset);
            }
            double[] seconds = startOnce(command, asTyped ? null : dataDir, watch);
            System.out.printf(Locale.ROOT, "run %2d%s: window visible after %.3f s, CPU used by then %.2f s "
                    + "(load average %s)%n", run, run == 0 ? " (first, not counted)" : "", seconds[0], seconds[1],
                    loadAverage());
            if (run > 0) {
                times.add(seconds[0]);
                cpu.add(seconds[1]);
            }
        }
        System.out.printf(Locale.ROOT, "window visible: median %.3f s, worst %.3f s, best %.3f s over %d runs; "
                + "CPU by then (all cores, the app's processes): median %.2f s%n", median(times),
                Collections.max(times), Collections.min(times), runs, median(cpu));
        if (watch != null) {
            watch.close();
        }
    }

    /**
     * Starts the command and returns the seconds until its window is visible and the CPU seconds its processes had
     * used by then; then waits for it to close itself.
     */
    private static double[] startOnce(List<String> command, Path dataDir, WindowMapWatch watch)
            throws IOException, InterruptedException {
        List<String> full = new ArrayList<>(command);
        if (dataDir != null) { // null: as typed, closed from outside once shown
            full.addAll(List.of("--data-dir", dataDir.toString(), "--startup-report", "--exit-after-report"));
        }
        Path output = Files.createTempFile("lambdadesk-startup", ".out");
        if (watch != null) {
            watch.clear();
        }
        long start = System.nanoTime();
        Process app = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        double seconds = Double.NaN;
        double cpu = Double.NaN;
        if (watch != null) {
            long shown = watch.awaitLambdaDesk(GIVE_UP_NANOS, app::isAlive);
            if (shown >= 0) {
                cpu = cpuSeconds(app.toHandle());
                seconds = (shown - start) / 1e9;
            }
        }
        while (watch == null && System.nanoTime() - start < GIVE_UP_NANOS && app.isAlive()) {
            if (!visibleWindows().isEmpty()) {
                seconds = (System.nanoTime() - start) / 1e9;
                cpu = cpuSeconds(app.toHandle());
                break;
            }
            Thread.sleep(POLL_MILLIS);
        }
        if (dataDir == null && app.isAlive()) {
            Thread.sleep(3000);
            app.destroy();
        }
        if (!app.waitFor(60, TimeUnit.SECONDS)) {
            app.descendants().forEach(ProcessHandle::destroyForcibly);
            app.destroyForcibly();
        }
        String printed = Files.readString(output, StandardCharsets.UTF_8);
        Files.delete(output);
        if (Double.isNaN(seconds)) {
            throw new IllegalStateException("No window appeared; the app exited with " + app.exitValue()
                    + " and printed:\n" + printed);
        }
        String extra = printed.lines().filter(line -> !line.startsWith("window shown after")
                && !line.startsWith("function list loaded after")).reduce((a, b) -> a + "\n" + b).orElse("");
        if (!extra.isEmpty()) {
            System.out.println("  the app printed more than its report:\n" + extra.indent(4).stripTrailing());
        }
        return new double[] {seconds, cpu};
    }

    /** User plus system CPU time of a process and its descendants (a launcher's child), from /proc. */
    private static double cpuSeconds(ProcessHandle process) {
        return Stream.concat(Stream.of(process), process.descendants())
                .mapToDouble(handle -> {
                    try {
                        String stat = Files.readString(Path.of("/proc/" + handle.pid() + "/stat"));
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
                    } catch (IOException | RuntimeException e) {
                        return 0;
                    }
                }).sum();
    }

    /** The ids of mapped windows titled LambdaDesk on the display, from xdotool. */
    private static String visibleWindows() throws IOException, InterruptedException {
        Process search = new ProcessBuilder("xdotool", "search", "--onlyvisible", "--name", "^LambdaDesk")
                .redirectErrorStream(true).start();
        String ids = new String(search.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        search.waitFor();
        return ids;
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
