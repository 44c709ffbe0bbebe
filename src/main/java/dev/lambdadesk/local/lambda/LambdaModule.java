package dev.lambdadesk.local.lambda;

import java.io.IOException;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import dev.lambdadesk.local.http.ApiRequest;
import dev.lambdadesk.local.http.ApiResponse;
import dev.lambdadesk.local.http.RestJsonProtocol;
import dev.lambdadesk.local.http.Router;
import dev.lambdadesk.local.http.ServiceEnvironment;
import dev.lambdadesk.local.http.ServiceModule;
import dev.lambdadesk.local.http.WireProtocol;
import dev.lambdadesk.local.signing.DeploymentSignatureCheck;
import dev.lambdadesk.local.signing.RevocationLookup;
import dev.lambdadesk.local.signing.SignedZipVerifier;
import dev.lambdadesk.local.signing.SigningKeyLookup;
import dev.lambdadesk.local.sigv4.ReceivedRequest;

/**
 * Lambda's control plane (REST-JSON): functions, versions, tags, account settings, code signing configs and layers.
 */
public final class LambdaModule implements ServiceModule {

    public static final String SIGNING_NAME = "lambda";
    /** The largest CreateFunction / UpdateFunctionCode request AWS accepts. */
    public static final long MAX_CODE_REQUEST_BYTES = 70_167_211L;
    private static final long MAX_OTHER_REQUEST_BYTES = 6L * 1024 * 1024;

    private final LambdaContext ctx;
    private final Router router = new Router(MAX_OTHER_REQUEST_BYTES);
    private final WireProtocol protocol;

    /**
     * @param objects     reads Code.S3Bucket/S3Key/S3ObjectVersion at deploy time
     * @param keys        the public keys of signing profile versions, to verify signed packages
     * @param revocations Signer's revocations of jobs and profile versions
     */
    public LambdaModule(ServiceEnvironment env, long pendingMillis, RoleDirectory roles, CodeObjectSource objects,
                        SigningKeyLookup keys, RevocationLookup revocations) {
        this.ctx = new LambdaContext(env, pendingMillis, roles, objects, new CodeSigningVerification(
                new SignedZipVerifier(keys), new DeploymentSignatureCheck(env.clock(), revocations)));
        this.protocol = new RestJsonProtocol("Lambda", "__type", env.mapper(),
                LambdaError.SERVICE.withMessage("An internal error occurred in the local endpoint."));
        register(new CodeLocations(env.presigner(), env.endpoint()));
    }

    private void register(CodeLocations locations) {
        CreateFunctionOperation create = new CreateFunctionOperation(ctx);
        UpdateFunctionOperations updates = new UpdateFunctionOperations(ctx);
        FunctionQueries queries = new FunctionQueries(ctx, locations);
        VersionOperations versions = new VersionOperations(ctx);
        TagOperations tags = new TagOperations(ctx);
        CodeSigningConfigOperations csc = new CodeSigningConfigOperations(ctx);
        FunctionCodeSigningOperations functionCsc = new FunctionCodeSigningOperations(ctx, csc);
        String functions = "/2015-03-31/functions";
        String function = functions + "/{FunctionName}";
        String configs = "/2020-04-22/code-signing-configs";
        String functionConfig = "/2020-06-30/functions/{FunctionName}/code-signing-config";
        router.add("POST", functions, "CreateFunction", MAX_CODE_REQUEST_BYTES, create::handle)
                .add("GET", functions, "ListFunctions", queries::listFunctions)
                .add("GET", function, "GetFunction", queries::getFunction)
                .add("DELETE", function, "DeleteFunction", versions::delete)
                .add("GET", function + "/configuration", "GetFunctionConfiguration", queries::getConfiguration)
                .add("PUT", function + "/configuration", "UpdateFunctionConfiguration", updates::updateConfiguration)
                .add("PUT", function + "/code", "UpdateFunctionCode", MAX_CODE_REQUEST_BYTES, updates::updateCode)
                .add("POST", function + "/versions", "PublishVersion", versions::publish)
                .add("GET", function + "/versions", "ListVersionsByFunction", queries::listVersions)
                .add("POST", "/2017-03-31/tags/{Resource}", "TagResource", tags::tag)
                .add("DELETE", "/2017-03-31/tags/{Resource}", "UntagResource", tags::untag)
                .add("GET", "/2017-03-31/tags/{Resource}", "ListTags", tags::list)
                .add("GET", "/2016-08-19/account-settings", "GetAccountSettings", queries::accountSettings)
                .add("POST", configs, "CreateCodeSigningConfig", csc::create)
                .add("GET", configs, "ListCodeSigningConfigs", csc::list)
                .add("GET", configs + "/{CodeSigningConfigArn}", "GetCodeSigningConfig", csc::get)
                .add("PUT", configs + "/{CodeSigningConfigArn}", "UpdateCodeSigningConfig", csc::update)
                .add("DELETE", configs + "/{CodeSigningConfigArn}", "DeleteCodeSigningConfig", csc::delete)
                .add("GET", configs + "/{CodeSigningConfigArn}/functions", "ListFunctionsByCodeSigningConfig",
                        functionCsc::listFunctions)
                .add("PUT", functionConfig, "PutFunctionCodeSigningConfig", functionCsc::put)
                .add("GET", functionConfig, "GetFunctionCodeSigningConfig", functionCsc::get)
                .add("DELETE", functionConfig, "DeleteFunctionCodeSigningConfig", functionCsc::delete)
                .add("GET", CodeLocations.PATH_PREFIX + "{Blob}", "GetFunctionCode", this::downloadCode);
        new LayerOperations(ctx, locations).addRoutes(router);
        ControlPlaneRoutes.register(router, ctx);
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
        return request.rawPath().matches("/\\d{4}-\\d{2}-\\d{2}/.*") || request.rawPath().startsWith("/_lambdadesk/");
    }

    @Override
    public WireProtocol protocol() {
        return protocol;
    }

    @Override
    public Set<String> referencedBlobs() {
        Set<String> blobs = new HashSet<>();
        ctx.functions.all().values().forEach(f -> blobs.add(f.latest().codeBlob()));
        ctx.versions.all().values().forEach(v -> blobs.add(v.codeBlob()));
        ctx.store.table(LayerRecords.VERSIONS).all().values().forEach(v -> blobs.add(v.codeBlob()));
        blobs.removeIf(Objects::isNull);
        return blobs;
    }

    private ApiResponse downloadCode(ApiRequest request) throws IOException {
        byte[] zip = ctx.blobs.read(request.pathParam("Blob"))
                .orElseThrow(() -> LambdaError.RESOURCE_NOT_FOUND.withMessage("The code package does not exist."));
        return ApiResponse.bytes(200, "application/zip", zip);
    }
}
