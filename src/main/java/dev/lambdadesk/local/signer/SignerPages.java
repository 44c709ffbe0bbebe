package dev.lambdadesk.local.signer;

import java.util.NavigableMap;

import dev.lambdadesk.local.http.ApiRequest;
import dev.lambdadesk.local.http.Paging;

/** Signer's list paging: {@code maxResults} 1–25 and an opaque {@code nextToken}. */
final class SignerPages {

    private static final int MAX_RESULTS = 25;

    private SignerPages() {
    }

    static <T> Paging.Page<T> page(NavigableMap<String, T> rows, ApiRequest request) {
        int size = MAX_RESULTS;
        String given = request.query("maxResults").orElse(null);
        if (given != null) {
            try {
                size = Integer.parseInt(given.trim());
            } catch (NumberFormatException e) {
                throw SignerError.VALIDATION.withMessage("1 validation error detected: Value '" + given
                        + "' at 'maxResults' failed to satisfy constraint: Member must be an integer");
            }
            if (size < 1 || size > MAX_RESULTS) {
                throw SignerError.VALIDATION.withMessage("1 validation error detected: Value '" + size
                        + "' at 'maxResults' failed to satisfy constraint: Member must have value "
                        + (size < 1 ? "greater than or equal to 1" : "less than or equal to " + MAX_RESULTS));
            }
        }
        try {
            return Paging.page(rows, request.query("nextToken"), size);
        } catch (IllegalArgumentException e) {
            throw SignerError.VALIDATION.withMessage("The nextToken is not valid.");
        }
    }
}
