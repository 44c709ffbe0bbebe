package dev.lambdadesk.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.Stream;

/**
 * {@code kill -9} of the {@code local-endpoint} command, round after round on one data directory, during concurrent
 * creates, S3 uploads, signing jobs and new profiles; after every restart each write acknowledged so far is looked
 * for. Prints a line per round and the totals; exits 1 if anything acknowledged was lost, a request failed while the
 * endpoint ran, or the store logged a damaged record.
 *
 * <p>Run: {@code mvn -q -Pbench test-compile exec:exec -Dbench.main=dev.lambdadesk.local.CrashHarness
 * -Dbench.args="ROUNDS THREADS"} (defaults 20 and 8).
 */
public final class CrashHarness {

    private static final EndpointCredentials KEYS = new EndpointCredentials("AKIACRASHHARNESS0000", "crash-secret");

    private CrashHarness() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        Path work = Files.createTempDirectory("lambdadesk-crash");
        Random random = new Random();
        KillRounds kills = new KillRounds(Files.createDirectory(work.resolve("data")),
                Files.createDirectory(work.resolve("logs")), KEYS, threads, random);
        System.out.printf("kill -9 harness: %d rounds, %d writer threads, data in %s%n", rounds, threads, work);
        int missing = 0;
        int failures = 0;
        int startupProblems = 0;
        for (int i = 0; i < rounds; i++) {
            // Kill anywhere from right after the minimum to a second and a half into the writing.
            KillRounds.Round round = kills.killDuringWrites(5 + random.nextInt(20), 1500);
            print(round);
            missing += round.missing().size();
            failures += round.failures().size();
            startupProblems += round.startupProblems().size();
        }
        KillRounds.Round last = kills.restartAndCheck();
        System.out.printf("last start: up in %d ms, checked %d writes, %d missing, %d store problems%n",
                last.millisToStart(), last.checked(), last.missing().size(), last.startupProblems().size());
        last.missing().stream().limit(5).forEach(m -> System.out.println("    missing: " + m));
        missing += last.missing().size();
        startupProblems += last.startupProblems().size();
        System.out.printf("%d kills; %d acknowledged writes (%s); lost or wrong: %d; requests failed while running: %d;"
                        + " damaged-store messages on restart: %d%n", rounds, kills.acknowledged().size(),
                CrashWorkload.Counts.of(kills.acknowledged()), missing, failures, startupProblems);
        boolean clean = missing + failures + startupProblems == 0;
        if (clean) {
            deleteTree(work);
        } else {
            System.out.println("Logs and data kept in " + work);
        }
        System.exit(clean ? 0 : 1);
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void print(KillRounds.Round round) {
        System.out.printf("start %2d: up in %5d ms, checked %5d earlier writes, %d missing, %d store problems; "
                        + "then acknowledged %s before the kill%s%n", round.number(), round.millisToStart(),
                round.checked(), round.missing().size(), round.startupProblems().size(), round.written(),
                round.failures().isEmpty() ? "" : "; failed while running: " + round.failures());
        round.missing().stream().limit(5).forEach(m -> System.out.println("    missing: " + m));
        round.startupProblems().stream().limit(5).forEach(m -> System.out.println("    store: " + m));
    }
}
