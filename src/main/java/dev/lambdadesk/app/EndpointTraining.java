package dev.lambdadesk.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

import dev.lambdadesk.local.LocalEndpoint;

/**
 * The training run behind the local endpoint's ahead-of-time cache: the build starts {@code local-endpoint} through
 * this class under {@code -XX:AOTCacheOutput} (JDK 25) or {@code -XX:ArchiveClassesAtExit} (JDK 21), sends it what a
 * person's script sends first (creates, gets, listings, updates, versions, aliases, refusals, IAM, S3, Signer), and
 * exits; the JVM then writes the classes (and on 25 their linkage and profiles) the endpoint used.
 * The client side is a plain HttpURLConnection signed with the signer the endpoint verifies with, so the cache holds
 * little the endpoint does not load itself.
 */
public final class EndpointTraining {

    private static final String KEY = "AKIATRAININGRUN00000";
    private static final String SECRET = "training-run-secret-not-used-anywhere-else";
    private static final String ROLE = "arn:aws:iam::000000000000:role/lambda-basic-execution";

    private final URI endpoint;
    private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();

    private EndpointTraining(URI endpoint) {
        this.endpoint = endpoint;
    }

    /** Arguments: the data directory to train in (emptied first), and optionally the number of rounds. */
    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args.length > 0 ? args[0] : "target/endpoint-training");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        delete(dataDir);
        Thread driver = new Thread(() -> {
            int code = 0;
            try {
                new EndpointTraining(awaitStart(dataDir)).run(rounds);
            } catch (IOException | RuntimeException e) {
                System.err.println("The training run failed: " + e);
                code = 1;
            }
            System.exit(code);
        }, "training-driver");
        driver.start();
        Main.run("local-endpoint", "--port", "0", "--data-dir", dataDir.toString(),
                "--access-key", KEY, "--secret-key", SECRET, "--pending-ms", "0");
    }

    /** The endpoint's address once it listens (it advertises its port in the data directory). */
    private static URI awaitStart(Path dataDir) throws IOException {
        for (int attempt = 0; attempt < 1200; attempt++) {
            Optional<URI> running = LocalEndpoint.runningOn(dataDir);
            if (running.isPresent()) {
                return running.get();
            }
            sleep();
        }
        throw new IOException("The endpoint did not start within a minute");
    }

    private void run(int rounds) throws IOException {
        String zip = Base64.getEncoder().encodeToString(zip());
        for (int i = 0; i < rounds; i++) {
            String name = "train-" + i;
            lambda("POST", "/2015-03-31/functions", "{\"FunctionName\":\"" + name + "\",\"Runtime\":\"python3.13\","
                    + "\"Handler\":\"app.handler\",\"Role\":\"" + ROLE + "\",\"Code\":{\"ZipFile\":\"" + zip + "\"},"
                    + "\"Tags\":{\"team\":\"training\"}}");
            lambda("GET", "/2015-03-31/functions/" + name, null);
            lambda("GET", "/2015-03-31/functions/" + name + "/configuration", null);
            lambda("GET", "/2015-03-31/functions/missing-" + i, null);
            if (i % 10 == 0) {
                lambda("GET", "/2015-03-31/functions", null);
                lambda("PUT", "/2015-03-31/functions/" + name + "/configuration", "{\"MemorySize\":256}");
                lambda("POST", "/2015-03-31/functions/" + name + "/versions", "{}");
                lambda("POST", "/2015-03-31/functions/" + name + "/aliases",
                        "{\"Name\":\"live\",\"FunctionVersion\":\"1\"}");
                lambda("POST", "/2015-03-31/functions/" + name + "/policy", "{\"StatementId\":\"s3\",\"Action\":"
                        + "\"lambda:InvokeFunction\",\"Principal\":\"s3.amazonaws.com\"}");
                lambda("POST", "/2015-03-31/functions", "{\"FunctionName\":\"bad\",\"MemorySize\":20000}");
                lambda("GET", "/2017-03-31/tags/arn:aws:lambda:us-east-1:000000000000:function:" + name, null);
                send("iam", "POST", "/", "Action=ListRoles&Version=2010-05-08");
                send("s3", "PUT", "/training-bucket-" + i, null);
                send("s3", "PUT", "/training-bucket-" + i + "/key", "object body");
                send("s3", "GET", "/training-bucket-" + i + "/key", null);
                send("signer", "GET", "/signing-platforms", null);
                lambda("DELETE", "/2015-03-31/functions/" + name, null);
            }
        }
        for (int page = 0; page < 20; page++) {
            lambda("GET", "/2015-03-31/functions?MaxItems=50", null);
        }
    }

    private void lambda(String method, String path, String body) throws IOException {
        send("lambda", method, path, body);
    }

    /** Sends one request signed for {@code service} and reads the whole answer (errors included). */
    private void send(String service, String method, String pathAndQuery, String body) throws IOException {
        URI uri = URI.create(endpoint + pathAndQuery);
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        SignedRequest signed = signer.sign(r -> r
                .identity(AwsCredentialsIdentity.create(KEY, SECRET))
                .request(SdkHttpRequest.builder().uri(uri).method(SdkHttpMethod.fromValue(method)).build())
                .payload(ContentStreamProvider.fromByteArray(bytes))
                .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
                .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, service));
        HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
        connection.setRequestMethod(method);
        signed.request().forEachHeader((name, values) -> values.forEach(v -> connection.addRequestProperty(name, v)));
        if (bytes.length > 0) {
            connection.setDoOutput(true);
            connection.setFixedLengthStreamingMode(bytes.length);
            connection.getOutputStream().write(bytes);
        }
        try (InputStream in = connection.getResponseCode() < 400 ? connection.getInputStream()
                : connection.getErrorStream()) {
            if (in != null) {
                in.readAllBytes();
            }
        }
    }

    private static byte[] zip() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("app.py"));
            zip.write("def handler(event, context):\n    return 'trained'\n".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("Could not remove the training data in " + dir + ": " + e.getMessage());
        }
    }
}
