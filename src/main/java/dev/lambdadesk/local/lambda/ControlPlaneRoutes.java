package dev.lambdadesk.local.lambda;

import dev.lambdadesk.local.http.Router;

/**
 * Routes of the control plane infrastructure tools call besides functions: aliases, reserved and provisioned
 * concurrency, resource policies, function URL configs and event invoke configs; then the model's operations the
 * endpoint does not offer, which answer a clean refusal.
 */
final class ControlPlaneRoutes {

    private static final String FUNCTION = "/functions/{FunctionName}";

    private ControlPlaneRoutes() {
    }

    static void register(Router router, LambdaContext ctx) {
        AliasOperations aliases = new AliasOperations(ctx);
        ConcurrencyOperations concurrency = new ConcurrencyOperations(ctx);
        ProvisionedConcurrencyOperations provisioned = new ProvisionedConcurrencyOperations(ctx);
        PolicyOperations policies = new PolicyOperations(ctx);
        FunctionUrlOperations urls = new FunctionUrlOperations(ctx);
        EventInvokeConfigOperations invokeConfigs = new EventInvokeConfigOperations(ctx);
        String alias = "/2015-03-31" + FUNCTION + "/aliases";
        String policy = "/2015-03-31" + FUNCTION + "/policy";
        String url = "/2021-10-31" + FUNCTION + "/url";
        String invokeConfig = "/2019-09-25" + FUNCTION + "/event-invoke-config";
        String pc = "/2019-09-30" + FUNCTION + "/provisioned-concurrency";
        router.add("POST", alias, "CreateAlias", aliases::create)
                .add("GET", alias, "ListAliases", aliases::list)
                .add("GET", alias + "/{Name}", "GetAlias", aliases::get)
                .add("PUT", alias + "/{Name}", "UpdateAlias", aliases::update)
                .add("DELETE", alias + "/{Name}", "DeleteAlias", aliases::delete)
                .add("PUT", "/2017-10-31" + FUNCTION + "/concurrency", "PutFunctionConcurrency", concurrency::put)
                .add("DELETE", "/2017-10-31" + FUNCTION + "/concurrency", "DeleteFunctionConcurrency",
                        concurrency::delete)
                .add("GET", "/2019-09-30" + FUNCTION + "/concurrency", "GetFunctionConcurrency", concurrency::get)
                .add("POST", policy, "AddPermission", policies::add)
                .add("GET", policy, "GetPolicy", policies::get)
                .add("DELETE", policy + "/{StatementId}", "RemovePermission", policies::remove)
                .add("POST", url, "CreateFunctionUrlConfig", urls::create)
                .add("GET", url, "GetFunctionUrlConfig", urls::get)
                .add("PUT", url, "UpdateFunctionUrlConfig", urls::update)
                .add("DELETE", url, "DeleteFunctionUrlConfig", urls::delete)
                .add("GET", "/2021-10-31" + FUNCTION + "/urls", "ListFunctionUrlConfigs", urls::list)
                .add("PUT", invokeConfig, "PutFunctionEventInvokeConfig", invokeConfigs::put)
                .add("POST", invokeConfig, "UpdateFunctionEventInvokeConfig", invokeConfigs::update)
                .add("GET", invokeConfig, "GetFunctionEventInvokeConfig", invokeConfigs::get)
                .add("DELETE", invokeConfig, "DeleteFunctionEventInvokeConfig", invokeConfigs::delete)
                .add("GET", invokeConfig + "/list", "ListFunctionEventInvokeConfigs", invokeConfigs::list)
                .add("PUT", pc, "PutProvisionedConcurrencyConfig", provisioned::put)
                .add("GET", pc, "GetProvisionedConcurrencyConfig", provisioned::getOrList)
                .add("DELETE", pc, "DeleteProvisionedConcurrencyConfig", provisioned::delete);
        UnofferedOperations.register(router);
    }
}
