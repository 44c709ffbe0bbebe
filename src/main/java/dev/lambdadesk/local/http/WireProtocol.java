package dev.lambdadesk.local.http;

import dev.lambdadesk.local.sigv4.AuthFailure;
import dev.lambdadesk.local.sigv4.ReceivedRequest;

/**
 * One wire format (Lambda's and Signer's REST-JSON, S3's REST-XML, IAM's Query): how its service says that a
 * request failed before an operation ran (authentication, unknown operation, size, broken body) and how any error is
 * written. Service modules only route and operate; the dispatcher asks the module's protocol for everything else.
 */
public interface WireProtocol {

    ApiException authError(AuthFailure failure);

    ApiException unknownOperation(ReceivedRequest request);

    ApiException requestTooLarge(Route route);

    /** A body that ended before its Content-Length. */
    default ApiException incompleteBody() {
        return new ApiException(400, "IncompleteBody",
                "The request body ended before the number of bytes given in the Content-Length header.");
    }

    /** A body whose aws-chunked framing is broken. */
    default ApiException malformedPayload(String message) {
        return new ApiException(400, "InvalidRequest", message);
    }

    /** An unexpected failure, as the service's internal error. */
    ApiException internalError();

    /** The error in the service's wire format. */
    ApiResponse render(ApiException error, String requestId);

    /** Headers the service puts on every answer, the operation's and the errors' alike. */
    default ApiResponse stamp(ApiResponse response, String requestId) {
        return response;
    }
}
