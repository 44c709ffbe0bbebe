package dev.lambdadesk.local.lambda;

import java.util.Map;

import dev.lambdadesk.local.http.ApiException;
import dev.lambdadesk.local.http.Router;

/**
 * The operations of Lambda's service model the local endpoint does not offer (it runs no code and keeps no event
 * sources). Each answers 400 {@code UnsupportedOperationException} naming the operation, so a tool reports a clear
 * refusal instead of an unknown path or a server error.
 */
final class UnofferedOperations {

    static final String CODE = "UnsupportedOperationException";
    private static final String FUNCTION = "/functions/{FunctionName}";
    private static final String MAPPINGS = "/2015-03-31/event-source-mappings";
    private static final String PROVIDERS = "/2025-11-30/capacity-providers";
    private static final String DURABLE = "/2025-12-01/durable-executions/{DurableExecutionArn}";
    private static final String CALLBACK = "/2025-12-01/durable-execution-callbacks/{CallbackId}";

    /** Method, path template and operation name, as the service model gives them. */
    private static final String[][] OPERATIONS = {
        {"POST", "/2015-03-31" + FUNCTION + "/invocations", "Invoke"},
        {"POST", "/2014-11-13" + FUNCTION + "/invoke-async", "InvokeAsync"},
        {"POST", "/2021-11-15" + FUNCTION + "/response-streaming-invocations", "InvokeWithResponseStream"},
        {"POST", MAPPINGS, "CreateEventSourceMapping"},
        {"GET", MAPPINGS, "ListEventSourceMappings"},
        {"GET", MAPPINGS + "/{UUID}", "GetEventSourceMapping"},
        {"PUT", MAPPINGS + "/{UUID}", "UpdateEventSourceMapping"},
        {"DELETE", MAPPINGS + "/{UUID}", "DeleteEventSourceMapping"},
        {"GET", "/2021-07-20" + FUNCTION + "/runtime-management-config", "GetRuntimeManagementConfig"},
        {"PUT", "/2021-07-20" + FUNCTION + "/runtime-management-config", "PutRuntimeManagementConfig"},
        {"GET", "/2024-08-31" + FUNCTION + "/recursion-config", "GetFunctionRecursionConfig"},
        {"PUT", "/2024-08-31" + FUNCTION + "/recursion-config", "PutFunctionRecursionConfig"},
        {"GET", "/2025-11-30" + FUNCTION + "/function-scaling-config", "GetFunctionScalingConfig"},
        {"PUT", "/2025-11-30" + FUNCTION + "/function-scaling-config", "PutFunctionScalingConfig"},
        {"POST", PROVIDERS, "CreateCapacityProvider"},
        {"GET", PROVIDERS, "ListCapacityProviders"},
        {"GET", PROVIDERS + "/{CapacityProviderName}", "GetCapacityProvider"},
        {"PUT", PROVIDERS + "/{CapacityProviderName}", "UpdateCapacityProvider"},
        {"DELETE", PROVIDERS + "/{CapacityProviderName}", "DeleteCapacityProvider"},
        {"GET", PROVIDERS + "/{CapacityProviderName}/function-versions", "ListFunctionVersionsByCapacityProvider"},
        {"GET", "/2025-12-01" + FUNCTION + "/durable-executions", "ListDurableExecutionsByFunction"},
        {"GET", DURABLE, "GetDurableExecution"},
        {"GET", DURABLE + "/history", "GetDurableExecutionHistory"},
        {"GET", DURABLE + "/state", "GetDurableExecutionState"},
        {"POST", DURABLE + "/checkpoint", "CheckpointDurableExecution"},
        {"POST", DURABLE + "/stop", "StopDurableExecution"},
        {"POST", CALLBACK + "/succeed", "SendDurableExecutionCallbackSuccess"},
        {"POST", CALLBACK + "/fail", "SendDurableExecutionCallbackFailure"},
        {"POST", CALLBACK + "/heartbeat", "SendDurableExecutionCallbackHeartbeat"},
    };

    private UnofferedOperations() {
    }

    static void register(Router router) {
        for (String[] operation : OPERATIONS) {
            String name = operation[2];
            router.add(operation[0], operation[1], name, request -> {
                throw refusal(name);
            });
        }
    }

    static ApiException refusal(String operation) {
        String message = "The local endpoint does not offer the Lambda operation " + operation + ": it keeps "
                + "functions and their configuration but runs no code. Use AWS for " + operation + ".";
        return new ApiException(400, CODE, message, Map.of("Type", "User", "message", message));
    }
}
