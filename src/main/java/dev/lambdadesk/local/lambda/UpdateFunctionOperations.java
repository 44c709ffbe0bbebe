package dev.lambdadesk.local.lambda;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.core.Operation;
import dev.lambdadesk.local.http.ApiRequest;
import dev.lambdadesk.local.http.ApiResponse;
import dev.lambdadesk.local.signing.DeploymentVerdict;
import dev.lambdadesk.local.store.StagedBlob;

/**
 * UpdateFunctionCode and UpdateFunctionConfiguration: refused while the function is Pending or another update is
 * InProgress; otherwise $LATEST changes and reports LastUpdateStatus InProgress for the pending time.
 */
final class UpdateFunctionOperations {

    private final LambdaContext ctx;

    UpdateFunctionOperations(LambdaContext ctx) {
        this.ctx = ctx;
    }

    ApiResponse updateCode(ApiRequest request) throws IOException {
        ObjectNode body = ctx.body(request);
        String pathName = request.pathParam("FunctionName");
        ctx.validate(Operation.UPDATE_FUNCTION_CODE, body.deepCopy().put("FunctionName", pathName));
        String region = request.region();
        FunctionRef ref = unqualified(FunctionRef.parse(pathName, region));
        FunctionRecord current = ctx.requireFunction(region, ref);
        ctx.requireIdle(current);
        ctx.requireRevision(body, current.latest());
        if (current.isImage() != body.hasNonNull("ImageUri")) {
            throw LambdaError.INVALID_PARAMETER_VALUE.withMessage(current.isImage()
                    ? "Please provide ImageUri when updating a function with packageType Image."
                    : "Please don't provide ImageUri when updating a function with packageType Zip.");
        }
        ResolvedCode code = ctx.packages.resolve(body, region);
        DeploymentVerdict verdict = null;
        CodeSigningConfigRecord csc = ctx.codeSigningConfigOf(current);
        if (csc != null) {
            verdict = ctx.checkSigning(csc, code, current.arn());
        }
        ctx.layers.checkAttached(current.latest(), code.unzippedSize(), csc);
        ObjectNode config = current.latest().config().deepCopy();
        ctx.configs.applyCode(config, code, verdict, ctx.lastModifiedNow());
        if (body.hasNonNull("Architectures")) {
            config.set("Architectures", body.get("Architectures").deepCopy());
        }
        long now = ctx.clock.millis();
        if (body.path("DryRun").asBoolean(false)) {
            return ctx.json(200, ctx.view.configuration(current.latest().withConfig(config),
                    FunctionView.Phase.NOW));
        }
        StagedBlob blob = code.isImage() ? null : ctx.blobs.stage(code.zip(), code.sha256());
        FunctionVersion updated = new FunctionVersion(config, blob == null ? null : blob.id(), code.imageUri(),
                current.latest().readyAt(), now + ctx.pendingMillis);
        boolean publish = body.path("Publish").asBoolean(false);
        FunctionVersion published = commit(region, ref, body, updated, publish, blob);
        return publish ? ctx.json(200, ctx.view.configuration(published, FunctionView.Phase.CREATING))
                : ctx.json(200, ctx.view.configuration(updated, FunctionView.Phase.UPDATING));
    }

    ApiResponse updateConfiguration(ApiRequest request) throws IOException {
        ObjectNode body = ctx.body(request);
        String pathName = request.pathParam("FunctionName");
        ctx.validate(Operation.UPDATE_FUNCTION_CONFIGURATION, body.deepCopy().put("FunctionName", pathName));
        String region = request.region();
        FunctionRef ref = unqualified(FunctionRef.parse(pathName, region));
        FunctionRecord current = ctx.requireFunction(region, ref);
        if (body.hasNonNull("Role") && !ctx.roles.lambdaCanAssume(body.get("Role").asText())) {
            throw LambdaMessages.roleCannotBeAssumed();
        }
        List<LayerVersionRecord> layers = body.hasNonNull("Layers") ? ctx.layers.check(body.get("Layers"), region,
                () -> ctx.layers.unzippedSize(current.latest()), ctx.codeSigningConfigOf(current)) : null;
        ObjectNode config = current.latest().config().deepCopy();
        ctx.configs.applyMembers(config, body, region);
        if (layers != null) {
            ctx.layers.apply(config, layers);
        }
        config.put("LastModified", ctx.lastModifiedNow());
        FunctionVersion updated = new FunctionVersion(config, current.latest().codeBlob(),
                current.latest().imageUri(), current.latest().readyAt(), ctx.clock.millis() + ctx.pendingMillis);
        commit(region, ref, body, updated, false, null);
        return ctx.json(200, ctx.view.configuration(updated, FunctionView.Phase.UPDATING));
    }

    /** Stores the new $LATEST (and a published version) with its code, if new; returns the published version or null. */
    private FunctionVersion commit(String region, FunctionRef ref, ObjectNode body, FunctionVersion updated,
                                   boolean publish, StagedBlob code) {
        String key = LambdaRecords.functionKey(region, ref.name());
        return ctx.store.write(tx -> {
            FunctionRecord current = tx.get(LambdaRecords.FUNCTIONS, key)
                    .orElseThrow(() -> LambdaMessages.functionNotFound(FunctionRef.arn(region, ref.name())));
            ctx.requireIdle(current);
            ctx.requireRevision(body, current.latest());
            if (code != null) {
                tx.attach(code);
            }
            if (!publish) {
                tx.put(LambdaRecords.FUNCTIONS, key, current.withLatest(updated));
                return null;
            }
            int number = current.lastVersion() + 1;
            FunctionVersion version = Publishing.version(updated, region, ref.name(), number, null,
                    ctx.clock.millis() + ctx.pendingMillis);
            tx.put(LambdaRecords.FUNCTIONS, key, current.withPublished(updated, number,
                    Publishing.fingerprint(updated)));
            tx.put(LambdaRecords.VERSIONS, LambdaRecords.versionKey(region, ref.name(), number), version);
            return version;
        });
    }

    private static FunctionRef unqualified(FunctionRef ref) {
        return ref.unqualified(LambdaError.INVALID_PARAMETER_VALUE.withMessage(
                "Updating a published version or alias is not supported. Use the unqualified function name."));
    }
}
