package dev.lambdadesk.local.sigv4;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A request as it arrived, in the parts SigV4 covers.
 *
 * @param method  the HTTP method
 * @param rawPath the path exactly as sent (still percent-encoded)
 * @param query   the query parameters, percent-decoded, in arrival order
 * @param headers the headers by name; the map must look names up case-insensitively
 * @param body    the body bytes (empty when none)
 */
public record ReceivedRequest(String method, String rawPath, Map<String, List<String>> query,
                              Map<String, List<String>> headers, byte[] body) {

    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.ofNullable(values.get(0));
    }

    public Optional<String> queryParameter(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.ofNullable(values.get(0));
    }
}
