package dev.lambdadesk.local.lambda;

import java.io.IOException;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.local.http.ApiRequest;
import dev.lambdadesk.local.http.ApiResponse;
import dev.lambdadesk.local.http.Paging;

/** Put/Get/Delete FunctionCodeSigningConfig and ListFunctionsByCodeSigningConfig. */
final class FunctionCodeSigningOperations {

    private final LambdaContext ctx;
    private final CodeSigningConfigOperations configs;

    FunctionCodeSigningOperations(LambdaContext ctx, CodeSigningConfigOperations configs) {
        this.ctx = ctx;
        this.configs = configs;
    }

    ApiResponse put(ApiRequest request) throws IOException {
        ObjectNode body = ctx.body(request);
        String region = request.region();
        String cscArn = body.path("CodeSigningConfigArn").asText("");
        if (ctx.codeSigningConfigs.get(cscArn).isEmpty()
                || !cscArn.startsWith(CodeSigningConfigOperations.prefix(region))) {
            throw LambdaMessages.codeSigningConfigMissingForDeploy(cscArn);
        }
        FunctionRef ref = FunctionRef.parse(request.pathParam("FunctionName"), region);
        String key = LambdaRecords.functionKey(region, ref.name());
        ctx.store.write(tx -> {
            FunctionRecord function = tx.get(LambdaRecords.FUNCTIONS, key)
                    .orElseThrow(() -> LambdaMessages.functionNotFound(FunctionRef.arn(region, ref.name())));
            if (function.isImage()) {
                throw LambdaMessages.imageWithCodeSigning();
            }
            if (tx.get(LambdaRecords.CODE_SIGNING_CONFIGS, cscArn).isEmpty()) {
                throw LambdaMessages.codeSigningConfigMissingForDeploy(cscArn);
            }
            tx.put(LambdaRecords.FUNCTIONS, key, function.withCodeSigningConfig(cscArn));
            return null;
        });
        ObjectNode answer = ctx.mapper.createObjectNode();
        answer.put("CodeSigningConfigArn", cscArn).put("FunctionName", ref.name());
        return ctx.json(200, answer);
    }

    ApiResponse get(ApiRequest request) {
        String region = request.region();
        FunctionRef ref = FunctionRef.parse(request.pathParam("FunctionName"), region);
        FunctionRecord function = ctx.requireFunction(region, ref);
        if (function.isImage()) {
            throw LambdaMessages.imageWithCodeSigning();
        }
        ObjectNode answer = ctx.mapper.createObjectNode();
        if (function.codeSigningConfigArn() != null) {
            answer.put("CodeSigningConfigArn", function.codeSigningConfigArn()).put("FunctionName", ref.name());
        }
        return ctx.json(200, answer);
    }

    ApiResponse delete(ApiRequest request) {
        String region = request.region();
        FunctionRef ref = FunctionRef.parse(request.pathParam("FunctionName"), region);
        String key = LambdaRecords.functionKey(region, ref.name());
        ctx.store.write(tx -> {
            FunctionRecord function = tx.get(LambdaRecords.FUNCTIONS, key)
                    .orElseThrow(() -> LambdaMessages.functionNotFound(FunctionRef.arn(region, ref.name())));
            if (function.codeSigningConfigArn() != null) {
                tx.put(LambdaRecords.FUNCTIONS, key, function.withCodeSigningConfig(null));
            }
            return null;
        });
        return ApiResponse.empty(204);
    }

    ApiResponse listFunctions(ApiRequest request) {
        String arn = configs.require(request).arn();
        NavigableMap<String, String> functionArns = new TreeMap<>();
        ctx.functions.withPrefix(LambdaRecords.regionPrefix(request.region())).forEach((key, function) -> {
            if (arn.equals(function.codeSigningConfigArn())) {
                functionArns.put(key, function.arn());
            }
        });
        Paging.Page<String> page;
        try {
            page = Paging.page(functionArns, request.query("Marker"), FunctionQueries.pageSize(request));
        } catch (IllegalArgumentException e) {
            throw LambdaMessages.invalidMarker();
        }
        ObjectNode answer = ctx.mapper.createObjectNode();
        if (page.nextMarker() != null) {
            answer.put("NextMarker", page.nextMarker());
        }
        ArrayNode items = answer.putArray("FunctionArns");
        List.copyOf(page.items()).forEach(items::add);
        return ctx.json(200, answer);
    }
}
