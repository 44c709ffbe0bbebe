package dev.lambdadesk.local.lambda;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A code signing configuration as stored.
 *
 * @param arn                   its ARN (the key)
 * @param id                    {@code csc-} and 17 lower-case hex characters
 * @param description           its description ("" when none)
 * @param allowedPublishers     the signing profile version ARNs it trusts
 * @param untrustedArtifactPolicy {@code Warn} or {@code Enforce}
 * @param lastModified          Lambda's timestamp text
 * @param tags                  its tags
 */
record CodeSigningConfigRecord(String arn, String id, String description, List<String> allowedPublishers,
                               String untrustedArtifactPolicy, String lastModified, Map<String, String> tags) {

    CodeSigningConfigRecord {
        allowedPublishers = List.copyOf(allowedPublishers);
        tags = tags == null ? Map.of() : new TreeMap<>(tags);
    }

    CodeSigningConfigRecord withTags(Map<String, String> newTags) {
        return new CodeSigningConfigRecord(arn, id, description, allowedPublishers, untrustedArtifactPolicy,
                lastModified, newTags);
    }
}
