package dev.lambdadesk.local.lambda;

import java.util.List;

/**
 * One published layer version as stored.
 *
 * @param compatibleRuntimes       as published; null when the request left them out (AWS then omits them)
 * @param compatibleArchitectures  as published; null when the request left them out
 * @param licenseInfo              or null
 * @param createdDate              Lambda's timestamp text
 * @param codeSha256               base64 SHA-256 of the zip
 * @param unzippedSize             the bytes the zip inflates to, for the function-plus-layers limit
 * @param codeBlob                 the hex SHA-256 id of the zip in the blob store
 * @param signingProfileVersionArn from an authentic signature in the zip, else null
 * @param signingJobArn            from an authentic signature in the zip, else null
 * @param policy                   its resource policy, or null before the first AddLayerVersionPermission
 */
record LayerVersionRecord(String region, String layerName, long version, String description,
                          List<String> compatibleRuntimes, List<String> compatibleArchitectures, String licenseInfo,
                          String createdDate, String codeSha256, long codeSize, long unzippedSize, String codeBlob,
                          String signingProfileVersionArn, String signingJobArn, LayerPolicy policy) {

    LayerVersionRecord {
        compatibleRuntimes = compatibleRuntimes == null ? null : List.copyOf(compatibleRuntimes);
        compatibleArchitectures = compatibleArchitectures == null ? null : List.copyOf(compatibleArchitectures);
    }

    String layerArn() {
        return LayerArns.layerArn(region, layerName);
    }

    String arn() {
        return LayerArns.versionArn(region, layerName, version);
    }

    /** Whether this version declares the runtime and architecture a listing filters by (null: no filter). */
    boolean matches(String runtime, String architecture) {
        return (runtime == null || compatibleRuntimes != null && compatibleRuntimes.contains(runtime))
                && (architecture == null || compatibleArchitectures != null
                && compatibleArchitectures.contains(architecture));
    }

    LayerVersionRecord withPolicy(LayerPolicy newPolicy) {
        return new LayerVersionRecord(region, layerName, version, description, compatibleRuntimes,
                compatibleArchitectures, licenseInfo, createdDate, codeSha256, codeSize, unzippedSize, codeBlob,
                signingProfileVersionArn, signingJobArn, newPolicy);
    }
}
