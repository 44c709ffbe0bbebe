package dev.lambdadesk.sam;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A resource LambdaDesk deploys, its properties as written (a function's with Globals.Function merged in),
 * intrinsic functions not yet evaluated.
 */
public record SamResource(String logicalId, ResourceType type, ObjectNode properties) {

    public String typeName() {
        return type.cloudFormationName();
    }
}
