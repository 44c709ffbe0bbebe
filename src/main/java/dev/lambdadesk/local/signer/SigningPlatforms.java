package dev.lambdadesk.local.signer;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The signing platforms the endpoint offers, as AWS describes them: code signing for Lambda (zip packages, signed
 * by StartSigningJob) and Notation for container images (signed by the Notation CLI, not by signing jobs).
 */
final class SigningPlatforms {

    static final String LAMBDA = "AWSLambda-SHA384-ECDSA";
    static final String NOTATION = "Notation-OCI-SHA384-ECDSA";

    /**
     * One platform.
     *
     * @param maxSizeInMB     the largest payload it signs
     * @param imageFormat     its only (and default) signing image format
     * @param signsS3Objects  whether StartSigningJob can use it
     */
    record Platform(String platformId, String displayName, String partner, String target, String category,
                    int maxSizeInMB, String imageFormat, boolean revocationSupported, boolean signsS3Objects) {
    }

    private static final List<Platform> ALL = List.of(
            new Platform(LAMBDA, "AWS Lambda", "AWSLambda", "SHA384-ECDSA", "AWS", 250, "JSONDetached", true, true),
            new Platform(NOTATION, "Notation for container registries", "AWSSigner", "SHA384-ECDSA", "AWS", 2048,
                    "JSONEmbedded", true, false));

    private SigningPlatforms() {
    }

    static List<Platform> all() {
        return ALL;
    }

    static Optional<Platform> find(String platformId) {
        return ALL.stream().filter(p -> p.platformId().equals(platformId)).findFirst();
    }

    static String displayName(String platformId) {
        return find(platformId).map(Platform::displayName).orElse(platformId);
    }

    /** The platform as GetSigningPlatform and ListSigningPlatforms describe it. */
    static ObjectNode describe(Platform platform, ObjectMapper mapper) {
        ObjectNode node = mapper.createObjectNode()
                .put("platformId", platform.platformId())
                .put("displayName", platform.displayName())
                .put("partner", platform.partner())
                .put("target", platform.target())
                .put("category", platform.category());
        ObjectNode configuration = node.putObject("signingConfiguration");
        ObjectNode encryption = configuration.putObject("encryptionAlgorithmOptions");
        encryption.putArray("allowedValues").add("ECDSA");
        encryption.put("defaultValue", "ECDSA");
        ObjectNode hash = configuration.putObject("hashAlgorithmOptions");
        hash.putArray("allowedValues").add("SHA384");
        hash.put("defaultValue", "SHA384");
        ObjectNode format = node.putObject("signingImageFormat");
        format.putArray("supportedFormats").add(platform.imageFormat());
        format.put("defaultFormat", platform.imageFormat());
        node.put("maxSizeInMB", platform.maxSizeInMB());
        node.put("revocationSupported", platform.revocationSupported());
        return node;
    }
}
