package dev.lambdadesk.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;

/**
 * The local endpoint from the first request: how long {@code java -jar target/lambdadesk.jar local-endpoint} takes
 * from process start to its first answer (target 0.5 s), with and without the start-up cache the build writes
 * ({@code target/lambdadesk-endpoint.aot} on JDK 25, {@code .jsa} on 21), and the CPU the endpoint used by then
 * (on a shared machine wall times follow the load, CPU much less). Then, when {@code moto_server} and boto3 are
 * installed, {@code bench/moto-compare.py --cold}: the first 200 creates, 1,000 gets and 10 listings against moto.
 * <p>
 * {@code mvn -q -DskipTests package && mvn -q -Pbench test-compile exec:exec
 * -Dbench.main=dev.lambdadesk.bench.EndpointColdStart -Dbench.args="target/lambdadesk.jar 10"}
 */
public final class EndpointColdStart {

    private static final String KEY = "AKIACOLDSTARTBENCH00";
    private static final String SECRET = "cold-start-bench-secret-0000000000000000";
    private static final String LISTENING = "LambdaDesk local endpoint listening on ";

    private EndpointColdStart() {
    }

    /** One start: wall seconds to the listening line and to the first answer, and the CPU used by then. */
    record Start(double listening, double firstAnswer, double cpu) {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "target/lambdadesk.jar").toAbsolutePath();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        if (!Files.isRegularFile(jar)) {
            System.err.println(jar + " is missing: run mvn -q -DskipTests package first.");
            System.exit(2);
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cache = cacheOptions(jar);
        System.out.printf(Locale.ROOT, "%s, %d CPUs, load %.1f%n", java, Runtime.getRuntime().availableProcessors(),
                load());
        measure(java, jar, List.of(), 1);  // warms the disk cache and this harness's own client; not reported
        List<Start> plain = measure(java, jar, List.of(), runs);
        report("plain java -jar", plain);
        if (!cache.isEmpty()) {
            List<Start> cached = measure(java, jar, cache, runs);
            report("with " + String.join(" ", cache), cached);
        } else {
            System.out.println("no start-up cache beside the jar (the build writes it unless "
                    + "-Dendpoint.training.skip)");
        }
        System.out.printf(Locale.ROOT, "load at the end %.1f%n", load());
        compareWithMoto(jar, cache);
    }

    /** The option that maps the build's cache, for the JDK running this harness; empty when there is none. */
    static List<String> cacheOptions(Path jar) {
        Path aot = jar.resolveSibling("lambdadesk-endpoint.aot");
        Path jsa = jar.resolveSibling("lambdadesk-endpoint.jsa");
        if (Runtime.version().feature() >= 25 && Files.isRegularFile(aot)) {
            return List.of("-XX:AOTCache=" + aot);
        }
        return Files.isRegularFile(jsa) ? List.of("-XX:SharedArchiveFile=" + jsa) : List.of();
    }

    private static List<Start> measure(String java, Path jar, List<String> options, int runs) throws Exception {
        List<Start> starts = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            starts.add(start(java, jar, options));
        }
        return starts;
    }

    private static Start start(String java, Path jar, List<String> options) throws Exception {
        Path dataDir = Files.createTempDirectory("lambdadesk-cold");
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(options);
        command.addAll(List.of("-jar", jar.toString(), "local-endpoint", "--port", String.valueOf(port), "--data-dir",
                dataDir.toString(), "--access-key", KEY, "--secret-key", SECRET, "--pending-ms", "0"));
        try (LambdaClient lambda = client(port)) {
            long t0 = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try {
                BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8));
                String line = out.readLine();
                long listening = System.nanoTime();
                if (line == null || !line.startsWith(LISTENING)) {
                    throw new IllegalStateException("The endpoint did not start: " + line);
                }
                lambda.listFunctions();
                long answered = System.nanoTime();
                double cpu = process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO).toNanos() / 1e9;
                return new Start((listening - t0) / 1e9, (answered - t0) / 1e9, cpu);
            } finally {
                process.destroy();
                process.waitFor();
                deleteTree(dataDir);
            }
        }
    }

    private static LambdaClient client(int port) {
        return LambdaClient.builder().endpointOverride(URI.create("http://127.0.0.1:" + port))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(KEY, SECRET)))
                .httpClient(ApacheHttpClient.create())
                .overrideConfiguration(o -> o.retryStrategy(RetryMode.STANDARD)).build();
    }

    private static void report(String variant, List<Start> starts) {
        List<Double> first = new ArrayList<>(starts.stream().map(Start::firstAnswer).toList());
        List<Double> listening = new ArrayList<>(starts.stream().map(Start::listening).toList());
        List<Double> cpu = new ArrayList<>(starts.stream().map(Start::cpu).toList());
        Collections.sort(first);
        Collections.sort(listening);
        Collections.sort(cpu);
        double median = first.get(first.size() / 2);
        System.out.printf(Locale.ROOT, "%-60s first answer median %.3f s (best %.3f, worst %.3f), listening %.3f s, "
                        + "CPU by the first answer %.2f s: %s%n", variant, median, first.get(0), first.getLast(),
                listening.get(listening.size() / 2), cpu.get(cpu.size() / 2),
                median <= 0.5 ? "target 0.5 s met" : "target 0.5 s MISSED");
    }

    private static void compareWithMoto(Path jar, List<String> cache) throws Exception {
        Path script = Path.of("bench/moto-compare.py");
        if (!Files.isRegularFile(script) || !onPath("moto_server")) {
            System.out.println("moto comparison skipped: needs bench/moto-compare.py, python3 with boto3 and "
                    + "moto_server");
            return;
        }
        List<String> command = new ArrayList<>(List.of("python3", script.toString(), "--cold", "--jar",
                jar.toString(), "--java-opts=" + String.join(" ", cache)));
        if (!cache.isEmpty()) {
            command.add("--variant");
            command.add("plain=");
        }
        ProcessBuilder moto = new ProcessBuilder(command).inheritIO();
        moto.environment().put("JAVA_HOME", System.getProperty("java.home"));
        int exit = moto.start().waitFor();
        System.out.println("moto-compare --cold: " + (exit == 0 ? "every target met" : "a target missed (see above)"));
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && List.of(path.split(java.io.File.pathSeparator)).stream()
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    private static double load() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            paths.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
