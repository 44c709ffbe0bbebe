package dev.lambdadesk.local;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.ObjectMapper;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;


/**
 * Fuzzes the local endpoint with requests mutated from valid ones (broken JSON, wrong types, huge strings, invalid
 * UTF-8 and percent-encoding, wrong methods, missing or repeated headers, truncated bodies, lying Content-Length,
 * oversized bodies), over raw sockets. Every answer must be a well-formed AWS error (4xx with a request id and a
 * parseable error body) or a success; no 5xx, no hang; afterwards the endpoint must still serve correct answers.
 *
 * <p>Request lines the JDK's HTTP parser itself cannot read (a request target that is not a URI, such as
 * {@code /%G1}) are answered by that parser with its own 400/404 before any AWS processing; they are counted apart
 * as {@code http-layer-4xx}, never as successes, and no AWS client produces them.
 *
 * <p>Run: {@code mvn -q -Pbench test-compile exec:exec -Dbench.main=dev.lambdadesk.local.EndpointFuzzer
 * -Dbench.args="10000 42"} (request count, random seed). Exits 1 when any request breaks the rules.
 * {@code EndpointFuzzTest} runs a shorter fixed-seed round in the test suite.
 */
public final class EndpointFuzzer {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ROLE = "arn:aws:iam::000000000000:role/lambda-basic-execution";
    private static final String ZIP = Base64.getEncoder().encodeToString(handlerZip());

    /** A valid request to start mutating from. */
    record Seed(String service, String method, String path, String query, String contentType, String body) {
    }

    private static final List<Seed> SEEDS = List.of(
            new Seed("lambda", "POST", "/2015-03-31/functions", "", "application/json",
                    "{\"FunctionName\":\"fz\",\"Runtime\":\"python3.13\",\"Handler\":\"app.handler\",\"Role\":\"" + ROLE
                            + "\",\"MemorySize\":256,\"Timeout\":30,\"Environment\":{\"Variables\":{\"STAGE\":\"x\"}},"
                            + "\"Tags\":{\"t\":\"v\"},\"Code\":{\"ZipFile\":\"" + ZIP + "\"}}"),
            new Seed("lambda", "GET", "/2015-03-31/functions/arn%3Aaws%3Alambda%3Aus-east-1%3A000000000000%3Afunction%3Atarget",
                    "", null, null),
            new Seed("lambda", "GET", "/2015-03-31/functions/target/configuration", "Qualifier=%24LATEST", null, null),
            new Seed("lambda", "GET", "/2015-03-31/functions", "MaxItems=5&Marker=", null, null),
            new Seed("lambda", "PUT", "/2015-03-31/functions/target/configuration", "", "application/json",
                    "{\"MemorySize\":512,\"Description\":\"d\",\"Layers\":[]}"),
            new Seed("lambda", "PUT", "/2015-03-31/functions/target/code", "", "application/json",
                    "{\"ZipFile\":\"" + ZIP + "\",\"Publish\":false}"),
            new Seed("lambda", "POST", "/2020-04-22/code-signing-configs", "", "application/json",
                    "{\"AllowedPublishers\":{\"SigningProfileVersionArns\":[\"arn:aws:signer:us-east-1:000000000000:/signing-profiles/p/AbCdEfGh12\"]},"
                            + "\"CodeSigningPolicies\":{\"UntrustedArtifactOnDeployment\":\"Enforce\"}}"),
            new Seed("lambda", "POST", "/2017-03-31/tags/arn%3Aaws%3Alambda%3Aus-east-1%3A000000000000%3Afunction%3Atarget",
                    "", "application/json", "{\"Tags\":{\"k\":\"v\"}}"),
            new Seed("iam", "POST", "/", "", "application/x-www-form-urlencoded; charset=utf-8",
                    "Action=CreateRole&Version=2010-05-08&RoleName=fz&AssumeRolePolicyDocument=%7B%22Version%22%3A%222012-10-17%22%7D"),
            new Seed("iam", "POST", "/", "", "application/x-www-form-urlencoded; charset=utf-8",
                    "Action=ListRoles&Version=2010-05-08&MaxItems=2"),
            new Seed("signer", "PUT", "/signing-profiles/fuzz_profile", "", "application/json",
                    "{\"platformId\":\"AWSLambda-SHA384-ECDSA\",\"signatureValidityPeriod\":{\"value\":12,\"type\":\"MONTHS\"},"
                            + "\"tags\":{\"k\":\"v\"}}"),
            new Seed("signer", "POST", "/signing-jobs", "", "application/json",
                    "{\"source\":{\"s3\":{\"bucketName\":\"fuzz-bucket\",\"key\":\"app.zip\",\"version\":\"v1\"}},"
                            + "\"destination\":{\"s3\":{\"bucketName\":\"fuzz-bucket\",\"prefix\":\"signed/\"}},"
                            + "\"profileName\":\"fuzz_profile\",\"clientRequestToken\":\"0b8e7c2a-1111-4c8e-9a11-3f0d9c1e2b3a\"}"),
            new Seed("signer", "GET", "/signing-profiles", "includeCanceled=true&statuses=Active&maxResults=5", null, null),
            new Seed("signer", "PUT", "/signing-profiles/fuzz_profile/revoke", "", "application/json",
                    "{\"profileVersion\":\"AbCdEfGh12\",\"reason\":\"r\",\"effectiveTime\":1700000000}"),
            new Seed("s3", "PUT", "/fuzz-bucket", "", null, null),
            new Seed("s3", "PUT", "/fuzz-bucket", "versioning", "application/xml",
                    "<VersioningConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Status>Enabled</Status>"
                            + "</VersioningConfiguration>"),
            new Seed("s3", "PUT", "/fuzz-bucket/app.zip", "", "application/zip", "PK-not-really-a-zip"),
            new Seed("s3", "GET", "/fuzz-bucket", "list-type=2&max-keys=5&prefix=a", null, null),
            new Seed("s3", "GET", "/fuzz-bucket/app.zip", "versionId=null", null, null));

