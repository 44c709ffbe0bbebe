package dev.lambdadesk.local.http;

import java.util.Optional;
import java.util.Set;

import dev.lambdadesk.local.sigv4.AuthFailure;
import dev.lambdadesk.local.sigv4.ReceivedRequest;

/**
 * One AWS service served on the endpoint's port. Requests reach the module whose {@link #signingName()} is the
 * service in their SigV4 credential scope; each module speaks its own protocol (REST-JSON, Query/XML, REST-XML)
 * including its error format. Adding a service is adding a package with one of these.
 */
public interface ServiceModule {

    /** The SigV4 service name: lambda, iam, signer, s3. */
    String signingName();

    /** The routes, registered by the module. */
    Router router();

    /** Routes a request; S3 overrides this to handle virtual-host style. */
    default Optional<RouteMatch> route(ReceivedRequest request) {
        return router().match(request.method(), request.rawPath());
    }

    /** Whether SigV4 encodes the path a second time for this service (all but S3). */
    default boolean doubleEncodesPath() {
        return true;
    }

    /** Whether a request without credentials looks like it was meant for this service (for the error format). */
    boolean claimsUnsigned(ReceivedRequest request);

    ApiException authError(AuthFailure failure);

    ApiException unknownOperation(ReceivedRequest request);

    ApiException requestTooLarge(Route route);

    /** A body that ended before its Content-Length. */
    default ApiException incompleteBody() {
        return new ApiException(400, "IncompleteBody",
                "The request body ended before the number of bytes given in the Content-Length header.");
    }

    /** A body whose aws-chunked framing is broken (S3 answers IncompleteBody). */
    default ApiException malformedPayload(String message) {
        return new ApiException(400, "InvalidRequest", message);
    }

    /** An unexpected failure, as the service's internal error. */
    ApiException internalError();

    /** The error in the service's wire format. */
    ApiResponse render(ApiException error, String requestId);

    /** Ids of the blobs this module's records refer to; every other blob is deleted at start-up. */
    Set<String> referencedBlobs();
}
