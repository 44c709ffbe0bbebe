package dev.lambdadesk.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** The {@code local-endpoint} command running in a child JVM, with its printed lines collected. */
final class ChildEndpoint implements AutoCloseable {

    final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> seen = new ArrayList<>();

    private ChildEndpoint(Process process) {
        this.process = process;
        Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // The process ended.
            }
        });
    }

    /** Starts {@code lambdadesk local-endpoint} with {@code args}, its error output going to {@code errorLog}. */
    static ChildEndpoint start(Path errorLog, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"), "dev.lambdadesk.app.Main",
                "local-endpoint"));
        command.addAll(List.of(args));
        return new ChildEndpoint(new ProcessBuilder(command).redirectError(errorLog.toFile()).start());
    }

    /** The next printed line, waiting up to {@code seconds}. */
    String nextLine(int seconds) throws InterruptedException {
        String line = lines.poll(seconds, TimeUnit.SECONDS);
        if (line == null) {
            throw new IllegalStateException("The endpoint printed nothing more; so far: " + seen);
        }
        seen.add(line);
        return line;
    }

    /** Waits for the listening line and returns the port. */
    int awaitPort() throws InterruptedException {
        String line = nextLine(60);
        String prefix = "LambdaDesk local endpoint listening on http://127.0.0.1:";
        if (!line.startsWith(prefix)) {
            throw new IllegalStateException("Unexpected first line: " + line);
        }
        return Integer.parseInt(line.substring(prefix.length()));
    }

    List<String> remainingLines() {
        List<String> rest = new ArrayList<>();
        lines.drainTo(rest);
        return rest;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }
}
