package dev.lambdadesk.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells when a window titled LambdaDesk is mapped on the X display, from the X server's own map events: one
 * {@code xev} listens on the root window (no polling, so it takes no CPU from the app it measures) and each window
 * mapped is stamped the moment its event arrives; its title is read afterwards with {@code xprop}. Polling with
 * {@code xdotool search} instead costs ~12 ms CPU and ~80 ms wall a call here, so it sees a window late and slows the
 * start it measures.
 */
final class WindowMapWatch implements AutoCloseable {

    /** One window mapped: when (System.nanoTime) and its X id. */
    record Mapped(long nanos, String window) {
    }

    private static final Pattern MAPPED = Pattern.compile("window (0x[0-9a-f]+),\\s+override");

    private final Process xev;
    private final BlockingQueue<Mapped> mapped = new LinkedBlockingQueue<>();

    private WindowMapWatch(Process xev) {
        this.xev = xev;
        Thread.ofPlatform().daemon().name("xev-reader").start(this::read);
    }

    /** Listens for map events on the display of {@code DISPLAY}; needs xev and xprop (package x11-utils). */
    static WindowMapWatch start() throws IOException {
        // stdbuf: xev's output to a pipe is block-buffered, and each event must arrive when it happens
        return new WindowMapWatch(new ProcessBuilder("stdbuf", "-oL", "xev", "-root", "-event", "substructure")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start());
    }

    /** Whether xev, xprop and stdbuf are installed. */
    static boolean available() {
        return onPath("xev") && onPath("xprop") && onPath("stdbuf");
    }

    /** Forgets windows mapped so far (call before starting the app). */
    void clear() {
        mapped.clear();
    }

    /**
     * Waits up to {@code timeoutNanos} for a window titled LambdaDesk to be mapped; returns when (System.nanoTime),
     * or -1 if none was (or {@code alive} says the app has gone).
     */
    long awaitLambdaDesk(long timeoutNanos, BooleanSupplier alive)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeoutNanos;
        while (System.nanoTime() < deadline) {
            Mapped next = mapped.poll(100, TimeUnit.MILLISECONDS);
            if (next != null && titleOf(next.window()).contains("\"LambdaDesk")) {
                return next.nanos();
            }
            if (next == null && !alive.getAsBoolean()) {
                return -1;
            }
        }
        return -1;
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(xev.getInputStream(), StandardCharsets.UTF_8))) {
            boolean mapNotify = false;
            long at = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("MapNotify event")) {
                    mapNotify = true;
                    at = System.nanoTime();
                } else if (mapNotify) {
                    Matcher window = MAPPED.matcher(line);
                    if (window.find()) {
                        mapped.add(new Mapped(at, window.group(1)));
                    }
                    mapNotify = false;
                }
            }
        } catch (IOException e) {
            // xev closed: nothing more to tell
        }
    }

    private static String titleOf(String window) throws IOException, InterruptedException {
        Process xprop = new ProcessBuilder("xprop", "-id", window, "WM_NAME").redirectErrorStream(true).start();
        String title = new String(xprop.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        xprop.waitFor();
        return title;
    }

    private static boolean onPath(String command) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        xev.destroy();
    }
}
