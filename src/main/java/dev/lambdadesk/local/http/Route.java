package dev.lambdadesk.local.http;

/**
 * One operation's place on the wire.
 *
 * @param method       the HTTP method
 * @param template     the path, with {@code {Name}} segments (and {@code {Name+}} for a greedy rest)
 * @param operation    the API's operation name, used in messages
 * @param maxBodyBytes the largest body accepted; larger ones are refused before they are read
 * @param handler      what answers it
 */
public record Route(String method, PathTemplate template, String operation, long maxBodyBytes,
                    RouteHandler handler) {
}
