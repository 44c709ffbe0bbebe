package dev.lambdadesk.local.lambda;

import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.local.http.ApiRequest;
import dev.lambdadesk.local.http.ApiResponse;
import dev.lambdadesk.local.store.Table;

/** PutFunctionConcurrency, GetFunctionConcurrency and DeleteFunctionConcurrency (reserved concurrency). */
final class ConcurrencyOperations {

    /** The account's concurrency limit, as GetAccountSettings reports it. */
    static final int ACCOUNT_LIMIT = 1000;
    /** What AWS keeps unreserved in every account. */
    static final int MIN_UNRESERVED = 100;

    private final LambdaContext ctx;

    ConcurrencyOperations(LambdaContext ctx) {
        this.ctx = ctx;
    }

    ApiResponse put(ApiRequest request) {
        ObjectNode body = ctx.body(request);
        String region = request.region();
        FunctionRef ref = FunctionRef.parse(request.pathParam("FunctionName"), region);
        JsonNode value = body.get("ReservedConcurrentExecutions");
        new FieldFindings().required(value, "reservedConcurrentExecutions")
                .range(value, "reservedConcurrentExecutions", 0, Integer.MAX_VALUE).check();
        if (ref.qualifier() != null) {
            throw LambdaError.INVALID_PARAMETER_VALUE.withMessage("This operation is permitted on Lambda functions "
                    + "only. Aliases and versions do not support this operation. Please specify either a function "
                    + "name or an unqualified function ARN.");
        }
        int wanted = value.asInt();
        String key = ControlRecords.functionKey(region, ref.name());
        ctx.store.write(tx -> {
            tx.get(LambdaRecords.FUNCTIONS, key).orElseThrow(() ->
                    LambdaMessages.functionNotFound(FunctionRef.arn(region, ref.name()) + ":$LATEST"));
            int others = reservedInAccount(ctx) - tx.get(ControlRecords.CONCURRENCY, key).orElse(0);
            if (ACCOUNT_LIMIT - others - wanted < MIN_UNRESERVED) {
                throw LambdaError.INVALID_PARAMETER_VALUE.withMessageOnly("Specified ReservedConcurrentExecutions for "
                        + "function decreases account's UnreservedConcurrentExecution below its minimum value of ["
                        + MIN_UNRESERVED + "].");
            }
            tx.put(ControlRecords.CONCURRENCY, key, wanted);
            return null;
        });
        ObjectNode answer = ctx.mapper.createObjectNode().put("ReservedConcurrentExecutions", wanted);
        return ctx.json(200, answer);
    }

    ApiResponse get(ApiRequest request) {
        String region = request.region();
        FunctionRef ref = FunctionRef.parse(request.pathParam("FunctionName"), region);
        ctx.requireFunction(region, ref);
        ObjectNode answer = ctx.mapper.createObjectNode();
        reserved(ctx, region, ref.name()).ifPresent(n -> answer.put("ReservedConcurrentExecutions", n));
        return ctx.json(200, answer);
    }

    ApiResponse delete(ApiRequest request) {
        String region = request.region();
        FunctionRef ref = FunctionRef.parse(request.pathParam("FunctionName"), region);
        String key = ControlRecords.functionKey(region, ref.name());
        ctx.store.write(tx -> {
            tx.get(LambdaRecords.FUNCTIONS, key)
                    .orElseThrow(() -> LambdaMessages.functionNotFound(FunctionRef.arn(region, ref.name())));
            tx.delete(ControlRecords.CONCURRENCY, key);
            return null;
        });
        return ApiResponse.empty(204);
    }

    /** The function's reserved concurrency, for GetFunction's Concurrency member. */
    static Optional<Integer> reserved(LambdaContext ctx, String region, String function) {
        return table(ctx).get(ControlRecords.functionKey(region, function));
    }

    /** What all functions of the account reserve together. */
    static int reservedInAccount(LambdaContext ctx) {
        return table(ctx).all().values().stream().mapToInt(Integer::intValue).sum();
    }

    private static Table<Integer> table(LambdaContext ctx) {
        return ctx.store.table(ControlRecords.CONCURRENCY);
    }
}
