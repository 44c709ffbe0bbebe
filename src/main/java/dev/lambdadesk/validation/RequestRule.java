package dev.lambdadesk.validation;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** A service limit or cross-field rule that looks at the whole request rather than one member's shape. */
interface RequestRule {

    /** The member paths (API spelling, without list indexes) this rule reads. */
    List<String> reads();

    /** Adds this rule's findings for {@code request} (a JSON object) to {@code out}. */
    void check(JsonNode request, Findings out);

    /** Whether a change at {@code memberPath} can change this rule's findings. */
    default boolean touches(String memberPath) {
        for (String read : reads()) {
            if (Requests.sameOrNested(memberPath, read) || Requests.sameOrNested(read, memberPath)) {
                return true;
            }
        }
        return false;
    }
}
