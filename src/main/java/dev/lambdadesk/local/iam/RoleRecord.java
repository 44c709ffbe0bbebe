package dev.lambdadesk.local.iam;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An IAM role as stored.
 *
 * @param roleName                 its name (unique regardless of case)
 * @param roleId                   {@code AROA} and 17 characters
 * @param path                     its path, {@code /} by default
 * @param arn                      {@code arn:aws:iam::000000000000:role<path><name>}
 * @param createDate               ISO-8601 creation time
 * @param assumeRolePolicyDocument the trust policy JSON as given
 * @param description              its description, or null
 * @param maxSessionDuration       seconds
 * @param tags                     its tags
 * @param attachedPolicies         the ARNs of the managed policies attached to it, in attachment order
 */
record RoleRecord(String roleName, String roleId, String path, String arn, String createDate,
                  String assumeRolePolicyDocument, String description, int maxSessionDuration,
                  Map<String, String> tags, List<String> attachedPolicies) {

    RoleRecord {
        tags = tags == null ? Map.of() : new TreeMap<>(tags);
        attachedPolicies = attachedPolicies == null ? List.of() : List.copyOf(attachedPolicies);
    }

    RoleRecord withAttachedPolicies(List<String> policies) {
        return new RoleRecord(roleName, roleId, path, arn, createDate, assumeRolePolicyDocument, description,
                maxSessionDuration, tags, policies);
    }
}
