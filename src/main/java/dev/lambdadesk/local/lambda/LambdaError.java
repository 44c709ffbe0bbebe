package dev.lambdadesk.local.lambda;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.lambdadesk.local.http.ApiException;
import dev.lambdadesk.validation.AwsError;

/**
 * Lambda's error codes with their HTTP status and body shape: the message member's casing follows the model
 * ({@code message} vs {@code Message}) and {@code Type: "User"} is sent where AWS sends it.
 */
public enum LambdaError {
    INVALID_PARAMETER_VALUE("InvalidParameterValueException", 400, "message", "User"),
    INVALID_REQUEST_CONTENT("InvalidRequestContentException", 400, "message", "User"),
    RESOURCE_CONFLICT("ResourceConflictException", 409, "message", "User"),
    PRECONDITION_FAILED("PreconditionFailedException", 412, "message", "User"),
    RESOURCE_NOT_FOUND("ResourceNotFoundException", 404, "Message", "User"),
    CODE_SIGNING_CONFIG_NOT_FOUND("CodeSigningConfigNotFoundException", 404, "Message", "User"),
    CODE_VERIFICATION_FAILED("CodeVerificationFailedException", 400, "Message", "User"),
    INVALID_CODE_SIGNATURE("InvalidCodeSignatureException", 400, "Message", "User"),
    CODE_STORAGE_EXCEEDED("CodeStorageExceededException", 400, "message", "User"),
    TOO_MANY_REQUESTS("TooManyRequestsException", 429, "message", "User"),
    REQUEST_TOO_LARGE("RequestTooLargeException", 413, "message", "User"),
    SERVICE("ServiceException", 500, "Message", "Service"),
    VALIDATION("ValidationException", 400, "message", null),
    REQUEST_ENTITY_TOO_LARGE("RequestEntityTooLargeException", 413, "message", null),
    ACCESS_DENIED("AccessDeniedException", 403, "Message", null),
    UNRECOGNIZED_CLIENT("UnrecognizedClientException", 403, "message", null),
    INVALID_SIGNATURE("InvalidSignatureException", 403, "message", null),
    INCOMPLETE_SIGNATURE("IncompleteSignatureException", 400, "message", null),
    MISSING_AUTHENTICATION_TOKEN("MissingAuthenticationTokenException", 403, "message", null),
    UNKNOWN_OPERATION("UnknownOperationException", 404, "message", null);

    private final String code;
    private final int status;
    private final String messageMember;
    private final String type;

    LambdaError(String code, int status, String messageMember, String type) {
        this.code = code;
        this.status = status;
        this.messageMember = messageMember;
        this.type = type;
    }

    public String code() {
        return code;
    }

    /** This error with {@code message}, in the model's body shape. */
    public ApiException withMessage(String message) {
        return build(message, type);
    }

    /** This error without the {@code Type} member (AWS omits it for some messages). */
    public ApiException withMessageOnly(String message) {
        return build(message, null);
    }

    /** This error with no body members at all (AccessDeniedException for another account). */
    public ApiException bare() {
        return new ApiException(status, code, null, Map.of());
    }

    /** The error the validator's findings amount to, in Lambda's body shape. */
    public static ApiException from(AwsError error) {
        for (LambdaError known : values()) {
            if (known.code.equals(error.errorCode())) {
                return known.status == error.httpStatus() ? known.withMessage(error.message())
                        : new ApiException(error.httpStatus(), known.code, error.message(),
                        known.members(error.message(), known.type));
            }
        }
        return new ApiException(error.httpStatus(), error.errorCode(), error.message(),
                INVALID_PARAMETER_VALUE.members(error.message(), "User"));
    }

    private ApiException build(String message, String withType) {
        return new ApiException(status, code, message, members(message, withType));
    }

    private Map<String, Object> members(String message, String withType) {
        Map<String, Object> members = new LinkedHashMap<>();
        if (withType != null) {
            members.put("Type", withType);
        }
        members.put(messageMember, message);
        return members;
    }
}
