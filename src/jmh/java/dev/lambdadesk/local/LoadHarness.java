package dev.lambdadesk.local;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.lambda.model.ResourceConflictException;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;

/**
 * Mixed load on the {@code local-endpoint} command in a child JVM (heap capped at 256 MB): client threads run
 * CreateFunction, GetFunction, ListFunctions, UpdateFunctionConfiguration, UpdateFunctionCode, DeleteFunction and
 * the signing flow (PutObject to a versioned bucket, StartSigningJob, DescribeSigningJob, then DeleteObject of both
 * versions) through the SDK v2 sync clients, with no retries. ResourceConflictException (409) while a function is
 * Pending or being updated is AWS's documented answer and counted apart; every other failure is unexpected.
 * The endpoint's heap is read after full GCs ({@code jcmd GC.run}, {@code GC.heap_info}) after a warm-up and at
 * the end.
 *
 * <p>Run: {@code mvn -q -Pbench test-compile exec:exec -Dbench.main=dev.lambdadesk.local.LoadHarness
 * -Dbench.args="SECONDS THREADS PENDING_MS"} (defaults 120, 8 and 300).
 */
public final class LoadHarness {

    private static final EndpointCredentials KEYS = new EndpointCredentials("AKIALOADHARNESS00000", "load-secret");
    private static final String BUCKET = "load-code";
    private static final String PROFILE = "load_profile";

    private final RemoteClients clients;
    private final Map<String, OperationStats> stats = new ConcurrentHashMap<>();

    private LoadHarness(RemoteClients clients) {
        this.clients = clients;
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 120;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int pendingMillis = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        int warmup = Math.max(5, Math.min(20, seconds / 6));
        Path work = Files.createTempDirectory("lambdadesk-load");
        boolean passed;
        try (ChildEndpoint child = ChildEndpoint.start(work.resolve("endpoint.err"), "--port", "0", "--data-dir",
                work.resolve("data").toString(), "--pending-ms", Integer.toString(pendingMillis), "--access-key",
                KEYS.accessKeyId(), "--secret-key", KEYS.secretAccessKey());
             RemoteClients clients = new RemoteClients(URI.create("http://127.0.0.1:" + child.awaitPort()), KEYS,
                     threads * 2)) {
            HeapReader heap = new HeapReader(child.process.pid());
            LoadHarness harness = new LoadHarness(clients);
            harness.prepare();
            long cold = heap.usedAfterGc();
            System.out.printf("load: %d client threads for %d s (after %d s of warm-up) on local-endpoint in a child "
                    + "JVM (-Xmx256m), functions Pending/InProgress for %d ms%n", threads, seconds, warmup,
                    pendingMillis);
            List<Worker> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(harness.new Worker("t" + t));
            }
            harness.run(workers, warmup);
            harness.stats.clear();
            List<Integer> populations = workers.stream().map(w -> w.live.size()).toList();
            long start = heap.usedAfterGc();
            long t0 = System.nanoTime();
            harness.run(workers, seconds);
            double elapsed = (System.nanoTime() - t0) / 1e9;
            boolean clean = harness.report(elapsed);
            long jobs = harness.count("StartSigningJob");
            for (int t = 0; t < threads; t++) {
                workers.get(t).resize(populations.get(t));
            }
            long end = heap.usedAfterGc();
            // Signer keeps every job (there is no way to delete one): weigh one, to tell kept records from a leak.
            int extraJobs = 2000;
            Worker calibration = harness.new Worker("calibration");
            for (int i = 0; i < extraJobs; i++) {
                calibration.sign();
            }
            double perJob = (double) (heap.usedAfterGc() - end) / extraJobs;
            double unexplained = end - start - jobs * perJob;
            double growth = 100.0 * unexplained / start;
            System.out.printf("endpoint heap after full GC: %.1f MB right after start, %.1f MB after the warm-up, "
                    + "%.1f MB at the end (%+.1f%%)%n", mb(cold), mb(start), mb(end), 100.0 * (end - start) / start);
            System.out.printf("kept records: %d functions at both measurements; %d signing jobs added (Signer "
                    + "keeps every job; %d more jobs weighed %.2f KB each)%n",
                    populations.stream().mapToInt(Integer::intValue).sum(), jobs, extraJobs, perJob / 1024);
            System.out.printf("heap growth beyond the kept jobs: %+.2f MB (%+.1f%% of the start; target within 10%%)%n",
                    mb((long) unexplained), growth);
            passed = clean && growth <= 10;
        }
        try (Stream<Path> files = Files.walk(work)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
        System.exit(passed ? 0 : 1);
    }

    private static double mb(long bytes) {
        return bytes / 1024.0 / 1024.0;
    }

    private void prepare() {
        clients.s3.createBucket(b -> b.bucket(BUCKET));
        clients.s3.putBucketVersioning(b -> b.bucket(BUCKET).versioningConfiguration(v -> v
                .status(BucketVersioningStatus.ENABLED)));
        clients.signer.putSigningProfile(r -> r.profileName(PROFILE).platformId(SigningScenario.PLATFORM));
    }

    /** Runs every worker on its own thread for {@code seconds}. */
    private void run(List<Worker> workers, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<Thread> running = new ArrayList<>();
        for (Worker worker : workers) {
            running.add(Thread.ofPlatform().name("load-" + worker.prefix).start(() -> worker.runUntil(deadline)));
        }
        for (Thread thread : running) {
            thread.join();
        }
    }

    private long count(String operation) {
        OperationStats s = stats.get(operation);
        return s == null ? 0 : s.ok();
    }

