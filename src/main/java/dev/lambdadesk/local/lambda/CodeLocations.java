package dev.lambdadesk.local.lambda;

import java.net.URI;
import java.time.Duration;

import dev.lambdadesk.local.sigv4.UrlPresigner;

/**
 * The {@code Code.Location} of GetFunction: like AWS's presigned S3 URL, a presigned URL (valid ten minutes) that
 * downloads the function's zip from the endpoint itself.
 */
final class CodeLocations {

    static final String PATH_PREFIX = "/_lambdadesk/code/";
    private static final Duration VALIDITY = Duration.ofMinutes(10);

    private final UrlPresigner presigner;
    private final URI endpoint;

    CodeLocations(UrlPresigner presigner, URI endpoint) {
        this.presigner = presigner;
        this.endpoint = endpoint;
    }

    String location(String region, String blobId) {
        return presigner.presignGet(endpoint.resolve(PATH_PREFIX + blobId), region, LambdaModule.SIGNING_NAME, VALIDITY)
                .toString();
    }
}
