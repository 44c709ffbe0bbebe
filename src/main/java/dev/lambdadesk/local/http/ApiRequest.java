package dev.lambdadesk.local.http;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.lambdadesk.local.sigv4.ReceivedRequest;

/**
 * An authenticated request routed to an operation.
 *
 * @param requestId  the id sent back in {@code x-amzn-RequestId}
 * @param region     the region of the request's credential scope
 * @param operation  the operation the route names
 * @param received   the request as it arrived (headers, query, body)
 * @param pathParams the percent-decoded path parameters by template name
 */
public record ApiRequest(String requestId, String region, String operation, ReceivedRequest received,
                         Map<String, String> pathParams) {

    public String pathParam(String name) {
        String value = pathParams.get(name);
        if (value == null) {
            throw new IllegalArgumentException("The route has no path parameter " + name);
        }
        return value;
    }

    public Optional<String> query(String name) {
        return received.queryParameter(name);
    }

    public List<String> queryAll(String name) {
        return received.query().getOrDefault(name, List.of());
    }

    public Optional<String> header(String name) {
        return received.header(name);
    }

    public byte[] body() {
        return received.body();
    }
}