    private final LocalEndpoint endpoint;
    private final Random random;
    private final Map<String, Integer> outcomes = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();

    EndpointFuzzer(LocalEndpoint endpoint, long seed) {
        this.endpoint = endpoint;
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
        Path dir = Files.createTempDirectory("lambdadesk-fuzz");
        try (LocalEndpoint endpoint = LocalEndpoint.start(LocalEndpointConfig.defaults(dir).withPort(0)
                .withPendingMillis(0))) {
            EndpointFuzzer fuzzer = new EndpointFuzzer(endpoint, seed);
            int failuresCount = fuzzer.run(count);
            boolean healthy = fuzzer.stillServes();
            System.out.printf("%nFuzzed %,d requests (seed %d): %s%n", count, seed, fuzzer.outcomes);
            fuzzer.failures.stream().limit(20).forEach(f -> System.out.println("  broke: " + f));
            System.out.println("Endpoint still serves correct answers afterwards: " + healthy);
            System.out.printf("%d passed, %d failed%n", count - failuresCount, failuresCount + (healthy ? 0 : 1));
            System.exit(failuresCount == 0 && healthy ? 0 : 1);
        }
    }

    /** How many answers fell in each class (2xx, aws-error-4xx, http-layer-4xx, 5xx, no-response, ...). */
    Map<String, Integer> outcomes() {
        return outcomes;
    }

    List<String> failures() {
        return failures;
    }

    /** Sends {@code count} mutated requests; returns how many broke the rules. */
    int run(int count) throws Exception {
        sendSigned(SEEDS.get(0), SEEDS.get(0).body().replace("\"fz\"", "\"target\""));
        int broken = 0;
        for (int i = 0; i < count; i++) {
            Seed seed = SEEDS.get(random.nextInt(SEEDS.size()));
            Mutation m = Mutation.values()[random.nextInt(Mutation.values().length)];
            Verdict v = m.apply(this, seed);
            outcomes.merge(v.label, 1, Integer::sum);
            if (!v.ok) {
                broken++;
                failures.add(m + " on " + seed.method + " " + seed.path + " → " + v.label + " " + v.detail);
            }
        }
        return broken;
    }

