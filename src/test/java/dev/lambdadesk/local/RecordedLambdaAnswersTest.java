package dev.lambdadesk.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.lambda.model.ResourceConflictException;

/**
 * Replays requests whose answers AWS gave were recorded (LocalStack's AWS-validated snapshots, copied with their
 * source into {@code recorded/lambda-api-errors.json}) through the real SDK and compares the error code, HTTP status
 * and message the endpoint gives with the recorded ones.
 */
class RecordedLambdaAnswersTest {

    private static final String CASES = "/dev/lambdadesk/local/recorded/lambda-api-errors.json";
    private static final long PENDING_MILLIS = 1_000;
    private static final Pattern CLAUSE = Pattern.compile(
            "(Value '.*?' at '.*?' failed to satisfy constraint: .+?(?=;|$))");
    private static final List<String> codeMismatches = new ArrayList<>();
    private static final List<String> messageMismatches = new ArrayList<>();

    @TempDir
    static Path dataDir;
    static MutableClock clock = MutableClock.startingNow();
    static LocalEndpointFixture fixture;
    static ServiceClients clients;
    static RecordedValues values;
    static int total;

    @BeforeAll
    static void start() throws IOException {
        fixture = LocalEndpointFixture.start(dataDir, PENDING_MILLIS, clock);
        clients = new ServiceClients(fixture.endpoint);
        values = new RecordedValues(LocalEndpointFixture.ROLE);
    }

    @AfterAll
    static void stop() {
        System.out.printf("Recorded AWS answers replayed: %d; same code and status: %d; same message: %d%n", total,
                total - codeMismatches.size(), total - messageMismatches.size());
        messageMismatches.forEach(m -> System.out.println("  differs: " + m));
        clients.close();
        fixture.close();
    }

    @TestFactory
    Stream<DynamicTest> everyRecordedRefusalIsAnsweredAsAwsAnsweredIt() throws IOException {
        JsonNode doc;
        try (InputStream in = RecordedLambdaAnswersTest.class.getResourceAsStream(CASES)) {
            doc = new ObjectMapper().readTree(in);
        }
        assertThat(doc.path("source").path("commit").asText()).hasSize(40);
        List<DynamicTest> tests = new ArrayList<>();
        doc.get("cases").forEach(c -> tests.add(DynamicTest.dynamicTest(c.get("id").asText(),
                () -> replay(c, doc.get("substitutions")))));
        total = tests.size();
        return tests.stream();
    }

    private static void replay(JsonNode recordedCase, JsonNode substitutions) throws Exception {
        SdkCalls lambda = new SdkCalls(fixture.lambda, "software.amazon.awssdk.services.lambda.model", values::resolve);
        String id = recordedCase.get("id").asText();
        try {
            for (JsonNode step : recordedCase.get("given")) {
                given(lambda, step);
            }
        } catch (Exception e) {
            codeMismatches.add(id);
            messageMismatches.add(id + "\n      set-up failed: " + e);
            throw e;
        }
        JsonNode request = recordedCase.get("request");
        JsonNode recorded = recordedCase.get("recorded");
        JsonNode names = recordedCase.path("names");
        AwsServiceException error = null;
        try {
            lambda.call(request.get("op").asText(), request.get("input"));
        } catch (AwsServiceException e) {
            error = e;
        }
        String code = error == null ? "(no error)" : error.awsErrorDetails().errorCode();
        String message = error == null ? null : error.awsErrorDetails().errorMessage();
        String answer = code + (recorded.has("status") ? " " + (error == null ? 200 : error.statusCode()) : "");
        String expectedAnswer = recorded.get("code").asText()
                + (recorded.has("status") ? " " + recorded.get("status").asInt() : "");
        String got;
        String wanted;
        if (recorded.has("errors")) {
            // The recording keeps the clauses of a ValidationException sorted, without their order or status.
            List<String> clauses = new ArrayList<>();
            recorded.get("errors").forEach(e -> clauses.add(expected(e.asText(), names, substitutions)));
            wanted = expectedAnswer + " " + clauses;
            got = answer + " " + clauses(message);
        } else {
            wanted = expectedAnswer + " " + expected(recorded.path("message").asText(null), names, substitutions);
            got = answer + " " + (message == null || message.isEmpty() ? null : message);
        }
        if (!answer.equals(expectedAnswer)) {
            codeMismatches.add(id);
        }
        if (!got.equals(wanted)) {
            messageMismatches.add(id + "\n      AWS:  " + wanted + "\n      here: " + got);
        }
        assertThat(got).as(id).isEqualTo(wanted);
    }

    /** The "Value ... failed to satisfy constraint: ..." clauses of a message, sorted as the recording keeps them. */
    private static List<String> clauses(String message) {
        List<String> found = new ArrayList<>();
        if (message != null) {
            Matcher m = CLAUSE.matcher(message);
            while (m.find()) {
                found.add(m.group(1));
            }
        }
        return found.stream().sorted().toList();
    }

    private static void given(SdkCalls lambda, JsonNode step) throws Exception {
        String op = step.get("op").asText();
        JsonNode input = step.get("input");
        switch (op) {
            case "$CreateBucket" -> {
                String bucket = input.get("Bucket").asText();
                if (clients.s3.listBuckets().buckets().stream().noneMatch(b -> b.name().equals(bucket))) {
                    clients.s3.createBucket(b -> b.bucket(bucket));
                }
            }
            case "$PutObject" -> clients.s3.putObject(b -> b.bucket(input.get("Bucket").asText())
                            .key(input.get("Key").asText()),
                    RequestBody.fromBytes((byte[]) values.resolve(input.get("Body").asText())));
            default -> {
                SdkPojo response;
                try {
                    response = lambda.call(op, input);
                } catch (ResourceConflictException e) {
                    // cases of one recorded test share their function; the first case created it
                    if (!"CreateFunction".equals(op)) {
                        throw e;
                    }
                    return;
                }
                step.path("save").properties().forEach(save -> values.save(save.getKey(),
                        String.valueOf(SdkCalls.member(response, save.getValue().asText()))));
            }
        }
        if (step.path("settle").asBoolean(true)) {
            clock.advance(Duration.ofMillis(PENDING_MILLIS + 1));
        }
    }

    /** The recorded message with the case's names and the account, region and partition of this endpoint. */
    private static String expected(String recorded, JsonNode names, JsonNode substitutions) {
        if (recorded == null) {
            return null;
        }
        Map<String, String> all = new HashMap<>();
        names.properties().forEach(e -> {
            Object value = values.resolve(e.getValue().asText());
            all.put(e.getKey(), value instanceof String s ? s : e.getValue().asText());
        });
        String message = recorded;
        for (String key : all.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
            message = message.replace(key, all.get(key));
        }
        for (var e : (Iterable<Map.Entry<String, JsonNode>>) substitutions.properties()::iterator) {
            message = message.replace(e.getKey(), e.getValue().asText());
        }
        return message;
    }
}
