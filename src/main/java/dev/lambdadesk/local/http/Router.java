package dev.lambdadesk.local.http;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** A service's routes, matched by method and decoded path segments in the order they were added. */
public final class Router {

    private final long defaultMaxBodyBytes;
    private final List<Route> routes = new CopyOnWriteArrayList<>();

    public Router(long defaultMaxBodyBytes) {
        this.defaultMaxBodyBytes = defaultMaxBodyBytes;
    }

    public Router add(String method, String template, String operation, RouteHandler handler) {
        return add(method, template, operation, defaultMaxBodyBytes, handler);
    }

    public Router add(String method, String template, String operation, long maxBodyBytes, RouteHandler handler) {
        routes.add(new Route(method, PathTemplate.of(template), operation, maxBodyBytes, handler));
        return this;
    }

    /** The route for the request, or empty when no operation lives at this method and path. */
    public Optional<RouteMatch> match(String method, String rawPath) {
        List<String> segments;
        try {
            segments = UriCodec.pathSegments(rawPath);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        for (Route route : routes) {
            if (route.method().equals(method)) {
                Optional<Map<String, String>> params = route.template().match(segments);
                if (params.isPresent()) {
                    return Optional.of(new RouteMatch(route, params.get()));
                }
            }
        }
        return Optional.empty();
    }

    public List<Route> routes() {
        return List.copyOf(routes);
    }
}
