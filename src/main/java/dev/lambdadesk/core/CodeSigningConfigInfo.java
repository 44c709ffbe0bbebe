package dev.lambdadesk.core;

import java.util.List;

/**
 * A Lambda code signing configuration.
 *
 * @param policy the UntrustedArtifactOnDeployment policy: "Warn" or "Enforce"
 */
public record CodeSigningConfigInfo(String id, String arn, String description, String policy,
                                    List<String> allowedPublishers, String lastModified) {
    public CodeSigningConfigInfo {
        allowedPublishers = List.copyOf(allowedPublishers);
        description = description == null ? "" : description;
    }
}
