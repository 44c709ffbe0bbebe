package dev.lambdadesk.local.lambda;

import java.util.Optional;

import dev.lambdadesk.local.http.ApiRequest;

/** MaxItems of the control-plane listings, whose model limit is 50 (not ListFunctions' 10,000). */
final class ListLimits {

    private ListLimits() {
    }

    static int pageSize(ApiRequest request, int max) {
        Optional<String> given = request.query("MaxItems");
        if (given.isEmpty()) {
            return max;
        }
        long value;
        try {
            value = Long.parseLong(given.get());
        } catch (NumberFormatException e) {
            throw LambdaError.VALIDATION.withMessage("1 validation error detected: Value '" + given.get()
                    + "' at 'maxItems' failed to satisfy constraint: Member must be a number");
        }
        FieldFindings findings = new FieldFindings();
        if (value < 1) {
            findings.add(given.get(), "maxItems", "Member must have value greater than or equal to 1");
        } else if (value > max) {
            findings.add(given.get(), "maxItems", "Member must have value less than or equal to " + max);
        }
        findings.check();
        return (int) value;
    }
}
