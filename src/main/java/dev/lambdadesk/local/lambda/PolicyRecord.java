package dev.lambdadesk.local.lambda;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The resource-based policy of a function, version or alias: its statements in the order they were added.
 *
 * @param statements the statements as AWS writes them (Sid, Effect, Principal, Action, Resource, Condition)
 */
record PolicyRecord(List<ObjectNode> statements) {

    PolicyRecord {
        statements = List.copyOf(statements);
    }
}
