package dev.lambdadesk.local.signer;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import dev.lambdadesk.local.http.ApiException;
import dev.lambdadesk.local.http.ApiResponse;
import dev.lambdadesk.local.http.Route;
import dev.lambdadesk.local.http.Router;
import dev.lambdadesk.local.http.ServiceEnvironment;
import dev.lambdadesk.local.http.ServiceModule;
import dev.lambdadesk.local.s3.S3Storage;
import dev.lambdadesk.local.sigv4.AuthFailure;
import dev.lambdadesk.local.sigv4.ReceivedRequest;

/**
 * AWS Signer (REST-JSON, paths without a date prefix): signing platforms, profiles, jobs, revocation and profile
 * tags. Signing is real: ECDSA P-384 with SHA-384, one key pair per profile version, kept in the store.
 */
public final class SignerModule implements ServiceModule {

    public static final String SIGNING_NAME = "signer";
    private static final long MAX_REQUEST_BYTES = 1024L * 1024;

    private final SignerContext ctx;
    private final Router router = new Router(MAX_REQUEST_BYTES);
    private final SignerTrust trust;

    public SignerModule(ServiceEnvironment env, S3Storage s3) {
        this.ctx = new SignerContext(env.store(), s3, env.mapper(), env.clock());
        this.trust = new SignerTrust(ctx);
        ProfileOperations profiles = new ProfileOperations(ctx);
        JobOperations jobs = new JobOperations(ctx);
        CatalogueOperations catalogue = new CatalogueOperations(ctx);
        String profile = "/signing-profiles/{profileName}";
        String job = "/signing-jobs/{jobId}";
        String tags = "/tags/{resourceArn}";
        router.add("GET", "/signing-platforms", "ListSigningPlatforms", catalogue::listPlatforms)
                .add("GET", "/signing-platforms/{platformId}", "GetSigningPlatform", catalogue::getPlatform)
                .add("GET", "/signing-profiles", "ListSigningProfiles", profiles::list)
                .add("PUT", profile, "PutSigningProfile", profiles::put)
                .add("GET", profile, "GetSigningProfile", profiles::get)
                .add("DELETE", profile, "CancelSigningProfile", profiles::cancel)
                .add("PUT", profile + "/revoke", "RevokeSigningProfile", profiles::revoke)
                .add("POST", "/signing-jobs", "StartSigningJob", jobs::start)
                .add("GET", "/signing-jobs", "ListSigningJobs", jobs::list)
                .add("GET", job, "DescribeSigningJob", jobs::describe)
                .add("PUT", job + "/revoke", "RevokeSignature", jobs::revokeSignature)
                .add("POST", tags, "TagResource", catalogue::tag)
                .add("DELETE", tags, "UntagResource", catalogue::untag)
                .add("GET", tags, "ListTagsForResource", catalogue::listTags);
    }

    /** Public keys and revocations, for Lambda's verification on deploy. */
    public SignerTrust trust() {
        return trust;
    }

    @Override
    public String signingName() {
        return SIGNING_NAME;
    }

    @Override
    public Router router() {
        return router;
    }

    @Override
    public boolean claimsUnsigned(ReceivedRequest request) {
        String path = request.rawPath();
        return path.startsWith("/signing-") || path.startsWith("/tags/arn%3Aaws%3Asigner")
                || path.startsWith("/tags/arn:aws:signer") || path.startsWith("/revocations");
    }

    @Override
    public ApiException authError(AuthFailure failure) {
        SignerError error = switch (failure.kind()) {
            case MISSING -> SignerError.MISSING_AUTHENTICATION_TOKEN;
            case MALFORMED -> SignerError.INCOMPLETE_SIGNATURE;
            case UNKNOWN_KEY -> SignerError.UNRECOGNIZED_CLIENT;
            case EXPIRED, BAD_SIGNATURE -> SignerError.INVALID_SIGNATURE;
        };
        return error.withMessage(failure.message());
    }

    @Override
    public ApiException unknownOperation(ReceivedRequest request) {
        return SignerError.UNKNOWN_OPERATION.withMessage("No Signer operation answers " + request.method() + " "
                + request.rawPath() + " on the local endpoint.");
    }

    @Override
    public ApiException requestTooLarge(Route route) {
        return SignerError.REQUEST_ENTITY_TOO_LARGE.withMessage("Request must be smaller than "
                + route.maxBodyBytes() + " bytes for the " + route.operation() + " operation");
    }

    @Override
    public ApiException internalError() {
        return SignerError.INTERNAL.withMessage("An internal error occurred in the local endpoint.");
    }

    @Override
    public ApiResponse render(ApiException error, String requestId) {
        Map<String, Object> body = new LinkedHashMap<>(error.members());
        body.putIfAbsent("message", error.getMessage());
        body.putIfAbsent("code", error.code());
        try {
            return ApiResponse.json(error.status(), ctx.mapper.writeValueAsBytes(body))
                    .withHeader("x-amzn-ErrorType", error.code());
        } catch (IOException e) {
            throw new IllegalStateException("Writing an error body failed", e);
        }
    }

    @Override
    public Set<String> referencedBlobs() {
        return Set.of();
    }
}
