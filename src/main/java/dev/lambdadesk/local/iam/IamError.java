package dev.lambdadesk.local.iam;

import dev.lambdadesk.local.http.ApiException;

/** IAM's error codes with their HTTP status. */
enum IamError {
    NO_SUCH_ENTITY("NoSuchEntity", 404),
    ENTITY_ALREADY_EXISTS("EntityAlreadyExists", 409),
    DELETE_CONFLICT("DeleteConflict", 409),
    MALFORMED_POLICY_DOCUMENT("MalformedPolicyDocument", 400),
    VALIDATION_ERROR("ValidationError", 400),
    INVALID_ACTION("InvalidAction", 400),
    INVALID_INPUT("InvalidInput", 400),
    MISSING_AUTHENTICATION_TOKEN("MissingAuthenticationToken", 403),
    INCOMPLETE_SIGNATURE("IncompleteSignature", 400),
    INVALID_CLIENT_TOKEN_ID("InvalidClientTokenId", 403),
    SIGNATURE_DOES_NOT_MATCH("SignatureDoesNotMatch", 403),
    REQUEST_TOO_LARGE("RequestEntityTooLarge", 413),
    SERVICE_FAILURE("ServiceFailure", 500);

    private final String code;
    private final int status;

    IamError(String code, int status) {
        this.code = code;
        this.status = status;
    }

    ApiException withMessage(String message) {
        return new ApiException(status, code, message);
    }
}
