package dev.lambdadesk.ui.functions;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpServer;

import dev.lambdadesk.aws.AwsClients;
import dev.lambdadesk.aws.Session;
import dev.lambdadesk.core.ConnectionSpec;

/**
 * An endpoint that refuses every request with one Lambda error, as the real service would word it: the edge a
 * test needs to see how the form takes a refusal the offline rules cannot foresee.
 */
public final class StubLambdaEndpoint implements AutoCloseable {

    private final HttpServer server;
    private final Session session = new Session();

    public StubLambdaEndpoint(int status, String errorType, String message) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] body = ("{\"Type\":\"User\",\"message\":\"" + message.replace("\"", "\\\"") + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("X-Amzn-ErrorType", errorType);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        session.switchTo(new Session.Connection(new ConnectionSpec.Local("us-east-1"),
                AwsClients.local(uri, "AKIDEXAMPLE", "secret", "us-east-1")));
    }

    public Session session() {
        return session;
    }

    @Override
    public void close() {
        session.close();
        server.stop(0);
    }
}
