package dev.lambdadesk.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Desktop start-up, measured from outside: starts the packaged app {@code runs} times with
 * {@code --startup-report --exit-after-report} and reports the median and worst time from JVM start to the window
 * shown and to the function list loaded (targets 2.5 s and 3.5 s), with the CPU the app had used by then and the
 * machine's load average (on a shared machine the wall times follow the load; the CPU does not). The first run, which
 * warms the disk cache, creates the data directory and writes the class data sharing archive, is reported apart and
 * left out of the statistics.
 * <p>
 * The app starts as the README starts it: {@code java -XX:+AutoCreateSharedArchive
 * -XX:SharedArchiveFile=target/lambdadesk.jsa -jar target/lambdadesk.jar}, so the classes the first run loaded are
 * mapped from the archive afterwards instead of being read, verified and linked again. Add {@code --no-cds} as a third
 * argument to measure a plain {@code java -jar} start.
 *
 * <p>Needs a display (Xvfb is fine): {@code Xvfb :96 -screen 0 1280x800x24 &} then
 * {@code DISPLAY=:96 mvn -q -Pbench test-compile exec:exec -Dbench.main=dev.lambdadesk.bench.StartupHarness
 * -Dbench.args="target/lambdadesk.jar 10"} (or {@code "target/lambdadesk.jar 10 --no-cds"}) after {@code mvn -q -DskipTests package}.
 */
public final class StartupHarness {

    private static final Pattern WINDOW = Pattern.compile("window shown after ([0-9.]+) s");
    private static final Pattern LIST = Pattern.compile("function list loaded after ([0-9.]+) s");

    private StartupHarness() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "target/lambdadesk.jar").toAbsolutePath();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        if (!Files.isRegularFile(jar)) {
            System.err.println(jar + " is missing: run mvn -q -DskipTests package first.");
            System.exit(2);
        }
        if (System.getenv("DISPLAY") == null) {
            System.err.println("No DISPLAY: start Xvfb (Xvfb :96 -screen 0 1280x800x24 &) and set DISPLAY=:96.");
            System.exit(2);
        }
        boolean cds = !(args.length > 2 && "--no-cds".equals(args[2]));
        List<String> java = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
        if (cds) {
            java.add("-XX:+AutoCreateSharedArchive");
            java.add("-XX:SharedArchiveFile=" + jar.resolveSibling("lambdadesk.jsa"));
        }
        System.out.println("starting: " + String.join(" ", java) + " -jar " + jar);
        Path dataDir = Files.createTempDirectory("lambdadesk-startup");
        List<Double> windows = new ArrayList<>();
        List<Double> lists = new ArrayList<>();
        List<Double> windowCpu = new ArrayList<>();
        List<Double> listCpu = new ArrayList<>();
        for (int i = 0; i <= runs; i++) {
            double[] times = runOnce(java, jar, dataDir);
            System.out.printf(Locale.ROOT, "run %2d%s: window %.2f s, function list %.2f s (CPU used by then: %.2f s, "
                    + "%.2f s; load average %s)%n", i, i == 0 ? " (first, not counted)" : "", times[0], times[1],
                    times[2], times[3], loadAverage());
            if (i > 0) {
                windows.add(times[0]);
                lists.add(times[1]);
                windowCpu.add(times[2]);
                listCpu.add(times[3]);
            }
        }
        System.out.printf(Locale.ROOT, "window shown:         median %.2f s, worst %.2f s over %d runs (target 2.5 s)%n",
                median(windows), Collections.max(windows), runs);
        System.out.printf(Locale.ROOT, "function list loaded: median %.2f s, worst %.2f s over %d runs (target 3.5 s)%n",
                median(lists), Collections.max(lists), runs);
        System.out.printf(Locale.ROOT, "CPU the app used (both cores) by the window: median %.2f s; by the list: "
                + "median %.2f s%n", median(windowCpu), median(listCpu));
    }

    private static double[] runOnce(List<String> java, Path jar, Path dataDir) throws IOException,
            InterruptedException {
        List<String> command = new ArrayList<>(java);
        command.addAll(List.of("-jar", jar.toString(), "--data-dir", dataDir.toString(), "--startup-report",
                "--exit-after-report"));
        Process app = new ProcessBuilder(command).redirectErrorStream(true).start();
        double window = Double.NaN;
        double list = Double.NaN;
        double windowCpu = Double.NaN;
        double listCpu = Double.NaN;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(app.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                Matcher w = WINDOW.matcher(line);
                Matcher l = LIST.matcher(line);
                if (w.find()) {
                    window = Double.parseDouble(w.group(1));
                    windowCpu = cpuSeconds(app.pid());
                } else if (l.find()) {
                    list = Double.parseDouble(l.group(1));
                    listCpu = cpuSeconds(app.pid());
                } else if (line.startsWith("function list failed")) {
                    throw new IllegalStateException(line);
                }
            }
        }
        if (!app.waitFor(60, TimeUnit.SECONDS)) {
            app.destroyForcibly();
            throw new IllegalStateException("The app did not exit after its report");
        }
        if (Double.isNaN(window) || Double.isNaN(list)) {
            throw new IllegalStateException("The app exited with " + app.exitValue() + " before reporting both times");
        }
        return new double[] {window, list, windowCpu, listCpu};
    }

    /** User plus system CPU time of a running process, from /proc (clock ticks of 10 ms). */
    private static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
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
