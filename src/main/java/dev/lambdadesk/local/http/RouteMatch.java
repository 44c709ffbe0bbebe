package dev.lambdadesk.local.http;

import java.util.Map;

/** A route chosen for a request, with the path parameters it captured (percent-decoded). */
public record RouteMatch(Route route, Map<String, String> pathParams) {
}
