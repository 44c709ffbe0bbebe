package dev.lambdadesk.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.ListFunctionsResponse;

/** Fills an endpoint with many functions named like a real account's ("reports-export-00042"), through the SDK. */
final class ScaleFunctions {

    private static final String ROLE = "arn:aws:iam::000000000000:role/lambda-basic-execution";
    private static final String[] TEAMS = {"billing", "orders", "search", "payments", "reports", "identity", "media",
        "catalog", "shipping", "inventory"};
    private static final String[] KINDS = {"api", "worker", "ingest", "export", "cron", "webhook", "resize", "notify"};
    private static final String[] RUNTIMES = {"python3.13", "nodejs22.x", "java21", "python3.12", "nodejs20.x",
        "provided.al2023"};

    private ScaleFunctions() {
    }

    static String nameOf(int i) {
        return String.format(Locale.ROOT, "%s-%s-%05d", TEAMS[i % TEAMS.length], KINDS[(i / 10) % KINDS.length], i);
    }

    /** How many functions the endpoint has (all pages). */
    static int count(LambdaClient lambda) {
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

    /** Creates functions {@code from} to {@code to - 1} with {@code threads} threads. */
    static void create(LambdaClient lambda, int from, int to, int threads) throws Exception {
        byte[] zip = zip();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger(from);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < to; i = next.getAndIncrement()) {
                    String runtime = RUNTIMES[i % RUNTIMES.length];
                    String name = nameOf(i);
                    int memory = 128 << (i % 4);
                    lambda.createFunction(b -> b.functionName(name).runtime(runtime)
                            .handler(runtime.startsWith("java") ? "example.Handler::handleRequest" : "app.handler")
                            .memorySize(memory).role(ROLE).code(c -> c.zipFile(SdkBytes.fromByteArray(zip))));
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
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
