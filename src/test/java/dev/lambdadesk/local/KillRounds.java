package dev.lambdadesk.local;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Rounds of {@code kill -9} against the {@code local-endpoint} command in a child JVM on one data directory: each
 * round starts the endpoint, checks every write acknowledged in earlier rounds, writes concurrently until every kind
 * of write has been acknowledged a few times, and kills it at a random moment of the writing.
 */
final class KillRounds {

    /** What one start of the endpoint found and did. */
    record Round(int number, int checked, List<String> missing, List<String> startupProblems,
                 CrashWorkload.Counts written, List<String> failures, long millisToStart) {

        boolean clean() {
            return missing.isEmpty() && startupProblems.isEmpty() && failures.isEmpty();
        }
    }

    private final Path dataDir;
    private final Path logs;
    private final EndpointCredentials keys;
    private final int threads;
    private final Random random;
    private final List<CrashWorkload.Ack> acknowledged = new ArrayList<>();
    private int started;

    KillRounds(Path dataDir, Path logs, EndpointCredentials keys, int threads, Random random) {
        this.dataDir = dataDir;
        this.logs = logs;
        this.keys = keys;
        this.threads = threads;
        this.random = random;
    }

    /** One round; {@code each} acknowledgements of every kind before the kill, then up to {@code extraMillis} more. */
    Round killDuringWrites(int each, int extraMillis) throws IOException, InterruptedException {
        return run(each, extraMillis, true);
    }

    /** A last start that checks everything and writes nothing. */
    Round restartAndCheck() throws IOException, InterruptedException {
        return run(0, 0, false);
    }

    List<CrashWorkload.Ack> acknowledged() {
        return List.copyOf(acknowledged);
    }

    private Round run(int each, int extraMillis, boolean write) throws IOException, InterruptedException {
        int number = ++started;
        Path errors = logs.resolve("endpoint-" + number + ".err");
        long t0 = System.nanoTime();
        try (ChildEndpoint child = ChildEndpoint.start(errors, "--port", "0", "--data-dir", dataDir.toString(),
                "--pending-ms", "0", "--access-key", keys.accessKeyId(), "--secret-key", keys.secretAccessKey())) {
            URI endpoint = URI.create("http://127.0.0.1:" + child.awaitPort());
            long millisToStart = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            try (RemoteClients clients = new RemoteClients(endpoint, keys, threads * 2)) {
                return run(number, child, clients, endpoint, startupProblems(errors), millisToStart, each,
                        extraMillis, write);
            }
        }
    }

    private Round run(int number, ChildEndpoint child, RemoteClients clients, URI endpoint, List<String> startup,
                      long millisToStart, int each, int extraMillis, boolean write) throws InterruptedException {
        List<String> missing = CrashWorkload.verify(clients, new SignedHttp(endpoint, keys), acknowledged);
        if (!write) {
            return new Round(number, acknowledged.size(), missing, startup, CrashWorkload.Counts.of(List.of()),
                    List.of(), millisToStart);
        }
        int checked = acknowledged.size();
        if (number == 1) {
            acknowledged.add(CrashWorkload.prepare(clients));
        }
        CrashWorkload workload = CrashWorkload.start(clients, threads, "r" + number);
        workload.awaitAcks(each, TimeUnit.SECONDS.toMillis(120));
        Thread.sleep(random.nextInt(extraMillis + 1));
        workload.killing();
        child.process.destroyForcibly();
        child.process.waitFor(30, TimeUnit.SECONDS);
        workload.join();
        acknowledged.addAll(workload.acks());
        return new Round(number, checked, missing, startup, CrashWorkload.Counts.of(workload.acks()),
                workload.failures(), millisToStart);
    }

    /** What the restarted endpoint logged about its state: a damaged record or an unreadable one is a failure. */
    private static List<String> startupProblems(Path errors) throws IOException {
        return Files.readAllLines(errors, StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith("SEVERE")).toList();
    }
}
