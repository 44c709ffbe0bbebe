package dev.lambdadesk.local.lambda;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A layer version's resource policy as stored.
 *
 * @param revisionId changes with every added or removed statement
 * @param statements the statements in the order they were added, each as AWS writes it
 */
record LayerPolicy(String revisionId, List<ObjectNode> statements) {

    LayerPolicy {
        statements = List.copyOf(statements);
    }

    boolean has(String sid) {
        return statements.stream().anyMatch(s -> sid.equals(s.path("Sid").asText()));
    }
}
