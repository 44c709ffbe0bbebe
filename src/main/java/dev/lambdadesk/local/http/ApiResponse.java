package dev.lambdadesk.local.http;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An answer ready to send.
 *
 * @param status      the HTTP status
 * @param contentType the body's media type, or null without a body
 * @param headers     extra response headers
 * @param body        the body bytes (empty for none)
 */
public record ApiResponse(int status, String contentType, Map<String, String> headers, byte[] body) {

    public static final String JSON = "application/json";
    public static final String XML = "text/xml";

    public static ApiResponse json(int status, byte[] body) {
        return new ApiResponse(status, JSON, Map.of(), body);
    }

    public static ApiResponse xml(int status, byte[] body) {
        return new ApiResponse(status, XML, Map.of(), body);
    }

    public static ApiResponse empty(int status) {
        return new ApiResponse(status, null, Map.of(), new byte[0]);
    }

    public static ApiResponse bytes(int status, String contentType, byte[] body) {
        return new ApiResponse(status, contentType, Map.of(), body);
    }

    public ApiResponse withHeader(String name, String value) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put(name, value);
        return new ApiResponse(status, contentType, all, body);
    }
}
