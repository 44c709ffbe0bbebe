package dev.lambdadesk.local.lambda;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.core.Operation;
import dev.lambdadesk.local.http.ApiRequest;
import dev.lambdadesk.local.http.ApiResponse;
import dev.lambdadesk.local.http.Router;
import dev.lambdadesk.local.signing.SignatureBlock;
import dev.lambdadesk.local.signing.SignatureInspection;
import dev.lambdadesk.local.store.StagedBlob;
import dev.lambdadesk.local.store.Table;

/**
 * Lambda layers (REST-JSON under {@code /2018-10-31/layers}): PublishLayerVersion, GetLayerVersion,
 * GetLayerVersionByArn and DeleteLayerVersion here; listings in {@link LayerListings}, permissions in
 * {@link LayerPolicies}. Messages and codes as AWS answers them (LocalStack's AWS-validated snapshots).
 */
final class LayerOperations {

    static final String NOT_FOUND = "The resource you requested does not exist.";

    private final LambdaContext ctx;
    private final Table<LayerVersionRecord> versions;
    private final LayerView view;

    LayerOperations(LambdaContext ctx, CodeLocations locations) {
        this.ctx = ctx;
        ctx.store.table(LayerRecords.LAYERS);
        this.versions = ctx.store.table(LayerRecords.VERSIONS);
        this.view = new LayerView(ctx.mapper, locations);
    }

    /** Adds the layer routes to Lambda's router. */
    void addRoutes(Router router) {
        LayerListings listings = new LayerListings(ctx, versions, view);
        LayerPolicies policies = new LayerPolicies(ctx, versions);
        String layers = "/2018-10-31/layers";
        String versionsPath = layers + "/{LayerName}/versions";
        String version = versionsPath + "/{VersionNumber}";
        router.add("POST", versionsPath, "PublishLayerVersion", LambdaModule.MAX_CODE_REQUEST_BYTES, this::publish)
                .add("GET", versionsPath, "ListLayerVersions", listings::listVersions)
                .add("GET", layers, "ListLayers", request -> "LayerVersion".equals(request.query("find")
                        .orElse(null)) ? getByArn(request) : listings.listLayers(request))
                .add("GET", version, "GetLayerVersion", this::get)
                .add("DELETE", version, "DeleteLayerVersion", this::delete)
                .add("POST", version + "/policy", "AddLayerVersionPermission", policies::add)
                .add("GET", version + "/policy", "GetLayerVersionPolicy", policies::get)
                .add("DELETE", version + "/policy/{StatementId}", "RemoveLayerVersionPermission", policies::remove);
    }

    ApiResponse publish(ApiRequest request) throws IOException {
        ObjectNode body = ctx.body(request);
        String layerName = request.pathParam("LayerName");
        ctx.validate(Operation.PUBLISH_LAYER_VERSION, body.deepCopy().put("LayerName", layerName));
        String region = request.region();
        String name = LayerArns.layer(layerName, region).name();
        ResolvedCode code = ctx.packages.resolve(body.path("Content"), region);
        if (code.isImage()) {
            throw LambdaError.INVALID_PARAMETER_VALUE.withMessage("Please provide a source for layer code.");
        }
        SignatureInspection signature = ctx.signing.inspect(code.zip());
        Optional<SignatureBlock> signer = signature.isValid() ? signature.signatureBlock() : Optional.empty();
        StagedBlob blob = ctx.blobs.stage(code.zip(), code.sha256());
        String created = ctx.lastModifiedNow();
        String layerKey = LambdaRecords.functionKey(region, name);
        LayerVersionRecord published = ctx.store.write(tx -> {
            long number = tx.get(LayerRecords.LAYERS, layerKey).map(LayerRecord::lastVersion).orElse(0L) + 1;
            LayerVersionRecord v = new LayerVersionRecord(region, name, number, body.path("Description").asText(""),
                    texts(body.get("CompatibleRuntimes")), texts(body.get("CompatibleArchitectures")),
                    body.hasNonNull("LicenseInfo") ? body.get("LicenseInfo").asText() : null, created,
                    code.codeSha256(), code.size(), code.unzippedSize(), blob.id(),
                    signer.map(SignatureBlock::profileVersionArn).orElse(null),
                    signer.map(SignatureBlock::jobArn).orElse(null), null);
            tx.put(LayerRecords.LAYERS, layerKey, new LayerRecord(region, name, number));
            tx.put(LayerRecords.VERSIONS, LayerRecords.versionKey(region, name, number), v);
            tx.attach(blob);
            return v;
        });
        return ctx.json(201, view.version(published));
    }

    ApiResponse get(ApiRequest request) {
        LayerArns.VersionRef layer = layerOf(ctx, request);
        long number = LayerArns.versionNumber(request.pathParam("VersionNumber"));
        return ctx.json(200, view.version(find(layer.region(), layer.name(), number, layer.local())
                .orElseThrow(() -> LambdaError.RESOURCE_NOT_FOUND.withMessage(NOT_FOUND))));
    }

    ApiResponse getByArn(ApiRequest request) {
        String arn = request.query("Arn").orElse(null);
        if (arn == null || !LayerArns.isVersionArn(arn)) {
            throw LambdaError.VALIDATION.withMessage("1 validation error detected: Value "
                    + (arn == null ? "null at 'arn' failed to satisfy constraint: Member must not be null"
                    : "'" + arn + "' at 'arn' failed to satisfy constraint: Member must satisfy regular expression "
                    + "pattern: " + LayerArns.VERSION_ARN_PATTERN));
        }
        LayerVersionRecord found = LayerArns.parseVersion(arn)
                .flatMap(ref -> find(ref.region(), ref.name(), ref.version(), ref.local()))
                .orElseThrow(() -> LambdaError.RESOURCE_NOT_FOUND.withMessage(NOT_FOUND));
        return ctx.json(200, view.version(found));
    }

    /** Deleting is idempotent: a missing layer or version answers 204 as a deleted one does. */
    ApiResponse delete(ApiRequest request) {
        LayerArns.VersionRef layer = layerOf(ctx, request);
        long number = LayerArns.versionNumber(request.pathParam("VersionNumber"));
        if (layer.local() && find(layer.region(), layer.name(), number, true).isPresent()) {
            String key = LayerRecords.versionKey(layer.region(), layer.name(), number);
            ctx.store.write(tx -> {
                tx.delete(LayerRecords.VERSIONS, key);
                return null;
            });
        }
        return ApiResponse.empty(204);
    }

    /** The LayerName path parameter, checked with the rules every layer operation shares. */
    static LayerArns.VersionRef layerOf(LambdaContext ctx, ApiRequest request) {
        String layerName = request.pathParam("LayerName");
        ctx.validate(Operation.LIST_LAYER_VERSIONS, ctx.mapper.createObjectNode().put("LayerName", layerName));
        return LayerArns.layer(layerName, request.region());
    }

    private Optional<LayerVersionRecord> find(String region, String name, long number, boolean local) {
        return local ? versions.get(LayerRecords.versionKey(region, name, number)) : Optional.empty();
    }

    private List<String> texts(JsonNode array) {
        return array == null || array.isNull() ? null : ctx.texts(array);
    }
}
