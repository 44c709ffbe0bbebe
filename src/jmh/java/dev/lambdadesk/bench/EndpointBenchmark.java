package dev.lambdadesk.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.sun.management.OperatingSystemMXBean;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.ListFunctionsResponse;

import dev.lambdadesk.local.LocalEndpoint;
import dev.lambdadesk.local.LocalEndpointConfig;

/**
 * Load on the local endpoint through the AWS SDK v2 sync client, in one run:
 * GetFunctionConfiguration with 4 threads after the JIT warm-up (target >= 4,000 requests/s, p99 <= 10 ms), 1,000
 * CreateFunction calls (target <= 5 s) and ListFunctions over 10,000 functions, all pages (target <= 2 s).
 *
 * <p>Run: {@code mvn -q -Pbench test-compile exec:exec -Dbench.main=dev.lambdadesk.bench.EndpointBenchmark -Dbench.args=}
 */
public final class EndpointBenchmark {

    private static final String ROLE = "arn:aws:iam::000000000000:role/lambda-basic-execution";

    private EndpointBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("lambdadesk-bench");
        try (LocalEndpoint endpoint = LocalEndpoint.start(LocalEndpointConfig.defaults(dir).withPort(0)
                .withPendingMillis(0));
             LambdaClient lambda = client(endpoint)) {
            byte[] zip = zip();
            createFunctions(lambda, zip, "warm", 200, 4);
            warmUp(lambda);
            OperatingSystemMXBean os = ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);
            double load = os.getSystemLoadAverage();
            long cpu0 = os.getProcessCpuTime();
            Result gets = runGets(lambda, "warm-0", Duration.ofSeconds(15), true);
            double cpuPerRequest = (os.getProcessCpuTime() - cpu0) / (gets.perSecond * 15);
            System.out.printf("GetFunctionConfiguration, 4 threads: %,.0f requests/s, p50 %.2f ms, p99 %.2f ms%n",
                    gets.perSecond, gets.p50Millis, gets.p99Millis);
            // On a shared machine the rate follows the CPU left over; the CPU a request costs does not.
            System.out.printf("  CPU per request, SDK client and endpoint together: %.0f us (%d cores: %,.0f requests/s "
                    + "if all were ours); load average before: %.2f%n", cpuPerRequest / 1000,
                    os.getAvailableProcessors(), os.getAvailableProcessors() * 1e9 / cpuPerRequest, load);

            long t0 = System.nanoTime();
            createFunctions(lambda, zip, "seq", 1000, 1);
            System.out.printf("1,000 CreateFunction calls (one thread): %.2f s%n", (System.nanoTime() - t0) / 1e9);

            createFunctions(lambda, zip, "bulk", 10_000 - 1200, 4);
            for (int round = 0; round < 2; round++) {
                long l0 = System.nanoTime();
                int count = listAll(lambda);
                System.out.printf("ListFunctions, all pages over %,d functions: %.2f s%n", count,
                        (System.nanoTime() - l0) / 1e9);
            }
        }
    }

    private static LambdaClient client(LocalEndpoint endpoint) {
        return LambdaClient.builder().endpointOverride(URI.create(endpoint.endpointUri().toString()))
                .region(Region.of(endpoint.region()))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                        endpoint.credentials().accessKeyId(), endpoint.credentials().secretAccessKey())))
                .httpClient(ApacheHttpClient.builder().maxConnections(16).build())
                .build();
    }

    private record Result(double perSecond, double p50Millis, double p99Millis) {
    }

    /**
     * Runs the measured call until its rate settles (at least 30 s, then until a 5-second round is within 5% of the
     * one before, at most 90 s): on a busy 2-core machine the JIT compilers need tens of seconds to finish.
     */
    private static void warmUp(LambdaClient lambda) throws Exception {
        List<String> rates = new ArrayList<>();
        double previous = 0;
        for (int round = 0; round < 18; round++) {
            double rate = runGets(lambda, "warm-0", Duration.ofSeconds(5), true).perSecond;
            rates.add(String.format("%,.0f", rate));
            if (round >= 5 && Math.abs(rate - previous) <= 0.05 * previous) {
                break;
            }
            previous = rate;
        }
        System.out.println("Warm-up rounds (requests/s): " + String.join(", ", rates));
    }

    private static Result runGets(LambdaClient lambda, String name, Duration length, boolean measure)
            throws Exception {
        int threads = 4;
        long end = System.nanoTime() + length.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<long[]>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                long[] lat = new long[1 << 20];
                int n = 0;
                while (System.nanoTime() < end && n < lat.length) {
                    long s = System.nanoTime();
                    lambda.getFunctionConfiguration(b -> b.functionName(name));
                    lat[n++] = System.nanoTime() - s;
                }
                return Arrays.copyOf(lat, n);
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> f : futures) {
            all.add(f.get());
        }
        pool.shutdown();
        long[] merged = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        if (!measure || merged.length == 0) {
            return new Result(0, 0, 0);
        }
        return new Result(merged.length / (double) length.toSeconds(), merged[merged.length / 2] / 1e6,
                merged[(int) (merged.length * 0.99)] / 1e6);
    }

    private static void createFunctions(LambdaClient lambda, byte[] zip, String prefix, int count, int threads)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    String n = prefix + "-" + i;
                    lambda.createFunction(b -> b.functionName(n).runtime("python3.13").handler("app.handler")
                            .role(ROLE).code(c -> c.zipFile(SdkBytes.fromByteArray(zip))));
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
    }

    private static int listAll(LambdaClient lambda) {
        int count = 0;
        String marker = null;
        do {
            String m = marker;
            ListFunctionsResponse page = lambda.listFunctions(b -> b.marker(m).maxItems(50));
            count += page.functions().size();
            marker = page.nextMarker();
        } while (marker != null);
        return count;
    }

    private static byte[] zip() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            z.putNextEntry(new ZipEntry("app.py"));
            z.write("def handler(event, context):\n    return 1\n".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return bytes.toByteArray();
    }
}
