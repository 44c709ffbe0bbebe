package dev.lambdadesk.local.lambda;

import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.local.http.ApiException;
import dev.lambdadesk.local.http.ApiRequest;
import dev.lambdadesk.local.http.ApiResponse;
import dev.lambdadesk.local.http.Paging;
import dev.lambdadesk.local.store.Transaction;

/**
 * Put/Get/Delete/ListProvisionedConcurrencyConfigs on a published version or an alias. Nothing runs locally, so a
 * config is accepted (IN_PROGRESS in Put's answer, as AWS answers) and from then on reported READY and allocated.
 */
final class ProvisionedConcurrencyOperations {

    private final LambdaContext ctx;

    ProvisionedConcurrencyOperations(LambdaContext ctx) {
        this.ctx = ctx;
    }

    ApiResponse put(ApiRequest request) {
        ObjectNode body = ctx.body(request);
        JsonNode wanted = body.get("ProvisionedConcurrentExecutions");
        new FieldFindings().required(wanted, "provisionedConcurrentExecutions")
                .range(wanted, "provisionedConcurrentExecutions", 1, Integer.MAX_VALUE).check();
        FunctionRef ref = ref(request);
        if (ref.isLatest()) {
            throw LambdaError.INVALID_PARAMETER_VALUE.withMessage(
                    "Provisioned Concurrency Configs cannot be applied to unpublished function versions.");
        }
        checkLimit(wanted.asInt());
        ObjectNode stored = ctx.store.write(tx -> {
            Target target = resolve(Rows.of(tx), request.region(), ref);
            requireNoOverlap(tx, target);
            ObjectNode config = ctx.mapper.createObjectNode().put("FunctionArn", target.arn())
                    .put("RequestedProvisionedConcurrentExecutions", wanted.asInt())
                    .put("LastModified", ctx.lastModifiedNow());
            tx.put(ControlRecords.PROVISIONED, target.key(), config);
            return config;
        });
        ObjectNode answer = ctx.mapper.createObjectNode()
                .put("RequestedProvisionedConcurrentExecutions", stored.get("RequestedProvisionedConcurrentExecutions")
                        .asInt())
                .put("AvailableProvisionedConcurrentExecutions", 0).put("AllocatedProvisionedConcurrentExecutions", 0)
                .put("Status", "IN_PROGRESS").put("LastModified", stored.get("LastModified").asText());
        return ctx.json(202, answer);
    }

    /** GET on the path answers GetProvisionedConcurrencyConfig, or the listing with {@code List=ALL}. */
    ApiResponse getOrList(ApiRequest request) {
        if (request.query("List").filter("ALL"::equals).isPresent()) {
            return list(request);
        }
        FunctionRef ref = ref(request);
        if (ref.isLatest()) {
            throw latestRefused();
        }
        Target target = resolve(Rows.live(ctx.store), request.region(), ref);
        ObjectNode config = ctx.store.table(ControlRecords.PROVISIONED).get(target.key())
                .orElseThrow(ProvisionedConcurrencyOperations::configNotFound);
        return ctx.json(200, ready(config, false));
    }

    ApiResponse delete(ApiRequest request) {
        FunctionRef ref = ref(request);
        if (ref.isLatest()) {
            throw latestRefused();
        }
        ctx.store.write(tx -> {
            Target target = resolve(Rows.of(tx), request.region(), ref);
            tx.delete(ControlRecords.PROVISIONED, target.key());
            return null;
        });
        return ApiResponse.empty(204);
    }

    private ApiResponse list(ApiRequest request) {
        String region = request.region();
        FunctionRef ref = FunctionRef.parse(request.pathParam("FunctionName"), region);
        int size = ListLimits.pageSize(request, 50);
        ctx.requireFunction(region, ref);
        NavigableMap<String, ObjectNode> rows = ctx.store.table(ControlRecords.PROVISIONED)
                .withPrefix(LambdaRecords.versionPrefix(region, ref.name()));
        Paging.Page<ObjectNode> page = ControlPaging.page(rows, request, size);
        List<ObjectNode> items = page.items().stream().map(config -> ready(config, true)).toList();
        return ctx.json(200, ControlPaging.answer(ctx.mapper, "ProvisionedConcurrencyConfigs", items,
                page.nextMarker()));
    }

