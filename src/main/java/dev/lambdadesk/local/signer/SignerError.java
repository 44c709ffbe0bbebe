package dev.lambdadesk.local.signer;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.lambdadesk.local.http.ApiException;
import dev.lambdadesk.validation.AwsError;

/** Signer's error codes with their HTTP status; bodies carry {@code message} and {@code code} as the model says. */
enum SignerError {
    VALIDATION("ValidationException", 400),
    BAD_REQUEST("BadRequestException", 400),
    RESOURCE_NOT_FOUND("ResourceNotFoundException", 404),
    CONFLICT("ConflictException", 409),
    ACCESS_DENIED("AccessDeniedException", 403),
    INTERNAL("InternalServiceErrorException", 500),
    UNRECOGNIZED_CLIENT("UnrecognizedClientException", 403),
    INVALID_SIGNATURE("InvalidSignatureException", 403),
    INCOMPLETE_SIGNATURE("IncompleteSignatureException", 400),
    MISSING_AUTHENTICATION_TOKEN("MissingAuthenticationTokenException", 403),
    UNKNOWN_OPERATION("UnknownOperationException", 404),
    REQUEST_ENTITY_TOO_LARGE("RequestEntityTooLargeException", 413),
    SERIALIZATION("SerializationException", 400);

    private final String code;
    private final int status;

    SignerError(String code, int status) {
        this.code = code;
        this.status = status;
    }

    ApiException withMessage(String message) {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("message", message);
        members.put("code", code);
        return new ApiException(status, code, message, members);
    }

    /** The error the shared validator's findings amount to, in Signer's body shape. */
    static ApiException from(AwsError error) {
        for (SignerError known : values()) {
            if (known.code.equals(error.errorCode())) {
                return known.withMessage(error.message());
            }
        }
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("message", error.message());
        members.put("code", error.errorCode());
        return new ApiException(error.httpStatus(), error.errorCode(), error.message(), members);
    }
}
