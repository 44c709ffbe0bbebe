package dev.lambdadesk.validation;

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

    public boolean isModelConstraint() {
        return VALIDATION_EXCEPTION.equals(errorCode);
    }
}
