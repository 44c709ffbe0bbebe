package dev.lambdadesk.local.signer;

import java.util.Set;

import dev.lambdadesk.local.http.RestJsonProtocol;
import dev.lambdadesk.local.http.Router;
import dev.lambdadesk.local.http.ServiceEnvironment;
import dev.lambdadesk.local.http.ServiceModule;
import dev.lambdadesk.local.http.WireProtocol;
import dev.lambdadesk.local.s3.S3Storage;
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
    private final WireProtocol protocol;

    public SignerModule(ServiceEnvironment env, S3Storage s3) {
        this.ctx = new SignerContext(env, s3);
        this.protocol = new RestJsonProtocol("Signer", "code", env.mapper(),
                SignerError.INTERNAL.withMessage("An internal error occurred in the local endpoint."));
        this.trust = new SignerTrust(ctx);
        ProfileOperations profiles = new ProfileOperations(ctx);
        JobOperations jobs = new JobOperations(ctx);
        CatalogueOperations catalogue = new CatalogueOperations(ctx);
        RevocationOperations revocations = new RevocationOperations(ctx, trust);
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
                .add("GET", tags, "ListTagsForResource", catalogue::listTags)
                .add("GET", "/revocations", "GetRevocationStatus", revocations::status);
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
    public WireProtocol protocol() {
        return protocol;
    }

    @Override
    public Set<String> referencedBlobs() {
        return Set.of();
    }
}