    /** Prints a line per operation; true when nothing failed unexpectedly. */
    private boolean report(double seconds) {
        System.out.printf("%-28s %9s %9s %11s %9s %9s %9s%n", "operation", "ok", "409", "unexpected", "ops/s",
                "mean ms", "p99 ms");
        long ok = 0;
        long expected = 0;
        long unexpected = 0;
        for (String operation : List.of("CreateFunction", "GetFunction", "ListFunctions",
                "UpdateFunctionConfiguration", "UpdateFunctionCode", "DeleteFunction", "PutObject", "StartSigningJob",
                "DescribeSigningJob", "HeadObject", "DeleteObject")) {
            OperationStats s = stats.getOrDefault(operation, new OperationStats());
            System.out.printf("%-28s %9d %9d %11d %9.1f %9.2f %9.2f%n", operation, s.ok(), s.expected(),
                    s.unexpected(), s.ok() / seconds, s.meanMillis(), s.p99Millis());
            ok += s.ok();
            expected += s.expected();
            unexpected += s.unexpected();
        }
        System.out.printf("%-28s %9d %9d %11d %9.1f%n", "all", ok, expected, unexpected, ok / seconds);
        stats.values().stream().flatMap(s -> s.failures().stream()).limit(5)
                .forEach(f -> System.out.println("  unexpected: " + f));
        return unexpected == 0;
    }

    private <T> T timed(String operation, Supplier<T> call) {
        OperationStats s = stats.computeIfAbsent(operation, o -> new OperationStats());
        long t0 = System.nanoTime();
        try {
            T result = call.get();
            s.recordOk(System.nanoTime() - t0);
            return result;
        } catch (ResourceConflictException e) {
            s.recordExpected();
            return null;
        } catch (RuntimeException e) {
            s.recordUnexpected(operation + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return null;
        }
    }

    /** One client thread: it owns the functions it creates, so its gets, updates and deletes never race others. */
    private final class Worker {

        private final String prefix;
        private final List<String> live = new ArrayList<>();
        private int sequence;

        Worker(String prefix) {
            this.prefix = prefix;
        }

        /**
         * The mix, by share of picks: create 15%, get 30%, list one page 10%, update configuration 15%, update code
         * 10%, delete 15%, the signing flow 5% (five requests). Each thread keeps 10 to 40 functions of its own.
         */
        void runUntil(long deadline) {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            while (System.nanoTime() < deadline) {
                int pick = random.nextInt(100);
                if (live.size() < 10 || (pick < 15 && live.size() < 40)) {
                    create();
                } else if (pick < 45) {
                    String name = some(random);
                    timed("GetFunction", () -> clients.lambda.getFunction(r -> r.functionName(name)));
                } else if (pick < 55) {
                    timed("ListFunctions", () -> clients.lambda.listFunctions(r -> r.maxItems(50)));
                } else if (pick < 70) {
                    String name = some(random);
                    int memory = 128 + 64 * random.nextInt(15);
                    timed("UpdateFunctionConfiguration", () -> clients.lambda.updateFunctionConfiguration(r -> r
                            .functionName(name).memorySize(memory).description("load " + sequence)));
                } else if (pick < 80) {
                    String name = some(random);
                    int revision = ++sequence;
                    timed("UpdateFunctionCode", () -> clients.lambda.updateFunctionCode(r -> r.functionName(name)
                            .zipFile(TestZips.zipOf(name + " " + revision))));
                } else if (pick < 95) {
                    String name = live.remove(random.nextInt(live.size()));
                    timed("DeleteFunction", () -> clients.lambda.deleteFunction(r -> r.functionName(name)));
                } else {
                    sign();
                }
            }
        }

        /** Creates or deletes functions until this thread has {@code size} (to compare heaps at equal state). */
        void resize(int size) {
            while (live.size() > size) {
                String name = live.remove(live.size() - 1);
                clients.lambda.deleteFunction(r -> r.functionName(name));
            }
            while (live.size() < size) {
                create();
            }
        }

        private String some(ThreadLocalRandom random) {
            return live.get(random.nextInt(live.size()));
        }

        private void create() {
            String name = prefix + "-" + ++sequence;
            if (timed("CreateFunction", () -> clients.lambda.createFunction(LocalEndpointFixture.function(name)
                    .code(c -> c.zipFile(TestZips.zipOf(name))).build())) != null) {
                live.add(name);
            }
        }

        private void sign() {
            String key = "sources/" + prefix + ".zip";
            var put = timed("PutObject", () -> clients.s3.putObject(b -> b.bucket(BUCKET).key(key),
                    RequestBody.fromBytes(TestZips.handler("'" + prefix + " " + ++sequence + "'"))));
            if (put == null) {
                return;
            }
            var started = timed("StartSigningJob", () -> clients.signer.startSigningJob(r -> r.profileName(PROFILE)
                    .source(s -> s.s3(s3 -> s3.bucketName(BUCKET).key(key).version(put.versionId())))
                    .destination(d -> d.s3(s3 -> s3.bucketName(BUCKET).prefix("signed/")))));
            if (started != null) {
                var job = timed("DescribeSigningJob", () -> clients.signer.describeSigningJob(r -> r
                        .jobId(started.jobId())));
                if (job != null && job.signedObject() != null) {
                    String signed = job.signedObject().s3().key();
                    var head = timed("HeadObject", () -> clients.s3.headObject(h -> h.bucket(BUCKET).key(signed)));
                    if (head != null) {
                        timed("DeleteObject", () -> clients.s3.deleteObject(b -> b.bucket(BUCKET).key(signed)
                                .versionId(head.versionId())));
                    }
                }
            }
            timed("DeleteObject", () -> clients.s3.deleteObject(b -> b.bucket(BUCKET).key(key)
                    .versionId(put.versionId())));
        }
    }
}
