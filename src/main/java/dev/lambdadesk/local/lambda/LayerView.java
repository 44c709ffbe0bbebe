package dev.lambdadesk.local.lambda;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Renders stored layer versions as the API's GetLayerVersionResponse and LayerVersionsListItem, in model order. */
final class LayerView {

    private final ObjectMapper mapper;
    private final CodeLocations locations;

    LayerView(ObjectMapper mapper, CodeLocations locations) {
        this.mapper = mapper;
        this.locations = locations;
    }

    /** PublishLayerVersion's and GetLayerVersion's answer, with a presigned download URL for the content. */
    ObjectNode version(LayerVersionRecord v) {
        ObjectNode out = mapper.createObjectNode();
        ObjectNode content = out.putObject("Content");
        content.put("Location", locations.location(v.region(), v.codeBlob()));
        content.put("CodeSha256", v.codeSha256());
        content.put("CodeSize", v.codeSize());
        if (v.signingProfileVersionArn() != null) {
            content.put("SigningProfileVersionArn", v.signingProfileVersionArn());
            content.put("SigningJobArn", v.signingJobArn());
        }
        out.put("LayerArn", v.layerArn());
        return describe(out, v);
    }

    /** A ListLayerVersions item, or a ListLayers item's LatestMatchingVersion. */
    ObjectNode listItem(LayerVersionRecord v) {
        return describe(mapper.createObjectNode(), v);
    }

    /** A ListLayers item: the layer and its newest version that matches the filters. */
    ObjectNode layerItem(LayerVersionRecord latestMatching) {
        ObjectNode out = mapper.createObjectNode();
        out.put("LayerName", latestMatching.layerName());
        out.put("LayerArn", latestMatching.layerArn());
        out.set("LatestMatchingVersion", listItem(latestMatching));
        return out;
    }

    /** The members a version and a list item share. */
    private static ObjectNode describe(ObjectNode out, LayerVersionRecord v) {
        out.put("LayerVersionArn", v.arn());
        out.put("Description", v.description());
        out.put("CreatedDate", v.createdDate());
        out.put("Version", v.version());
        strings(out, "CompatibleRuntimes", v.compatibleRuntimes());
        if (v.licenseInfo() != null) {
            out.put("LicenseInfo", v.licenseInfo());
        }
        strings(out, "CompatibleArchitectures", v.compatibleArchitectures());
        return out;
    }

    private static void strings(ObjectNode out, String member, List<String> values) {
        if (values != null) {
            values.forEach(out.putArray(member)::add);
        }
    }
}
