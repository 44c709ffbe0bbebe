package dev.lambdadesk.local.lambda;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import dev.lambdadesk.local.http.ApiException;

/** Member constraint findings in AWS's ValidationException wording ("2 validation errors detected: ...; ..."). */
final class FieldFindings {

    private final List<String> findings = new ArrayList<>();

    /** Checks a text against the model's pattern (a full match) and length, when it is present. */
    FieldFindings pattern(String value, String member, String pattern, int max) {
        if (value == null) {
            return this;
        }
        if (value.length() > max) {
            add(value, member, "Member must have length less than or equal to " + max);
        }
        if (!Pattern.matches(pattern, value)) {
            add(value, member, "Member must satisfy regular expression pattern: " + pattern);
        }
        return this;
    }

    FieldFindings range(JsonNode value, String member, long min, long max) {
        if (value == null || value.isNull()) {
            return this;
        }
        if (value.asLong() < min) {
            add(value.asText(), member, "Member must have value greater than or equal to " + min);
        } else if (value.asLong() > max) {
            add(value.asText(), member, "Member must have value less than or equal to " + max);
        }
        return this;
    }

    FieldFindings required(JsonNode value, String member) {
        if (value == null || value.isNull()) {
            findings.add("Value null at '" + member + "' failed to satisfy constraint: Member must not be null");
        }
        return this;
    }

    FieldFindings add(String value, String member, String constraint) {
        findings.add("Value '" + value + "' at '" + member + "' failed to satisfy constraint: " + constraint);
        return this;
    }

    /** Refuses the request when there is any finding. */
    void check() {
        if (!findings.isEmpty()) {
            throw refusal();
        }
    }

    private ApiException refusal() {
        int n = findings.size();
        return LambdaError.VALIDATION.withMessage(n + " validation error" + (n == 1 ? "" : "s") + " detected: "
                + String.join("; ", findings));
    }
}
