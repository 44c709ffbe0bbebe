package dev.lambdadesk.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import software.amazon.awssdk.services.lambda.model.LambdaException;

/**
 * Answers AWS gave to the control-plane requests, as LocalStack recorded them (the source is named in
 * {@code control-plane-recorded.json}); placeholders of the recording are replaced by this test's names.
 */
final class RecordedAnswers {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNode ANSWERS = load();

    private RecordedAnswers() {
    }

    /** The recorded answer {@code key} with {@code name} for the recording's function and resource names. */
    static JsonNode answer(String key, String name) {
        JsonNode recorded = ANSWERS.get(key);
        assertThat(recorded).as("recorded answer " + key).isNotNull();
        try {
            return MAPPER.readTree(ours(recorded.toString(), name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts {@code call} fails with the recorded error code, message and HTTP status family. */
    static void assertRefusal(ThrowingCallable call, String key, String name) {
        JsonNode expected = answer(key, name).path("Error");
        LambdaException refusal = catchThrowableOfType(LambdaException.class, call);
        assertThat(refusal).as("refusal " + key).isNotNull();
        assertThat(refusal.awsErrorDetails().errorCode()).as(key).isEqualTo(expected.path("Code").asText());
        assertThat(refusal.awsErrorDetails().errorMessage()).as(key).isEqualTo(expected.path("Message").asText());
        assertThat(refusal.statusCode()).as(key).isBetween(400, 499);
    }

    /** The recorded policy statement text (AddPermission's Statement, GetPolicy's Policy) as JSON. */
    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String ours(String recorded, String name) {
        return recorded.replace("arn:<partition>", "arn:aws").replace("<region>", "us-east-1")
                .replace("111111111111", "000000000000").replaceAll("<function-name(:1)?>", name)
                .replace("<resource:1>", name);
    }

    private static JsonNode load() {
        try (InputStream in = RecordedAnswers.class.getResourceAsStream("control-plane-recorded.json")) {
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
