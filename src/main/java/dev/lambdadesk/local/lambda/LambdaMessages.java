package dev.lambdadesk.local.lambda;

import dev.lambdadesk.local.http.ApiException;

/** The refusals Lambda answers with AWS's exact wording. */
final class LambdaMessages {

    static final String BEING_CREATED = "The function is being created.";
    static final String CREATING = "Creating";

    private LambdaMessages() {
    }

    static ApiException functionNotFound(String arn) {
        return LambdaError.RESOURCE_NOT_FOUND.withMessage("Function not found: " + arn);
    }

    static ApiException functionExists(String name) {
        return LambdaError.RESOURCE_CONFLICT.withMessage("Function already exist: " + name);
    }

    static ApiException codeSigningConfigNotFound(String arn) {
        return LambdaError.RESOURCE_NOT_FOUND.withMessageOnly("The Lambda code signing configuration " + arn
                + " can not be found.");
    }

    static ApiException codeSigningConfigMissingForDeploy(String arn) {
        return LambdaError.CODE_SIGNING_CONFIG_NOT_FOUND.withMessage("The code signing configuration cannot be found."
                + " Check that the provided configuration is not deleted: " + arn + ".");
    }

    static ApiException codeSigningConfigInUse(String arn) {
        return LambdaError.RESOURCE_CONFLICT.withMessage("The code signing configuration " + arn
                + " is in use by one or more functions.");
    }

    static ApiException imageWithCodeSigning() {
        return LambdaError.INVALID_PARAMETER_VALUE.withMessage(
                "Code signing is not supported for functions created with container images.");
    }

    static ApiException roleCannotBeAssumed() {
        return LambdaError.INVALID_PARAMETER_VALUE.withMessage(
                "The role defined for the function cannot be assumed by Lambda.");
    }

    static ApiException updateInProgress(String arn) {
        return LambdaError.RESOURCE_CONFLICT.withMessage("The operation cannot be performed at this time. "
                + "An update is in progress for resource: " + arn);
    }

    static ApiException stillPending() {
        return LambdaError.RESOURCE_CONFLICT.withMessage("The operation cannot be performed at this time. "
                + "The function is currently in the following state: Pending");
    }

    static ApiException revisionMismatch() {
        return LambdaError.PRECONDITION_FAILED.withMessage("The Revision Id provided does not match the latest "
                + "Revision Id. Call the GetFunction/GetAlias API to retrieve the latest Revision Id");
    }

    static ApiException invalidMarker() {
        return LambdaError.INVALID_PARAMETER_VALUE.withMessage("Invalid pagination marker.");
    }
}
