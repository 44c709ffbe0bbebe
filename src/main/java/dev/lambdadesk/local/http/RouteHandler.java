package dev.lambdadesk.local.http;

import java.io.IOException;

/** Answers one operation; refusals are thrown as {@link ApiException}. */
@FunctionalInterface
public interface RouteHandler {
    ApiResponse handle(ApiRequest request) throws IOException;
}
