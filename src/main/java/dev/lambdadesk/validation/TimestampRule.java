package dev.lambdadesk.validation;

import com.fasterxml.jackson.databind.JsonNode;

/** A timestamp member: epoch seconds, or an ISO-8601 date-time as the AWS CLI accepts it. */
final class TimestampRule extends Rule {

    TimestampRule(Site site) {
        super(site);
    }

    @Override
    void check(JsonNode value, MemberPath path, Findings out) {
        if (Timestamps.parse(value).isEmpty()) {
            out.typeError(this, path);
        }
    }

    @Override
    String expectedKind() {
        return "a time: epoch seconds or ISO-8601 such as 2024-01-31T12:00:00Z";
    }

    @Override
    String wireTypeName() {
        return "a Timestamp";
    }
}