    /** Refuses to point an alias with provisioned concurrency at a version that has its own, and the reverse. */
    static void requireMovable(Transaction tx, AliasRecord current, AliasRecord next) {
        String aliasKey = ControlRecords.key(current.region(), current.function(), current.name());
        if (tx.get(ControlRecords.PROVISIONED, aliasKey).isPresent()
                && hasOwnConfig(tx, next, next.functionVersion())) {
            throw LambdaError.RESOURCE_CONFLICT.withMessage(
                    "Alias can't be used for Provisioned Concurrency configuration on an already Provisioned version");
        }
    }

    private void requireNoOverlap(Transaction tx, Target target) {
        if (target.alias() != null && hasOwnConfig(tx, target.alias(), target.alias().functionVersion())) {
            throw LambdaError.RESOURCE_CONFLICT.withMessage(
                    "Alias can't be used for Provisioned Concurrency configuration on an already Provisioned version");
        }
        if (target.alias() == null) {
            boolean pointed = ctx.store.table(ControlRecords.ALIASES)
                    .withPrefix(LambdaRecords.versionPrefix(target.region(), target.functionName())).values().stream()
                    .anyMatch(alias -> alias.routesTo(target.qualifier()) && tx.get(ControlRecords.PROVISIONED,
                            ControlRecords.key(alias.region(), alias.function(), alias.name())).isPresent());
            if (pointed) {
                throw LambdaError.RESOURCE_CONFLICT.withMessage(
                        "Version is pointed by a Provisioned Concurrency alias");
            }
        }
    }

    private static boolean hasOwnConfig(Transaction tx, AliasRecord alias, String version) {
        return tx.get(ControlRecords.PROVISIONED, ControlRecords.key(alias.region(), alias.function(), version))
                .isPresent();
    }

    private void checkLimit(int wanted) {
        int unreserved = ConcurrencyOperations.ACCOUNT_LIMIT - ConcurrencyOperations.reservedInAccount(ctx);
        if (wanted > unreserved) {
            throw LambdaError.INVALID_PARAMETER_VALUE.withMessageOnly("Specified ConcurrentExecutions for function is "
                    + "greater than account's unreserved concurrency [" + unreserved + "].");
        }
        if (unreserved - wanted < ConcurrencyOperations.MIN_UNRESERVED) {
            throw LambdaError.INVALID_PARAMETER_VALUE.withMessageOnly("Specified ConcurrentExecutions for function "
                    + "decreases account's UnreservedConcurrentExecution below its minimum value of ["
                    + ConcurrencyOperations.MIN_UNRESERVED + "].");
        }
    }

    /** A stored config as Get and List report it: allocated in full and READY. */
    private ObjectNode ready(ObjectNode config, boolean withArn) {
        int requested = config.get("RequestedProvisionedConcurrentExecutions").asInt();
        ObjectNode out = ctx.mapper.createObjectNode();
        if (withArn) {
            out.put("FunctionArn", config.get("FunctionArn").asText());
        }
        return out.put("RequestedProvisionedConcurrentExecutions", requested)
                .put("AvailableProvisionedConcurrentExecutions", requested)
                .put("AllocatedProvisionedConcurrentExecutions", requested)
                .put("Status", "READY").put("LastModified", config.get("LastModified").asText());
    }

    private static Target resolve(Rows rows, String region, FunctionRef ref) {
        return Target.resolve(rows, region, ref, (miss, arn) -> miss == Target.Miss.ALIAS
                ? AliasOperations.cannotFind(region, ref.name(), ref.qualifier())
                : LambdaMessages.functionNotFound(arn));
    }

    private static FunctionRef ref(ApiRequest request) {
        new FieldFindings().pattern(request.query("Qualifier").orElse(null), "qualifier", "(|[a-zA-Z0-9$_-]+)", 128)
                .check();
        return FunctionRef.parse(request.pathParam("FunctionName"), request.query("Qualifier"), request.region());
    }

    /** A code LambdaError does not list (this is the only operation that answers it). */
    private static ApiException configNotFound() {
        String message = "No Provisioned Concurrency Config found for this function";
        return new ApiException(404, "ProvisionedConcurrencyConfigNotFoundException", message,
                Map.of("Type", "User", "message", message));
    }

    private static ApiException latestRefused() {
        return LambdaError.INVALID_PARAMETER_VALUE.withMessage(
                "The function resource provided must be an alias or a published version.");
    }
}
