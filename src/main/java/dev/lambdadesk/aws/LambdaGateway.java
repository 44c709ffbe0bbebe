package dev.lambdadesk.aws;

import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;

import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.CreateFunctionRequest;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;
import software.amazon.awssdk.services.lambda.model.GetFunctionResponse;
import software.amazon.awssdk.services.lambda.model.ListFunctionsResponse;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;
import software.amazon.awssdk.services.lambda.model.UpdateFunctionCodeRequest;
import software.amazon.awssdk.services.lambda.model.UpdateFunctionConfigurationRequest;

import dev.lambdadesk.core.FunctionChange;
import dev.lambdadesk.core.FunctionDetails;
import dev.lambdadesk.core.FunctionState;
import dev.lambdadesk.core.FunctionStatus;
import dev.lambdadesk.core.FunctionSummary;
import dev.lambdadesk.core.UpdateStatus;

/**
 * Lambda function calls for the app, in the project's own types. Requests are taken as AWS CLI input JSON, the
 * same form the forms validate and export. Blocking: call it off the FX thread. SDK exceptions propagate; explain
 * them with {@link AwsErrorExplainer}.
 */
public final class LambdaGateway {

    /** ListFunctions returns at most 50 a page whatever is asked. */
    static final int PAGE_SIZE = 50;

    private final AwsClients clients;

    public LambdaGateway(AwsClients clients) {
        this.clients = clients;
    }

    private LambdaClient lambda() {
        return clients.lambda();
    }

    public FunctionStatus createFunction(JsonNode cliInput) {
        return create(cliInput).status();
    }

    /** Creates a function; the answer as the state watcher and the lists need it. */
    public FunctionChange create(JsonNode cliInput) {
        CreateFunctionRequest request = SdkJson.build(CreateFunctionRequest::builder, cliInput);
        return changeOf(asConfiguration(lambda().createFunction(request)));
    }

    /** Deploys new code; {@code cliInput} is UpdateFunctionCode's CLI input (FunctionName plus one code source). */
    public FunctionStatus updateFunctionCode(JsonNode cliInput) {
        return updateCode(cliInput).status();
    }

    /** As {@link #updateFunctionCode}, with the function as the lists show it. */
    public FunctionChange updateCode(JsonNode cliInput) {
        UpdateFunctionCodeRequest request = SdkJson.build(UpdateFunctionCodeRequest::builder, cliInput);
        return changeOf(asConfiguration(lambda().updateFunctionCode(request)));
    }

    /**
     * Creates a function whose role was created a moment ago: IAM takes a few seconds to let Lambda assume a new
     * role, and until then Lambda says it cannot; the create is tried again for up to {@code grace}.
     */
    public FunctionChange createWithNewRole(JsonNode cliInput, java.time.Duration grace) throws InterruptedException {
        long until = System.nanoTime() + grace.toNanos();
        while (true) {
            try {
                return create(cliInput);
            } catch (software.amazon.awssdk.services.lambda.model.InvalidParameterValueException e) {
                boolean notYet = String.valueOf(e.awsErrorDetails() == null ? e.getMessage()
                        : e.awsErrorDetails().errorMessage()).contains("cannot be assumed");
                if (!notYet || System.nanoTime() > until) {
                    throw e;
                }
                Thread.sleep(2_000);
            }
        }
    }

    private static FunctionChange changeOf(FunctionConfiguration c) {
        return new FunctionChange(statusOf(c), summaryOf(c));
    }

    public FunctionStatus updateFunctionConfiguration(JsonNode cliInput) {
        UpdateFunctionConfigurationRequest request =
                SdkJson.build(UpdateFunctionConfigurationRequest::builder, cliInput);
        return statusOf(asConfiguration(lambda().updateFunctionConfiguration(request)));
    }

    /** Create and update responses carry the members of a FunctionConfiguration under their own class names. */
    private static FunctionConfiguration asConfiguration(software.amazon.awssdk.core.SdkPojo response) {
        return SdkJson.build(FunctionConfiguration::builder, SdkJson.toJson(response));
    }

    /** The function's current state (GetFunction), as the state watcher polls it. */
    public FunctionStatus status(String functionName) {
        return statusOf(lambda().getFunction(b -> b.functionName(functionName)).configuration());
    }

    public FunctionDetails details(String functionName) {
        GetFunctionResponse r = lambda().getFunction(b -> b.functionName(functionName));
        Optional<String> csc;
        try {
            csc = Optional.ofNullable(lambda().getFunctionCodeSigningConfig(b -> b.functionName(functionName))
                    .codeSigningConfigArn());
        } catch (software.amazon.awssdk.services.lambda.model.InvalidParameterValueException e) {
            csc = Optional.empty(); // container-image functions do not support code signing
        }
        return new FunctionDetails(SdkJson.toJson(r.configuration()), r.hasTags() ? r.tags() : java.util.Map.of(),
                Optional.ofNullable(r.code() == null ? null : r.code().location()), csc);
    }

    public void deleteFunction(String functionName) {
        lambda().deleteFunction(b -> b.functionName(functionName));
    }

    /** True when a function of this name exists. */
    public boolean exists(String functionName) {
        try {
            lambda().getFunctionConfiguration(b -> b.functionName(functionName));
            return true;
        } catch (ResourceNotFoundException e) {
            return false;
        }
    }

    /**
     * Lists every function page by page, handing each page to {@code onPage} as it arrives, until the last page or
     * until {@code cancelled} says stop.
     */
    public void listFunctions(Consumer<List<FunctionSummary>> onPage, BooleanSupplier cancelled) {
        String marker = null;
        do {
            String m = marker;
            ListFunctionsResponse page = lambda().listFunctions(b -> b.marker(m).maxItems(PAGE_SIZE));
            onPage.accept(page.functions().stream().map(LambdaGateway::summaryOf).toList());
            marker = page.nextMarker();
        } while (marker != null && !cancelled.getAsBoolean());
    }

    static FunctionSummary summaryOf(FunctionConfiguration c) {
        return new FunctionSummary(c.functionName(), c.functionArn(),
                c.runtimeAsString() == null ? "" : c.runtimeAsString(),
                c.packageTypeAsString() == null ? "Zip" : c.packageTypeAsString(),
                c.memorySize() == null ? 0 : c.memorySize(), c.lastModified() == null ? "" : c.lastModified(),
                c.signingProfileVersionArn() != null && !c.signingProfileVersionArn().isEmpty(),
                c.stateAsString() == null ? "" : c.stateAsString());
    }

    static FunctionStatus statusOf(FunctionConfiguration c) {
        return new FunctionStatus(c.functionName(), c.functionArn(), FunctionState.fromWire(c.stateAsString()),
                c.stateReason(), c.stateReasonCodeAsString(), UpdateStatus.fromWire(c.lastUpdateStatusAsString()),
                c.lastUpdateStatusReason(), c.lastUpdateStatusReasonCodeAsString(), c.revisionId());
    }
}
