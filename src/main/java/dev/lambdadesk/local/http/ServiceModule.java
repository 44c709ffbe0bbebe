package dev.lambdadesk.local.http;

import java.util.Optional;
import java.util.Set;

import dev.lambdadesk.local.sigv4.ReceivedRequest;

/**
 * One AWS service served on the endpoint's port. Requests reach the module whose {@link #signingName()} is the
 * service in their SigV4 credential scope. A module routes and operates; its {@link WireProtocol} (REST-JSON,
 * Query/XML, REST-XML) writes its errors. Adding a service is adding a package with one of these.
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

    /** The wire format: how this service's errors and refusals before an operation look. */
    WireProtocol protocol();

    /** Ids of the blobs this module's records refer to; every other blob is deleted at start-up. */
    Set<String> referencedBlobs();
}
