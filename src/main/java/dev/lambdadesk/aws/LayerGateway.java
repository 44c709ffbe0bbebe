package dev.lambdadesk.aws;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.GetLayerVersionByArnResponse;
import software.amazon.awssdk.services.lambda.model.LayerVersionContentOutput;
import software.amazon.awssdk.services.lambda.model.LayerVersionsListItem;
import software.amazon.awssdk.services.lambda.model.LayersListItem;
import software.amazon.awssdk.services.lambda.model.PublishLayerVersionRequest;
import software.amazon.awssdk.services.lambda.model.PublishLayerVersionResponse;

import dev.lambdadesk.core.LayerVersionInfo;

/**
 * Lambda layer calls in the project's own types. Requests are taken as AWS CLI input JSON, as the forms validate
 * them. Blocking: call it off the FX thread. SDK exceptions propagate; explain them with {@link AwsErrorExplainer}.
 */
public final class LayerGateway {

    private final AwsClients clients;

    public LayerGateway(AwsClients clients) {
        this.clients = clients;
    }

    private LambdaClient lambda() {
        return clients.lambda();
    }

    /** Publishes a version from PublishLayerVersion CLI input (LayerName, Content with ZipFile or S3 location...). */
    public LayerVersionInfo publish(JsonNode cliInput) {
        PublishLayerVersionRequest request = SdkJson.build(PublishLayerVersionRequest::builder, cliInput);
        PublishLayerVersionResponse r = lambda().publishLayerVersion(request);
        return new LayerVersionInfo(nameOf(r.layerArn()), r.layerArn(), r.layerVersionArn(), r.version(),
                r.description(), r.createdDate(), r.compatibleRuntimesAsStrings(),
                r.compatibleArchitecturesAsStrings(), r.licenseInfo(), contentOf(r.content()));
    }

    /** Each layer with its newest version declaring the runtime and architecture (each filter optional). */
    public List<LayerVersionInfo> layers(Optional<String> runtime, Optional<String> architecture) {
        List<LayerVersionInfo> out = new ArrayList<>();
        for (LayersListItem layer : lambda().listLayersPaginator(b -> b.compatibleRuntime(runtime.orElse(null))
                .compatibleArchitecture(architecture.orElse(null))).layers()) {
            out.add(infoOf(layer.layerName(), layer.layerArn(), layer.latestMatchingVersion()));
        }
        return out;
    }

    /** A layer's versions, newest first. */
    public List<LayerVersionInfo> versions(String layerName) {
        List<LayerVersionInfo> out = new ArrayList<>();
        for (LayerVersionsListItem v : lambda().listLayerVersionsPaginator(b -> b.layerName(layerName))
                .layerVersions()) {
            out.add(infoOf(layerName, layerArnOf(v.layerVersionArn()), v));
        }
        return out;
    }

    /** One version with its package (download URL, size, SHA-256, signer). */
    public LayerVersionInfo get(String layerVersionArn) {
        GetLayerVersionByArnResponse r = lambda().getLayerVersionByArn(b -> b.arn(layerVersionArn));
        return new LayerVersionInfo(nameOf(r.layerArn()), r.layerArn(), r.layerVersionArn(), r.version(),
                r.description(), r.createdDate(), r.compatibleRuntimesAsStrings(),
                r.compatibleArchitecturesAsStrings(), r.licenseInfo(), contentOf(r.content()));
    }

    /** Deletes a version; its number is never used again, and functions using it keep it. */
    public void delete(String layerName, long version) {
        lambda().deleteLayerVersion(b -> b.layerName(layerName).versionNumber(version));
    }

    private static LayerVersionInfo infoOf(String name, String layerArn, LayerVersionsListItem v) {
        return new LayerVersionInfo(name, layerArn, v.layerVersionArn(), v.version(), v.description(),
                v.createdDate(), v.compatibleRuntimesAsStrings(), v.compatibleArchitecturesAsStrings(),
                v.licenseInfo(), Optional.empty());
    }

    private static Optional<LayerVersionInfo.Content> contentOf(LayerVersionContentOutput c) {
        return c == null ? Optional.empty() : Optional.of(new LayerVersionInfo.Content(
                c.codeSize() == null ? 0 : c.codeSize(), c.codeSha256(), c.location(),
                Optional.ofNullable(c.signingProfileVersionArn()), Optional.ofNullable(c.signingJobArn())));
    }

    /** {@code arn:aws:lambda:us-east-1:123456789012:layer:name} → {@code name}. */
    static String nameOf(String layerArn) {
        return layerArn.substring(layerArn.lastIndexOf(':') + 1);
    }

    private static String layerArnOf(String layerVersionArn) {
        return layerVersionArn.substring(0, layerVersionArn.lastIndexOf(':'));
    }
}
