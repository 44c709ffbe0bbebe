package dev.lambdadesk.local;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;

import dev.lambdadesk.local.store.BlobStore;

/**
 * Concurrent writes of every durable kind (functions with their code, S3 object versions, signing jobs with their
 * signed objects, signing profiles) against an endpoint that is about to be killed: every write the endpoint
 * acknowledged is recorded, to be looked for after the restart.
 */
final class CrashWorkload {

    static final String BUCKET = "crash-code";
    static final String PROFILE = "crash_profile";

    /** A write the endpoint answered with success. */
    sealed interface Ack {
    }

    record FunctionAck(String name, String codeSha256) implements Ack {
    }

    record ObjectAck(String key, String versionId, String sha256) implements Ack {
    }

    record JobAck(String jobId) implements Ack {
    }

    record ProfileAck(String name, String version) implements Ack {
    }

    private final RemoteClients clients;
    private final String tag;
    private final Queue<Ack> acks = new ConcurrentLinkedQueue<>();
    private final Queue<String> failures = new ConcurrentLinkedQueue<>();
    private final List<Thread> writers = new ArrayList<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private volatile boolean killed;

    private CrashWorkload(RemoteClients clients, String tag) {
        this.clients = clients;
        this.tag = tag;
    }

    /** Once per data directory: the versioned bucket and the profile that signing jobs use. */
    static ProfileAck prepare(RemoteClients clients) {
        clients.s3.createBucket(b -> b.bucket(BUCKET));
        clients.s3.putBucketVersioning(b -> b.bucket(BUCKET).versioningConfiguration(v -> v
                .status(BucketVersioningStatus.ENABLED)));
        return new ProfileAck(PROFILE, clients.signer.putSigningProfile(r -> r.profileName(PROFILE)
                .platformId(SigningScenario.PLATFORM)).profileVersion());
    }

    /** Starts {@code threads} writers (creates, uploads, signing jobs, profiles in turn); names carry {@code tag}. */
    static CrashWorkload start(RemoteClients clients, int threads, String tag) {
        CrashWorkload workload = new CrashWorkload(clients, tag);
        for (int t = 0; t < threads; t++) {
            int role = t % 4;
            workload.writers.add(Thread.ofPlatform().name("crash-writer-" + t).start(() -> workload.write(role)));
        }
        return workload;
    }

    /** Waits until every kind of write has been acknowledged at least {@code each} times (or the time is up). */
    boolean awaitAcks(int each, long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (System.nanoTime() < deadline) {
            Counts counts = Counts.of(acks);
            if (counts.functions >= each && counts.objects >= each && counts.jobs >= each && counts.profiles >= each) {
                return true;
            }
            Thread.sleep(10);
        }
        return false;
    }

    /** Call just before killing the endpoint: failures from then on are the kill's, not the endpoint's. */
    void killing() {
        killed = true;
    }

    /** Waits for the writers to notice the endpoint is gone. */
    void join() throws InterruptedException {
        for (Thread writer : writers) {
            writer.join(TimeUnit.SECONDS.toMillis(120));
        }
    }

    List<Ack> acks() {
        return List.copyOf(acks);
    }

    /** Requests that failed while the endpoint was still running (there should be none). */
    List<String> failures() {
        return List.copyOf(failures);
    }

    private void write(int role) {
        while (true) {
            int n = sequence.incrementAndGet();
            try {
                switch (role) {
                    case 0 -> createFunction(n);
                    case 1 -> upload("objects/" + tag + "-" + n, TestZips.handler("'object " + n + "'"));
                    case 2 -> sign(n);
                    default -> {
                        String name = "crash_" + tag.replace('-', '_') + "_" + n;
                        acks.add(new ProfileAck(name, clients.signer.putSigningProfile(r -> r.profileName(name)
                                .platformId(SigningScenario.PLATFORM)).profileVersion()));
                        createFunction(n);
                    }
                }
            } catch (RuntimeException e) {
                if (!killed) {
                    failures.add(e.getClass().getSimpleName() + ": " + e.getMessage());
                }
                return;
            }
        }
    }

    private void createFunction(int n) {
        String name = "crash-" + tag + "-" + n;
        String sha = clients.lambda.createFunction(LocalEndpointFixture.function(name)
                .code(c -> c.zipFile(TestZips.zipOf(name))).build()).codeSha256();
        acks.add(new FunctionAck(name, sha));
    }

