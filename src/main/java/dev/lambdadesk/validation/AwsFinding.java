package dev.lambdadesk.validation;

import java.util.Objects;

/**
 * A finding in the service's own wire wording.
 *
 * @param errorCode   {@code ValidationException} for model-constraint findings, which AWS joins as
 *                    "N validation errors detected: a; b"; otherwise the error code AWS uses for this check
 *                    (e.g. {@code InvalidParameterValueException})
 * @param wireMessage for a {@code ValidationException}: one clause such as
 *                    "Value '100' at 'memorySize' failed to satisfy constraint: Member must have value greater than
 *                    or equal to 128"; for any other code: the whole message AWS sends
 */
public record AwsFinding(String errorCode, String wireMessage) {
    public static final String VALIDATION_EXCEPTION = "ValidationException";
    public static final String INVALID_PARAMETER_VALUE = "InvalidParameterValueException";
    public static final String REQUEST_ENTITY_TOO_LARGE = "RequestEntityTooLargeException";
    /** The request body could not be read as the operation's input (a value of the wrong JSON type). */
    public static final String SERIALIZATION_EXCEPTION = "SerializationException";

    public AwsFinding {
        Objects.requireNonNull(errorCode, "errorCode");
        Objects.requireNonNull(wireMessage, "wireMessage");
    }

    static AwsFinding validation(String clause) {
        return new AwsFinding(VALIDATION_EXCEPTION, clause);
    }

    static AwsFinding invalidParameter(String message) {
        return new AwsFinding(INVALID_PARAMETER_VALUE, message);
    }

    public boolean isModelConstraint() {
        return VALIDATION_EXCEPTION.equals(errorCode);
    }

    /** The HTTP status AWS answers with this error code. */
    public int httpStatus() {
        return REQUEST_ENTITY_TOO_LARGE.equals(errorCode) ? 413 : 400;
    }
}
