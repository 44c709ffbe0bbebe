package dev.lambdadesk.local.lambda;

import java.io.IOException;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.core.Operation;
import dev.lambdadesk.local.http.ApiRequest;
import dev.lambdadesk.local.http.ApiResponse;
import dev.lambdadesk.local.http.Paging;

/** Create, Get, List, Update and Delete CodeSigningConfig. */
final class CodeSigningConfigOperations {

    private final LambdaContext ctx;

    CodeSigningConfigOperations(LambdaContext ctx) {
        this.ctx = ctx;
    }

    ApiResponse create(ApiRequest request) throws IOException {
        ObjectNode body = ctx.body(request);
        ctx.validate(Operation.CREATE_CODE_SIGNING_CONFIG, body);
        String id = "csc-" + UUID.randomUUID().toString().replace("-", "").substring(0, 17);
        String arn = prefix(request.region()) + id;
        CodeSigningConfigRecord csc = new CodeSigningConfigRecord(arn, id, body.path("Description").asText(""),
                ctx.texts(body.path("AllowedPublishers").get("SigningProfileVersionArns")),
                body.path("CodeSigningPolicies").path("UntrustedArtifactOnDeployment").asText("Warn"),
                ctx.lastModifiedNow(), ctx.tags(body.get("Tags")));
        ctx.store.write(tx -> {
            tx.put(LambdaRecords.CODE_SIGNING_CONFIGS, arn, csc);
            return null;
        });
        return ctx.json(201, wrapped(csc));
    }

    ApiResponse get(ApiRequest request) {
        return ctx.json(200, wrapped(require(request)));
    }

    ApiResponse list(ApiRequest request) {
        Paging.Page<CodeSigningConfigRecord> page;
        try {
            page = Paging.page(ctx.codeSigningConfigs.withPrefix(prefix(request.region())), request.query("Marker"),
                    FunctionQueries.pageSize(request));
        } catch (IllegalArgumentException e) {
            throw LambdaMessages.invalidMarker();
        }
        ObjectNode answer = ctx.mapper.createObjectNode();
        if (page.nextMarker() != null) {
            answer.put("NextMarker", page.nextMarker());
        }
        ArrayNode items = answer.putArray("CodeSigningConfigs");
        page.items().forEach(csc -> items.add(render(csc)));
        return ctx.json(200, answer);
    }

    ApiResponse update(ApiRequest request) throws IOException {
        ObjectNode body = ctx.body(request);
        String arn = request.pathParam("CodeSigningConfigArn");
        ctx.validate(Operation.UPDATE_CODE_SIGNING_CONFIG, body.deepCopy().put("CodeSigningConfigArn", arn));
        require(request);
        CodeSigningConfigRecord updated = ctx.store.write(tx -> {
            CodeSigningConfigRecord current = tx.get(LambdaRecords.CODE_SIGNING_CONFIGS, arn)
                    .orElseThrow(() -> LambdaMessages.codeSigningConfigNotFound(arn));
            JsonNode publishers = body.path("AllowedPublishers").get("SigningProfileVersionArns");
            CodeSigningConfigRecord next = new CodeSigningConfigRecord(arn, current.id(),
                    body.hasNonNull("Description") ? body.get("Description").asText() : current.description(),
                    publishers != null ? ctx.texts(publishers) : current.allowedPublishers(),
                    body.path("CodeSigningPolicies").path("UntrustedArtifactOnDeployment")
                            .asText(current.untrustedArtifactPolicy()),
                    ctx.lastModifiedNow(), current.tags());
            tx.put(LambdaRecords.CODE_SIGNING_CONFIGS, arn, next);
            return next;
        });
        return ctx.json(200, wrapped(updated));
    }

    ApiResponse delete(ApiRequest request) {
        String arn = require(request).arn();
        String region = request.region();
        ctx.store.write(tx -> {
            tx.get(LambdaRecords.CODE_SIGNING_CONFIGS, arn)
                    .orElseThrow(() -> LambdaMessages.codeSigningConfigNotFound(arn));
            boolean inUse = ctx.functions.withPrefix(LambdaRecords.regionPrefix(region)).values().stream()
                    .anyMatch(f -> arn.equals(f.codeSigningConfigArn()));
            if (inUse) {
                throw LambdaMessages.codeSigningConfigInUse(arn);
            }
            tx.delete(LambdaRecords.CODE_SIGNING_CONFIGS, arn);
            return null;
        });
        return ApiResponse.empty(204);
    }

    /** The config the path names, which must live in the request's region. */
    CodeSigningConfigRecord require(ApiRequest request) {
        String arn = request.pathParam("CodeSigningConfigArn");
        if (!arn.startsWith(prefix(request.region()))) {
            throw LambdaMessages.codeSigningConfigNotFound(arn);
        }
        return ctx.codeSigningConfigs.get(arn).orElseThrow(() -> LambdaMessages.codeSigningConfigNotFound(arn));
    }

    static String prefix(String region) {
        return "arn:aws:lambda:" + region + ":" + FunctionRef.ACCOUNT + ":code-signing-config:";
    }

    private ObjectNode wrapped(CodeSigningConfigRecord csc) {
        ObjectNode answer = ctx.mapper.createObjectNode();
        answer.set("CodeSigningConfig", render(csc));
        return answer;
    }

    private ObjectNode render(CodeSigningConfigRecord csc) {
        ObjectNode out = ctx.mapper.createObjectNode();
        out.put("CodeSigningConfigId", csc.id());
        out.put("CodeSigningConfigArn", csc.arn());
        out.put("Description", csc.description());
        ArrayNode publishers = out.putObject("AllowedPublishers").putArray("SigningProfileVersionArns");
        csc.allowedPublishers().forEach(publishers::add);
        out.putObject("CodeSigningPolicies").put("UntrustedArtifactOnDeployment", csc.untrustedArtifactPolicy());
        out.put("LastModified", csc.lastModified());
        return out;
    }
}
