package dev.lambdadesk.core;

/** The API operations whose requests LambdaDesk can build and validate offline. */
public enum Operation {
    CREATE_FUNCTION("CreateFunction", Service.LAMBDA),
    UPDATE_FUNCTION_CONFIGURATION("UpdateFunctionConfiguration", Service.LAMBDA),
    UPDATE_FUNCTION_CODE("UpdateFunctionCode", Service.LAMBDA),
    CREATE_CODE_SIGNING_CONFIG("CreateCodeSigningConfig", Service.LAMBDA),
    UPDATE_CODE_SIGNING_CONFIG("UpdateCodeSigningConfig", Service.LAMBDA),
    PUT_SIGNING_PROFILE("PutSigningProfile", Service.SIGNER),
    START_SIGNING_JOB("StartSigningJob", Service.SIGNER),
    REVOKE_SIGNING_PROFILE("RevokeSigningProfile", Service.SIGNER),
    PUBLISH_LAYER_VERSION("PublishLayerVersion", Service.LAMBDA),
    ADD_LAYER_VERSION_PERMISSION("AddLayerVersionPermission", Service.LAMBDA),
    LIST_LAYERS("ListLayers", Service.LAMBDA),
    LIST_LAYER_VERSIONS("ListLayerVersions", Service.LAMBDA);

    /** The service an operation belongs to. */
    public enum Service { LAMBDA, SIGNER }

    private final String apiName;
    private final Service service;

    Operation(String apiName, Service service) {
        this.apiName = apiName;
        this.service = service;
    }

    /** The operation name as the API spells it, e.g. {@code CreateFunction}. */
    public String apiName() {
        return apiName;
    }

    public Service service() {
        return service;
    }

    /** Looks an operation up by its API name (case-sensitive), e.g. from the command line. */
    public static java.util.Optional<Operation> fromApiName(String name) {
        for (Operation op : values()) {
            if (op.apiName.equals(name)) {
                return java.util.Optional.of(op);
            }
        }
        return java.util.Optional.empty();
    }
}