    private ObjectAck upload(String key, byte[] bytes) {
        String version = clients.s3.putObject(b -> b.bucket(BUCKET).key(key), RequestBody.fromBytes(bytes))
                .versionId();
        ObjectAck ack = new ObjectAck(key, version, HexFormat.of().formatHex(BlobStore.sha256(bytes)));
        acks.add(ack);
        return ack;
    }

    private void sign(int n) {
        ObjectAck source = upload("sources/" + tag + "-" + n + ".zip", TestZips.handler("'signed " + n + "'"));
        String jobId = clients.signer.startSigningJob(r -> r.profileName(PROFILE)
                .source(s -> s.s3(s3 -> s3.bucketName(BUCKET).key(source.key()).version(source.versionId())))
                .destination(d -> d.s3(s3 -> s3.bucketName(BUCKET).prefix("signed/")))).jobId();
        acks.add(new JobAck(jobId));
    }

    /** How many writes of each kind. */
    record Counts(int functions, int objects, int jobs, int profiles) {
        static Counts of(Collection<Ack> acks) {
            int[] c = new int[4];
            for (Ack ack : acks) {
                switch (ack) {
                    case FunctionAck f -> c[0]++;
                    case ObjectAck o -> c[1]++;
                    case JobAck j -> c[2]++;
                    case ProfileAck p -> c[3]++;
                }
            }
            return new Counts(c[0], c[1], c[2], c[3]);
        }

        int total() {
            return functions + objects + jobs + profiles;
        }

        @Override
        public String toString() {
            return functions + " functions, " + objects + " object versions, " + jobs + " signing jobs, " + profiles
                    + " profiles";
        }
    }

    /** Looks for each acknowledged write through the restarted endpoint; returns what is missing or wrong. */
    static List<String> verify(RemoteClients clients, SignedHttp http, Collection<Ack> acks) {
        List<String> problems = new ArrayList<>();
        for (Ack ack : acks) {
            try {
                String problem = switch (ack) {
                    case FunctionAck f -> checkFunction(clients, http, f);
                    case ObjectAck o -> checkObject(clients, o);
                    case JobAck j -> checkJob(clients, j);
                    case ProfileAck p -> checkProfile(clients, p);
                };
                if (problem != null) {
                    problems.add(ack + ": " + problem);
                }
            } catch (RuntimeException e) {
                problems.add(ack + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        return problems;
    }

    private static String checkFunction(RemoteClients clients, SignedHttp http, FunctionAck ack) {
        var function = clients.lambda.getFunction(r -> r.functionName(ack.name()));
        if (!ack.codeSha256().equals(function.configuration().codeSha256())) {
            return "CodeSha256 is " + function.configuration().codeSha256();
        }
        try {
            byte[] code = http.get(URI.create(function.code().location())).body();
            String sha = Base64.getEncoder().encodeToString(BlobStore.sha256(code));
            return sha.equals(ack.codeSha256()) ? null : "the code package downloads as other bytes";
        } catch (IOException e) {
            return "the code package does not download: " + e.getMessage();
        }
    }

    private static String checkObject(RemoteClients clients, ObjectAck ack) {
        byte[] bytes = clients.s3.getObjectAsBytes(b -> b.bucket(BUCKET).key(ack.key()).versionId(ack.versionId()))
                .asByteArray();
        return HexFormat.of().formatHex(BlobStore.sha256(bytes)).equals(ack.sha256()) ? null : "other bytes";
    }

    private static String checkJob(RemoteClients clients, JobAck ack) {
        var job = clients.signer.describeSigningJob(r -> r.jobId(ack.jobId()));
        if (!"Succeeded".equals(job.statusAsString())) {
            return "status " + job.statusAsString() + ": " + job.statusReason();
        }
        byte[] signed = clients.s3.getObjectAsBytes(b -> b.bucket(job.signedObject().s3().bucketName())
                .key(job.signedObject().s3().key())).asByteArray();
        return SigningScenario.entries(signed).isEmpty() ? "the signed object is not a readable zip" : null;
    }

    private static String checkProfile(RemoteClients clients, ProfileAck ack) {
        var profile = clients.signer.getSigningProfile(r -> r.profileName(ack.name()));
        return ack.version().equals(profile.profileVersion()) && "Active".equals(profile.statusAsString()) ? null
                : "version " + profile.profileVersion() + ", status " + profile.statusAsString();
    }
}
