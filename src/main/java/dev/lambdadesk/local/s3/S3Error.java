package dev.lambdadesk.local.s3;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.lambdadesk.local.http.ApiException;

/** S3's error codes with their HTTP status and, where S3's text is fixed, its message. */
public enum S3Error {
    NO_SUCH_BUCKET("NoSuchBucket", 404, "The specified bucket does not exist"),
    NO_SUCH_KEY("NoSuchKey", 404, "The specified key does not exist."),
    NO_SUCH_VERSION("NoSuchVersion", 404, "The specified version does not exist."),
    BUCKET_ALREADY_OWNED_BY_YOU("BucketAlreadyOwnedByYou", 409, "Your previous request to create the named bucket "
            + "succeeded and you already own it."),
    BUCKET_NOT_EMPTY("BucketNotEmpty", 409, "The bucket you tried to delete is not empty"),
    INVALID_BUCKET_NAME("InvalidBucketName", 400, "The specified bucket is not valid."),
    KEY_TOO_LONG("KeyTooLongError", 400, "Your key is too long"),
    ILLEGAL_LOCATION_CONSTRAINT("IllegalLocationConstraintException", 400, null),
    MALFORMED_XML("MalformedXML", 400, "The XML you provided was not well-formed or did not validate against our "
            + "published schema"),
    BAD_DIGEST("BadDigest", 400, null),
    INVALID_DIGEST("InvalidDigest", 400, "The Content-MD5 you specified is not valid."),
    INVALID_ARGUMENT("InvalidArgument", 400, null),
    INVALID_REQUEST("InvalidRequest", 400, null),
    INCOMPLETE_BODY("IncompleteBody", 400, "You did not provide the number of bytes specified by the "
            + "Content-Length HTTP header."),
    ENTITY_TOO_LARGE("EntityTooLarge", 400, "Your proposed upload exceeds the maximum allowed size"),
    NO_SUCH_UPLOAD("NoSuchUpload", 404, "The specified upload does not exist. The upload ID may be invalid, or the "
            + "upload may have been aborted or completed."),
    INVALID_PART("InvalidPart", 400, "One or more of the specified parts could not be found.  The part may not have "
            + "been uploaded, or the specified entity tag may not match the part's entity tag."),
    INVALID_PART_ORDER("InvalidPartOrder", 400, "The list of parts was not in ascending order. Parts must be ordered "
            + "by part number."),
    ENTITY_TOO_SMALL("EntityTooSmall", 400, "Your proposed upload is smaller than the minimum allowed size"),
    INVALID_RANGE("InvalidRange", 416, "The requested range is not satisfiable"),
    METHOD_NOT_ALLOWED("MethodNotAllowed", 405, "The specified method is not allowed against this resource."),
    NOT_IMPLEMENTED("NotImplemented", 501, "A header or query you provided implies functionality that is not "
            + "implemented."),
    ACCESS_DENIED("AccessDenied", 403, "Access Denied"),
    INVALID_ACCESS_KEY_ID("InvalidAccessKeyId", 403, "The AWS Access Key Id you provided does not exist in our "
            + "records."),
    SIGNATURE_DOES_NOT_MATCH("SignatureDoesNotMatch", 403, null),
    AUTHORIZATION_HEADER_MALFORMED("AuthorizationHeaderMalformed", 400, null),
    REQUEST_TIME_TOO_SKEWED("RequestTimeTooSkewed", 403, "The difference between the request time and the current "
            + "time is too large."),
    INTERNAL_ERROR("InternalError", 500, "We encountered an internal error. Please try again.");

    private final String code;
    private final int status;
    private final String message;

    S3Error(String code, int status, String message) {
        this.code = code;
        this.status = status;
        this.message = message;
    }

    public String code() {
        return code;
    }

    /** This error with S3's own message. */
    public ApiException error() {
        return withMessage(message);
    }

    public ApiException withMessage(String text) {
        return new ApiException(status, code, text, Map.of());
    }

    /** This error with S3's message and extra elements such as {@code BucketName} or {@code Key}. */
    public ApiException with(String... namesAndValues) {
        Map<String, Object> extras = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            extras.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return new ApiException(status, code, message, extras);
    }
}
