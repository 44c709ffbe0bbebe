package dev.lambdadesk.local.lambda;

import java.util.function.Supplier;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.local.http.ApiException;
import dev.lambdadesk.local.http.ApiRequest;
import dev.lambdadesk.local.store.RecordType;

/** What the per-qualifier configs (function URL, event invoke) share: delete one, find a function's rows. */
final class FunctionConfigRows {

    private FunctionConfigRows() {
    }

    /** Deletes the config of the target {@code ref} names; {@code missing} words a missing target or config. */
    static void delete(LambdaContext ctx, RecordType<ObjectNode> type, String region, FunctionRef ref,
                       Supplier<ApiException> missing) {
        ctx.store.write(tx -> {
            Target target = Target.resolve(Rows.of(tx), region, ref, (miss, arn) -> missing.get());
            tx.get(type, target.key()).orElseThrow(missing);
            tx.delete(type, target.key());
            return null;
        });
    }

    /** The key prefix of the listed function's rows, after checking that the function exists. */
    static String listedPrefix(LambdaContext ctx, ApiRequest request, Supplier<ApiException> functionMissing) {
        String region = request.region();
        FunctionRef ref = FunctionRef.parse(request.pathParam("FunctionName"), region);
        ctx.functions.get(LambdaRecords.functionKey(region, ref.name())).orElseThrow(functionMissing);
        return LambdaRecords.versionPrefix(region, ref.name());
    }
}
