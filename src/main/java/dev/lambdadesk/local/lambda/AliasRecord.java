package dev.lambdadesk.local.lambda;

import java.util.Map;
import java.util.TreeMap;

/**
 * A function alias as stored.
 *
 * @param region          the function's region
 * @param function        the function's plain name
 * @param name            the alias name
 * @param functionVersion the version it points at ({@code $LATEST} or a number)
 * @param description     its description ("" when none was given)
 * @param weights         AdditionalVersionWeights: the second version and the share of traffic it gets
 * @param revisionId      changes with every update, for RevisionId preconditions
 */
record AliasRecord(String region, String function, String name, String functionVersion, String description,
                   Map<String, Double> weights, String revisionId) {

    AliasRecord {
        weights = weights == null ? Map.of() : new TreeMap<>(weights);
        description = description == null ? "" : description;
    }

    String arn() {
        return FunctionRef.arn(region, function) + ":" + name;
    }

    /** Whether traffic reaches {@code version} through this alias. */
    boolean routesTo(String version) {
        return functionVersion.equals(version) || weights.containsKey(version);
    }
}
