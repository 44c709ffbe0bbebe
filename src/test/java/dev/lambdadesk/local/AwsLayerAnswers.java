package dev.lambdadesk.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import software.amazon.awssdk.awscore.exception.AwsServiceException;

/** AWS's recorded answers to layer requests (aws-layer-answers.json names where they were recorded). */
final class AwsLayerAnswers {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode ANSWERS = read();

    private AwsLayerAnswers() {
    }

    private static JsonNode read() {
        try (InputStream in = AwsLayerAnswers.class.getResourceAsStream("aws-layer-answers.json")) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode answer(String key) {
        return ANSWERS.required(key);
    }

    /** The recorded message with its placeholders filled: pairs of placeholder (without brackets) and value. */
    static String message(String key, String... placeholdersAndValues) {
        return fill(answer(key).required("message").asText(), placeholdersAndValues);
    }

    static String fill(String text, String... placeholdersAndValues) {
        String filled = text.replace("<account>", "000000000000").replace("<region>", "us-east-1");
        for (int i = 0; i < placeholdersAndValues.length; i += 2) {
            filled = filled.replace("<" + placeholdersAndValues[i] + ">", placeholdersAndValues[i + 1]);
        }
        return filled;
    }

    /** Asserts the call is refused with the recorded code, status and message. */
    static void assertRefused(ThrowingCallable call, String key, String... placeholdersAndValues) {
        JsonNode expected = answer(key);
        assertThatThrownBy(call).isInstanceOfSatisfying(AwsServiceException.class, e -> {
            assertThat(e.awsErrorDetails().errorCode())
                    .isEqualTo(expected.required("code").asText());
            assertThat(e.statusCode()).isEqualTo(expected.required("status").asInt());
            assertThat(e.awsErrorDetails().errorMessage())
                    .isEqualTo(message(key, placeholdersAndValues));
        });
    }
}