    boolean stillServes() {
        try (LambdaClient lambda = LambdaClient.builder().endpointOverride(endpoint.endpointUri())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                        endpoint.credentials().accessKeyId(), endpoint.credentials().secretAccessKey())))
                .build()) {
            lambda.createFunction(b -> b.functionName("after-fuzz").runtime("python3.13").handler("a.h").role(ROLE)
                    .code(c -> c.zipFile(software.amazon.awssdk.core.SdkBytes.fromByteArray(Base64.getDecoder().decode(ZIP)))));
            return "after-fuzz".equals(lambda.getFunctionConfiguration(b -> b.functionName("after-fuzz")).functionName())
                    && lambda.listFunctions().functions().size() >= 2;
        } catch (RuntimeException e) {
            System.out.println("Health check failed: " + e);
            return false;
        }
    }

    /** The ways a valid request is broken. */
    enum Mutation {
        TRUNCATED_JSON, FLIPPED_BYTE, WRONG_TYPE, HUGE_STRING, DEEP_NESTING, INVALID_UTF8, DUPLICATE_KEYS,
        BAD_PERCENT_ENCODING, BAD_QUERY, WRONG_METHOD, MISSING_CONTENT_TYPE, REPEATED_HEADERS, NO_AUTH,
        GARBAGE_AUTH, LYING_LENGTH_SHORT, LYING_LENGTH_LONG, OVERSIZED_BODY, TRUNCATED_BODY_UNSIGNED;

        Verdict apply(EndpointFuzzer f, Seed s) throws IOException {
            String body = s.body == null ? "" : s.body;
            return switch (this) {
                case TRUNCATED_JSON -> f.sendSigned(s, body.substring(0, body.isEmpty() ? 0 : f.random.nextInt(body.length())));
                case FLIPPED_BYTE -> f.sendSignedBytes(s, flip(f.random, body.getBytes(StandardCharsets.UTF_8)));
                case WRONG_TYPE -> f.sendSigned(s, wrongType(f.random, body));
                case HUGE_STRING -> f.sendSigned(s, body.replaceFirst("\"[^\"]{1,20}\"(?=[,}])",
                        "\"" + "x".repeat(200_000 + f.random.nextInt(800_000)) + "\""));
                case DEEP_NESTING -> f.sendSigned(s, "[".repeat(5_000 + f.random.nextInt(50_000)));
                case INVALID_UTF8 -> f.sendSignedBytes(s, invalidUtf8(f.random, body));
                case DUPLICATE_KEYS -> f.sendSigned(s, body.startsWith("{") ? "{\"MemorySize\":1,\"MemorySize\":\"x\","
                        + body.substring(1) : body + "&Action=Nope");
                case BAD_PERCENT_ENCODING -> f.sendSigned(new Seed(s.service, s.method,
                        s.path + pick(f.random, "/%", "/%G1", "%zz", "/%C3%28", "/%00", "/..%2F..", "/" + "%41".repeat(3000)),
                        s.query, s.contentType, s.body), body);
                case BAD_QUERY -> f.sendSigned(new Seed(s.service, s.method, s.path,
                        pick(f.random, "MaxItems=abc", "MaxItems=-1", "MaxItems=99999999999", "Marker=%", "Qualifier=%ZZ",
                                "a=1&a=2&MaxItems=1&MaxItems=2", "=&&=", "Marker=" + "z".repeat(5000)), s.contentType, s.body), body);
                case WRONG_METHOD -> f.sendSigned(new Seed(s.service, pick(f.random, "PATCH", "DELETE", "PUT", "GET", "POST",
                        "OPTIONS"), s.path, s.query, s.contentType, s.body), body);
                case MISSING_CONTENT_TYPE -> f.sendSigned(new Seed(s.service, s.method, s.path, s.query, null, s.body), body);
                case REPEATED_HEADERS -> f.sendRaw(s, body.getBytes(StandardCharsets.UTF_8), true, Framing.REPEAT_HEADERS);
                case NO_AUTH -> f.sendRaw(s, body.getBytes(StandardCharsets.UTF_8), false, Framing.NORMAL);
                case GARBAGE_AUTH -> f.sendRaw(s, body.getBytes(StandardCharsets.UTF_8), false, Framing.GARBAGE_AUTH);
                case LYING_LENGTH_SHORT -> f.sendRaw(s, body.getBytes(StandardCharsets.UTF_8), true, Framing.LENGTH_SHORT);
                case LYING_LENGTH_LONG -> f.sendRaw(s, body.getBytes(StandardCharsets.UTF_8), true, Framing.LENGTH_LONG);
                case OVERSIZED_BODY -> f.sendRaw(s, body.getBytes(StandardCharsets.UTF_8), true, Framing.OVERSIZED);
                case TRUNCATED_BODY_UNSIGNED -> f.sendRaw(s, body.getBytes(StandardCharsets.UTF_8), false, Framing.TRUNCATED);
            };
        }
    }

    enum Framing { NORMAL, REPEAT_HEADERS, GARBAGE_AUTH, LENGTH_SHORT, LENGTH_LONG, OVERSIZED, TRUNCATED }

    record Verdict(boolean ok, String label, String detail) {
    }

    private Verdict sendSigned(Seed s, String body) throws IOException {
        return sendSignedBytes(s, body.getBytes(StandardCharsets.UTF_8));
    }

    private Verdict sendSignedBytes(Seed s, byte[] body) throws IOException {
        return exchange(s, body, signedHeaders(s, body), body.length, body, false);
    }

    private Verdict sendRaw(Seed s, byte[] body, boolean signed, Framing framing) throws IOException {
        Map<String, List<String>> headers = signed ? signedHeaders(s, body) : new LinkedHashMap<>();
        if (!signed && s.contentType != null) {
            headers.put("Content-Type", List.of(s.contentType));
        }
        long declared = body.length;
        byte[] sent = body;
        boolean halfClose = false;
        switch (framing) {
            case REPEAT_HEADERS -> {
                headers.put("Content-Type", List.of("application/json", "text/plain"));
                headers.put("X-Amz-Date", List.of("20200101T000000Z", headers.getOrDefault("X-Amz-Date",
                        List.of("x")).get(0)));
            }
            case GARBAGE_AUTH -> headers.put("Authorization", List.of(pick(random, "AWS4-HMAC-SHA256",
                    "AWS4-HMAC-SHA256 Credential=/,SignedHeaders=,Signature=", "Basic Zm9vOmJhcg==",
                    "AWS4-HMAC-SHA256 Credential=AKIA/20200101/us-east-1/lambda/aws4_request, SignedHeaders=host, Signature=zz",
                    "\u00ff\u00fe")));
            case LENGTH_SHORT -> declared = Math.max(0, body.length - 1 - random.nextInt(Math.max(1, body.length)));
            case LENGTH_LONG -> {
                declared = body.length + 1 + random.nextInt(1000);
                halfClose = true;
            }
            case OVERSIZED -> {
                declared = 80_000_000L;
                sent = new byte[256 * 1024];
                halfClose = true;
            }
            case TRUNCATED -> {
                sent = java.util.Arrays.copyOf(body, body.length / 2);
                halfClose = true;
            }
            default -> { }
        }
        return exchange(s, body, headers, declared, sent, halfClose);
    }

    private Map<String, List<String>> signedHeaders(Seed s, byte[] body) {
        String pathAndQuery = s.path + (s.query.isEmpty() ? "" : "?" + s.query);
        SdkHttpRequest.Builder unsigned = SdkHttpRequest.builder()
                .uri(URI.create(endpoint.endpointUri() + safe(pathAndQuery)))
                .method(SdkHttpMethod.fromValue(s.method));
        if (s.contentType != null) {
            unsigned.putHeader("Content-Type", s.contentType);
        }
        try {
            SignedRequest signed = AwsV4HttpSigner.create().sign(r -> r
                    .identity(AwsCredentialsIdentity.create(endpoint.credentials().accessKeyId(),
                            endpoint.credentials().secretAccessKey()))
                    .request(unsigned.build())
                    .payload(ContentStreamProvider.fromByteArray(body))
                    .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
                    .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, s.service));
            Map<String, List<String>> out = new LinkedHashMap<>();
            signed.request().forEachHeader((k, v) -> {
                if (!k.equalsIgnoreCase("Host") && !k.equalsIgnoreCase("Content-Length")) {
                    out.put(k, v);
                }
            });
            return out;
        } catch (RuntimeException e) {
            return new LinkedHashMap<>(); // a path the signer itself refuses goes out unsigned
        }
    }

    /** The path as the signer can parse it: raw bytes the URI class rejects are left to the raw request line. */
    private static String safe(String pathAndQuery) {
        try {
            URI.create("http://h" + pathAndQuery);
            return pathAndQuery;
        } catch (IllegalArgumentException e) {
            return "/invalid";
        }
    }

    private Verdict exchange(Seed s, byte[] original, Map<String, List<String>> headers, long declaredLength,
                             byte[] sent, boolean halfClose) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", endpoint.port()), 2000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder();
            head.append(s.method).append(' ').append(s.path).append(s.query.isEmpty() ? "" : "?" + s.query)
                    .append(" HTTP/1.1\r\nHost: 127.0.0.1:").append(endpoint.port()).append("\r\n");
            headers.forEach((k, vs) -> vs.forEach(v -> head.append(k).append(": ").append(v).append("\r\n")));
            head.append("Content-Length: ").append(declaredLength).append("\r\nConnection: close\r\n\r\n");
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            try {
                out.write(sent);
                out.flush();
            } catch (IOException e) {
                // The server may answer (413) and close before an oversized body is sent; read its answer.
            }
            if (halfClose) {
                socket.shutdownOutput();
            }
            return classify(s, readResponse(socket.getInputStream()));
        } catch (SocketTimeoutException e) {
            return new Verdict(false, "timeout", "no answer in 10 s");
        }
    }

    record Response(int status, Map<String, String> headers, byte[] body) {
    }

    private static Response readResponse(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        try {
            for (int n; (n = in.read(buf)) > 0; ) {
                all.write(buf, 0, n);
            }
        } catch (java.net.SocketException e) {
            // A reset after the answer (the server closing on an unread body) still leaves the answer readable.
        }
        byte[] bytes = all.toByteArray();
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/1.1 ") || end < 0) {
            return new Response(-1, Map.of(), bytes);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 1; i < lines.length; i++) {
            int c = lines[i].indexOf(':');
            if (c > 0) {
                headers.put(lines[i].substring(0, c).trim(), lines[i].substring(c + 1).trim());
            }
        }
        byte[] body = java.util.Arrays.copyOfRange(bytes, end + 4, bytes.length);
        return new Response(Integer.parseInt(lines[0].substring(9, 12)), headers, body);
    }

    private static Verdict classify(Seed s, Response r) {
        if (r.status < 0) {
            return new Verdict(false, "no-response", "connection closed without an HTTP answer");
        }
        if (r.status >= 500) {
            return new Verdict(false, "5xx", r.status + " " + new String(r.body, StandardCharsets.UTF_8));
        }
        if (r.status < 400) {
            return new Verdict(true, "2xx", "");
        }
        String text0 = new String(r.body, StandardCharsets.UTF_8);
        // the JDK's HTTP server refuses a URI it cannot parse before any handler sees it: JDK 25 names the
        // URISyntaxException, JDK 21 says "Bad request URI"
        if (text0.startsWith("<h1>") && (text0.contains("URISyntaxException") || text0.contains("Bad request URI")
                || text0.contains("No context found"))) {
            return new Verdict(true, "http-layer-" + r.status, text0);
        }
        boolean hasId = r.headers.containsKey("x-amzn-RequestId") || r.headers.containsKey("x-amz-request-id");
        String text = new String(r.body, StandardCharsets.UTF_8);
        boolean wellFormed;
        if (text.startsWith("<")) {
            wellFormed = text.contains("<Code>") && text.contains("<Message>");
        } else {
            try {
                var node = JSON.readTree(text);
                wellFormed = node != null && node.isObject()
                        && (node.has("message") || node.has("Message")) && r.headers.containsKey("x-amzn-ErrorType");
            } catch (IOException e) {
                wellFormed = false;
            }
        }
        if (!hasId || !wellFormed) {
            return new Verdict(false, "malformed-" + r.status, text.length() > 200 ? text.substring(0, 200) : text);
        }
        return new Verdict(true, "aws-error-" + r.status, "");
    }

    private static byte[] flip(Random r, byte[] in) {
        if (in.length == 0) {
            return new byte[] {(byte) r.nextInt(256)};
        }
        byte[] out = in.clone();
        for (int i = 0, n = 1 + r.nextInt(4); i < n; i++) {
            out[r.nextInt(out.length)] = (byte) r.nextInt(256);
        }
        return out;
    }

    private static String wrongType(Random r, String body) {
        String replacement = pick(r, "\"text\"", "12345", "-1", "1e999", "true", "null", "[]", "{}", "[{\"a\":1}]",
                "\"" + "\\u0000".repeat(10) + "\"", "99999999999999999999999");
        return body.replaceFirst(":(\"[^\"]*\"|-?\\d+|true|false|\\{[^{}]*\\}|\\[[^\\[\\]]*\\])", ":" + replacement);
    }

    private static byte[] invalidUtf8(Random r, String body) {
        byte[] b = body.isEmpty() ? "{\"FunctionName\":\"x\"}".getBytes(StandardCharsets.UTF_8)
                : body.getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0xED, (byte) 0xA0, (byte) 0x80};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = r.nextInt(b.length);
        out.write(b, 0, at);
        out.write(bad, 0, 1 + r.nextInt(bad.length));
        out.write(b, at, b.length - at);
        return out.toByteArray();
    }

    private static byte[] handlerZip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(bytes)) {
            z.putNextEntry(new java.util.zip.ZipEntry("app.py"));
            z.write("def handler(event, context):\n    return 1\n".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String pick(Random r, String... options) {
        return options[r.nextInt(options.length)];
    }

    @Override
    public String toString() {
        return "EndpointFuzzer" + outcomes;
    }

    static {
        Locale.setDefault(Locale.ROOT);
    }
}
