package dev.lambdadesk.local.lambda;

import java.util.NavigableMap;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.local.http.ApiException;
import dev.lambdadesk.local.http.ApiRequest;
import dev.lambdadesk.local.http.ApiResponse;
import dev.lambdadesk.local.http.Paging;

/**
 * Put/Get/Update/Delete/ListFunctionEventInvokeConfigs: retry and destination settings for asynchronous invocation
 * of $LATEST, a version or an alias. Put replaces the whole config; Update changes the members it names.
 */
final class EventInvokeConfigOperations {

    private static final String[] SETTINGS = {"MaximumRetryAttempts", "MaximumEventAgeInSeconds"};

    private final LambdaContext ctx;
    private final EventDestinations destinations;

    EventInvokeConfigOperations(LambdaContext ctx) {
        this.ctx = ctx;
        this.destinations = new EventDestinations(ctx);
    }

    ApiResponse put(ApiRequest request) {
        return write(request, true);
    }

    ApiResponse update(ApiRequest request) {
        return write(request, false);
    }

    ApiResponse get(ApiRequest request) {
        FunctionRef ref = ref(request);
        String arn = qualifiedArn(request.region(), ref);
        Target target = Target.resolve(Rows.live(ctx.store), request.region(), ref, (miss, a) -> noConfig(arn));
        return ctx.json(200, ctx.store.table(ControlRecords.EVENT_INVOKE_CONFIGS).get(target.key())
                .orElseThrow(() -> noConfig(arn)));
    }

    ApiResponse delete(ApiRequest request) {
        FunctionRef ref = ref(request);
        String arn = qualifiedArn(request.region(), ref);
        FunctionConfigRows.delete(ctx, ControlRecords.EVENT_INVOKE_CONFIGS, request.region(), ref, () -> noConfig(arn));
        return ApiResponse.empty(204);
    }

    ApiResponse list(ApiRequest request) {
        int size = ListLimits.pageSize(request, 50);
        String prefix = FunctionConfigRows.listedPrefix(ctx, request, EventInvokeConfigOperations::functionMissing);
        NavigableMap<String, ObjectNode> rows = new TreeMap<>();
        ctx.store.table(ControlRecords.EVENT_INVOKE_CONFIGS).withPrefix(prefix)
                .forEach((key, config) -> rows.put(order(key.substring(prefix.length())), config));
        Paging.Page<ObjectNode> page = ControlPaging.page(rows, request, size);
        return ctx.json(200, ControlPaging.answer(ctx.mapper, "FunctionEventInvokeConfigs", page.items(),
                page.nextMarker()));
    }

    private ApiResponse write(ApiRequest request, boolean replace) {
        ObjectNode body = ctx.body(request);
        new FieldFindings().range(body.get("MaximumRetryAttempts"), "maximumRetryAttempts", 0, 2)
                .range(body.get("MaximumEventAgeInSeconds"), "maximumEventAgeInSeconds", 60, 21_600).check();
        destinations.checkPatterns(body);
        FunctionRef ref = ref(request);
        String region = request.region();
        String arn = qualifiedArn(region, ref);
        ObjectNode config = ctx.store.write(tx -> {
            Target target = Target.resolve(Rows.of(tx), region, ref, (miss, a) -> functionMissing());
            ObjectNode current = tx.get(ControlRecords.EVENT_INVOKE_CONFIGS, target.key()).orElse(null);
            if (!replace && current == null) {
                throw noConfig(arn);
            }
            if (replace && !hasSetting(body)) {
                throw LambdaError.INVALID_PARAMETER_VALUE.withMessage(
                        "You must specify at least one of error handling or destination setting.");
            }
            ObjectNode next = replace ? ctx.mapper.createObjectNode() : current.deepCopy();
            next.put("FunctionArn", arn);
            for (String member : SETTINGS) {
                if (body.hasNonNull(member)) {
                    next.put(member, body.get(member).asInt());
                }
            }
            next.put("LastModified", ctx.clock.millis() / 1000.0);
            next.set("DestinationConfig", destinations.merged(body, next.path("DestinationConfig"), target));
            tx.put(ControlRecords.EVENT_INVOKE_CONFIGS, target.key(), next);
            return next;
        });
        return ctx.json(200, config);
    }

    private static boolean hasSetting(JsonNode body) {
        return body.hasNonNull(SETTINGS[0]) || body.hasNonNull(SETTINGS[1]) || body.hasNonNull("DestinationConfig");
    }

    private static FunctionRef ref(ApiRequest request) {
        new FieldFindings().pattern(request.query("Qualifier").orElse(null), "qualifier",
                PolicyOperations.QUALIFIER_PATTERN, 128).check();
        return FunctionRef.parse(request.pathParam("FunctionName"), request.query("Qualifier"), request.region());
    }

    /** AWS names the unqualified function as $LATEST in these answers. */
    private static String qualifiedArn(String region, FunctionRef ref) {
        return FunctionRef.arn(region, ref.name()) + ":" + (ref.qualifier() == null ? Target.LATEST : ref.qualifier());
    }

    /** $LATEST first, then versions by number, then aliases by name, as AWS lists them. */
    private static String order(String qualifier) {
        if (Target.LATEST.equals(qualifier)) {
            return "0";
        }
        return Target.isVersionNumber(qualifier) ? "1" + "%010d".formatted(Long.parseLong(qualifier)) : "2" + qualifier;
    }

    private static ApiException noConfig(String arn) {
        return LambdaError.RESOURCE_NOT_FOUND.withMessage("The function " + arn + " doesn't have an EventInvokeConfig");
    }

    private static ApiException functionMissing() {
        return LambdaError.RESOURCE_NOT_FOUND.withMessage("The function doesn't exist.");
    }
}
