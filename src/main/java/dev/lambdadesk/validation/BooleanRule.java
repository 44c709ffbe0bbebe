package dev.lambdadesk.validation;

import com.fasterxml.jackson.databind.JsonNode;

/** A boolean member: only JSON {@code true} or {@code false}. */
final class BooleanRule extends Rule {

    BooleanRule(Site site) {
        super(site);
    }

    @Override
    void check(JsonNode value, MemberPath path, Findings out) {
        if (!value.isBoolean()) {
            out.typeError(this, path);
        }
    }

    @Override
    String expectedKind() {
        return "true or false";
    }

    @Override
    String wireTypeName() {
        return "a Boolean";
    }
}
