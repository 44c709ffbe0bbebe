package dev.lambdadesk.local.lambda;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.core.Operation;
import dev.lambdadesk.local.http.ApiRequest;
import dev.lambdadesk.local.http.ApiResponse;
import dev.lambdadesk.local.signing.DeploymentVerdict;
import dev.lambdadesk.local.store.StagedBlob;

/** CreateFunction: validates, stores the package, and creates $LATEST (and version 1 with Publish) as Pending. */
final class CreateFunctionOperation {

    private final LambdaContext ctx;

    CreateFunctionOperation(LambdaContext ctx) {
        this.ctx = ctx;
    }

    ApiResponse handle(ApiRequest request) throws IOException {
        ObjectNode body = ctx.body(request);
        ctx.validate(Operation.CREATE_FUNCTION, body);
        String region = request.region();
        String name = FunctionRef.parse(body.path("FunctionName").asText(""), region).name();
        String arn = FunctionRef.arn(region, name);
        if (!ctx.roles.lambdaCanAssume(body.path("Role").asText(""))) {
            throw LambdaMessages.roleCannotBeAssumed();
        }
        ResolvedCode code = ctx.packages.resolve(body.path("Code"), region);
        String cscArn = body.path("CodeSigningConfigArn").asText("");
        DeploymentVerdict verdict = null;
        CodeSigningConfigRecord csc = null;
        if (!cscArn.isEmpty()) {
            if (code.isImage() || "Image".equals(body.path("PackageType").asText())) {
                throw LambdaMessages.imageWithCodeSigning();
            }
            csc = ctx.codeSigningConfigs.get(cscArn)
                    .orElseThrow(() -> LambdaMessages.codeSigningConfigMissingForDeploy(cscArn));
            verdict = ctx.checkSigning(csc, code, arn);
        }
        List<LayerVersionRecord> layers = ctx.layers.check(body.get("Layers"), region, code::unzippedSize, csc);
        StagedBlob blob = code.isImage() ? null : ctx.blobs.stage(code.zip(), code.sha256());
        long now = ctx.clock.millis();
        ObjectNode config = ctx.configs.create(region, name, body, code, verdict, ctx.lastModifiedNow());
        ctx.layers.apply(config, layers);
        FunctionVersion latest = new FunctionVersion(config, blob == null ? null : blob.id(), code.imageUri(),
                now + ctx.pendingMillis, 0);
        Map<String, String> tags = ctx.tags(body.get("Tags"));
        boolean publish = body.path("Publish").asBoolean(false);
        FunctionRecord function = publish
                ? new FunctionRecord(region, name, cscArn.isEmpty() ? null : cscArn, tags, latest, 1,
                Publishing.fingerprint(latest))
                : new FunctionRecord(region, name, cscArn.isEmpty() ? null : cscArn, tags, latest, 0, null);
        String key = LambdaRecords.functionKey(region, name);
        ctx.store.write(tx -> {
            if (tx.get(LambdaRecords.FUNCTIONS, key).isPresent()) {
                throw LambdaMessages.functionExists(name);
            }
            tx.put(LambdaRecords.FUNCTIONS, key, function);
            if (blob != null) {
                tx.attach(blob);
            }
            if (publish) {
                tx.put(LambdaRecords.VERSIONS, LambdaRecords.versionKey(region, name, 1),
                        Publishing.version(latest, region, name, 1, null, now + ctx.pendingMillis));
            }
            return function;
        });
        ObjectNode answer = ctx.view.configuration(latest, FunctionView.Phase.CREATING);
        if (publish) {
            answer.put("Version", "1");
        }
        return ctx.json(201, answer);
    }
}
