package dev.lambdadesk.local.lambda;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.NavigableMap;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.local.http.ApiException;
import dev.lambdadesk.local.http.ApiRequest;
import dev.lambdadesk.local.http.ApiResponse;
import dev.lambdadesk.local.http.Paging;

/**
 * CreateFunctionUrlConfig, GetFunctionUrlConfig, UpdateFunctionUrlConfig, DeleteFunctionUrlConfig and
 * ListFunctionUrlConfigs. The URL is reported as AWS forms it; the local endpoint does not serve it.
 */
final class FunctionUrlOperations {

    private static final String QUALIFIER_PATTERN = "((?!^\\d+$)^[0-9a-zA-Z-_]+$)";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final String[] CORS_MEMBERS = {"AllowCredentials", "AllowHeaders", "AllowMethods", "AllowOrigins",
        "ExposeHeaders", "MaxAge"};

    private final LambdaContext ctx;

    FunctionUrlOperations(LambdaContext ctx) {
        this.ctx = ctx;
    }

    ApiResponse create(ApiRequest request) {
        ObjectNode body = ctx.body(request);
        checkMembers(body, true);
        String region = request.region();
        FunctionRef ref = ref(request);
        ObjectNode config = ctx.store.write(tx -> {
            Target target = Target.resolve(Rows.of(tx), region, ref, (miss, arn) -> functionMissing());
            if (tx.get(ControlRecords.URL_CONFIGS, target.key()).isPresent()) {
                throw LambdaError.RESOURCE_CONFLICT.withMessage("Failed to create function url config for "
                        + "[functionArn = " + target.arn() + "]. Error message:  FunctionUrlConfig exists for this "
                        + "Lambda function");
            }
            String now = TIME.format(ctx.clock.instant());
            ObjectNode created = ctx.mapper.createObjectNode()
                    .put("FunctionUrl", "https://" + UUID.randomUUID().toString().replace("-", "")
                            + ".lambda-url." + region + ".on.aws/")
                    .put("FunctionArn", target.arn())
                    .put("AuthType", body.get("AuthType").asText())
                    .put("CreationTime", now).put("LastModifiedTime", now)
                    .put("InvokeMode", body.path("InvokeMode").asText("BUFFERED"));
            copyCors(body, created);
            tx.put(ControlRecords.URL_CONFIGS, target.key(), created);
            return created;
        });
        ObjectNode answer = config.deepCopy();
        answer.remove("LastModifiedTime");
        if (!body.hasNonNull("InvokeMode")) {
            answer.remove("InvokeMode");
        }
        return ctx.json(201, answer);
    }

    ApiResponse get(ApiRequest request) {
        FunctionRef ref = ref(request);
        Target target = Target.resolve(Rows.live(ctx.store), request.region(), ref, (miss, arn) -> resourceMissing());
        return ctx.json(200, ctx.store.table(ControlRecords.URL_CONFIGS).get(target.key())
                .orElseThrow(FunctionUrlOperations::resourceMissing));
    }

    ApiResponse update(ApiRequest request) {
        ObjectNode body = ctx.body(request);
        checkMembers(body, false);
        FunctionRef ref = ref(request);
        ObjectNode updated = ctx.store.write(tx -> {
            Target target = Target.resolve(Rows.of(tx), request.region(), ref, (miss, arn) -> functionMissing());
            ObjectNode next = tx.get(ControlRecords.URL_CONFIGS, target.key())
                    .orElseThrow(FunctionUrlOperations::resourceMissing).deepCopy();
            for (String member : new String[] {"AuthType", "InvokeMode"}) {
                if (body.hasNonNull(member)) {
                    next.put(member, body.get(member).asText());
                }
            }
            if (body.has("Cors")) {
                next.remove("Cors");
                copyCors(body, next);
            }
            next.put("LastModifiedTime", TIME.format(ctx.clock.instant()));
            tx.put(ControlRecords.URL_CONFIGS, target.key(), next);
            return next;
        });
        ObjectNode answer = updated.deepCopy();
        if (!body.hasNonNull("InvokeMode")) {
            answer.remove("InvokeMode");
        }
        return ctx.json(200, answer);
    }

    ApiResponse delete(ApiRequest request) {
        FunctionConfigRows.delete(ctx, ControlRecords.URL_CONFIGS, request.region(), ref(request),
                FunctionUrlOperations::resourceMissing);
        return ApiResponse.empty(204);
    }

    ApiResponse list(ApiRequest request) {
        int size = ListLimits.pageSize(request, 50);
        NavigableMap<String, ObjectNode> rows = ctx.store.table(ControlRecords.URL_CONFIGS)
                .withPrefix(FunctionConfigRows.listedPrefix(ctx, request, FunctionUrlOperations::functionMissing));
        Paging.Page<ObjectNode> page = ControlPaging.page(rows, request, size);
        return ctx.json(200, ControlPaging.answer(ctx.mapper, "FunctionUrlConfigs", page.items(), page.nextMarker()));
    }

    private static FunctionRef ref(ApiRequest request) {
        new FieldFindings().pattern(request.query("Qualifier").orElse(null), "qualifier", QUALIFIER_PATTERN, 128)
                .check();
        return FunctionRef.parse(request.pathParam("FunctionName"), request.query("Qualifier"), request.region());
    }

    private static void checkMembers(JsonNode body, boolean create) {
        FieldFindings findings = new FieldFindings();
        if (create) {
            findings.required(body.get("AuthType"), "authType");
        }
        findings.pattern(body.path("AuthType").asText(null), "authType", "NONE|AWS_IAM", 16)
                .pattern(body.path("InvokeMode").asText(null), "invokeMode", "BUFFERED|RESPONSE_STREAM", 16).check();
    }

    private static void copyCors(JsonNode body, ObjectNode to) {
        JsonNode cors = body.get("Cors");
        if (cors != null && cors.isObject()) {
            ObjectNode kept = to.putObject("Cors");
            for (String member : CORS_MEMBERS) {
                if (cors.has(member)) {
                    kept.set(member, cors.get(member));
                }
            }
        }
    }

    private static ApiException functionMissing() {
        return LambdaError.RESOURCE_NOT_FOUND.withMessage("Function does not exist");
    }

    private static ApiException resourceMissing() {
        return LambdaError.RESOURCE_NOT_FOUND.withMessage("The resource you requested does not exist.");
    }
}
