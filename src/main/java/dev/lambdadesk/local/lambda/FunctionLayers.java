package dev.lambdadesk.local.lambda;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.local.store.BlobStore;
import dev.lambdadesk.local.store.DurableStore;
import dev.lambdadesk.local.store.Table;

/**
 * A function's layers on deploy, in AWS's order: same region, one version per layer, each version exists, function
 * plus layers within the unzipped size limit, and, under a code signing configuration, each layer verified like the
 * function's code (the refusal names the layer version ARN). FunctionConfiguration.Layers reports what was found.
 */
final class FunctionLayers {

    private final Table<LayerVersionRecord> versions;
    private final BlobStore blobs;
    private final CodeSigningVerification signing;

    FunctionLayers(DurableStore store, BlobStore blobs, CodeSigningVerification signing) {
        this.versions = store.table(LayerRecords.VERSIONS);
        this.blobs = blobs;
        this.signing = signing;
    }

    /**
     * The layer versions a CreateFunction or UpdateFunctionConfiguration request names, checked with the function's
     * unzipped size and, when {@code csc} is not null, verified under it.
     */
    List<LayerVersionRecord> check(JsonNode arns, String region, LongSupplier functionUnzipped,
                                   CodeSigningConfigRecord csc) {
        List<LayerVersionRecord> layers = resolve(arns, region);
        if (!layers.isEmpty()) {
            checkSize(functionUnzipped.getAsLong(), layers);
        }
        verify(csc, layers);
        return layers;
    }

    /** UpdateFunctionCode: the function's layers (those not deleted since) against its new code. */
    void checkAttached(FunctionVersion function, long functionUnzipped, CodeSigningConfigRecord csc) {
        List<LayerVersionRecord> layers = new ArrayList<>();
        for (JsonNode layer : function.config().path("Layers")) {
            LayerArns.parseVersion(layer.path("Arn").asText()).flatMap(this::find).ifPresent(layers::add);
        }
        checkSize(functionUnzipped, layers);
        verify(csc, layers);
    }

    /** Sets the configuration's Layers to what the request named; none removes the member. */
    void apply(ObjectNode config, List<LayerVersionRecord> layers) {
        if (layers.isEmpty()) {
            config.remove("Layers");
            return;
        }
        ArrayNode out = config.putArray("Layers");
        for (LayerVersionRecord layer : layers) {
            ObjectNode item = out.addObject().put("Arn", layer.arn()).put("CodeSize", layer.codeSize());
            if (layer.signingProfileVersionArn() != null) {
                item.put("SigningProfileVersionArn", layer.signingProfileVersionArn())
                        .put("SigningJobArn", layer.signingJobArn());
            }
        }
    }

    /** The unzipped size of a stored function's code, read from its blob (0 for an image). */
    long unzippedSize(FunctionVersion function) {
        return function.codeBlob() == null ? 0 : DeploymentPackages.unzippedSize(read(function.codeBlob()));
    }

    private List<LayerVersionRecord> resolve(JsonNode arns, String region) {
        List<LayerVersionRecord> layers = new ArrayList<>();
        if (arns == null || !arns.isArray()) {
            return layers;
        }
        List<String> given = new ArrayList<>();
        arns.forEach(arn -> given.add(arn.asText()));
        Map<String, String> firstOfLayer = new HashMap<>();
        for (String arn : given) {
            Optional<LayerArns.VersionRef> ref = LayerArns.parseVersion(arn);
            if (ref.isPresent() && !ref.get().region().equals(region)) {
                throw LambdaError.INVALID_PARAMETER_VALUE.withMessage("Layers are not in the same region as the "
                        + "function. Layers are expected to be in region " + region + ".");
            }
            String layer = ref.map(r -> r.account() + ":" + r.name()).orElse(arn);
            String first = firstOfLayer.putIfAbsent(layer, arn);
            if (first != null) {
                throw LambdaError.INVALID_PARAMETER_VALUE.withMessage("Two different versions of the same layer are "
                        + "not allowed to be referenced in the same function. " + first + " and " + arn
                        + " are versions of the same layer.");
            }
        }
        for (String arn : given) {
            layers.add(LayerArns.parseVersion(arn).flatMap(this::find).orElseThrow(() ->
                    LambdaError.INVALID_PARAMETER_VALUE.withMessage("Layer version " + arn + " does not exist.")));
        }
        return layers;
    }

    private Optional<LayerVersionRecord> find(LayerArns.VersionRef ref) {
        return ref.local() ? versions.get(LayerRecords.versionKey(ref.region(), ref.name(), ref.version()))
                : Optional.empty();
    }

    private static void checkSize(long functionUnzipped, List<LayerVersionRecord> layers) {
        long total = functionUnzipped + layers.stream().mapToLong(LayerVersionRecord::unzippedSize).sum();
        if (!layers.isEmpty() && total > DeploymentPackages.MAX_UNZIPPED_BYTES) {
            throw LambdaError.INVALID_PARAMETER_VALUE.withMessage("Function code combined with layers exceeds the "
                    + "maximum allowed size of " + DeploymentPackages.MAX_UNZIPPED_BYTES + " bytes. The actual size "
                    + "is " + total + " bytes.");
        }
    }

    private void verify(CodeSigningConfigRecord csc, List<LayerVersionRecord> layers) {
        if (csc != null) {
            layers.forEach(layer -> signing.verify(read(layer.codeBlob()), csc, layer.arn()));
        }
    }

    private byte[] read(String blob) {
        try {
            return blobs.read(blob).orElseThrow(() -> new IllegalStateException("Missing code blob " + blob));
        } catch (IOException e) {
            throw new UncheckedIOException("Reading code blob " + blob + " failed", e);
        }
    }
}
