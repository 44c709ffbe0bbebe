package dev.lambdadesk.local.sigv4;

/**
 * Why a request was not authenticated; each service turns it into its own error code.
 *
 * @param kind    the class of failure
 * @param message AWS's wording for it
 */
public record AuthFailure(Kind kind, String message) {

    /** The classes of authentication failure AWS distinguishes. */
    public enum Kind {
        /** No Authorization header and no presigned query. */
        MISSING,
        /** An Authorization header or presigned query AWS could not read. */
        MALFORMED,
        /** The access key id is not the endpoint's. */
        UNKNOWN_KEY,
        /** The signing time is more than 15 minutes off, or a presigned URL has expired. */
        EXPIRED,
        /** The signature does not match. */
        BAD_SIGNATURE
    }

    public static final String SIGNATURE_MISMATCH = "The request signature we calculated does not match the signature "
            + "you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation "
            + "for details.";
    public static final String INVALID_TOKEN = "The security token included in the request is invalid.";
}
