package dev.lambdadesk.aws.sso;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ssooidc.SsoOidcClient;

/**
 * SSO OIDC on loopback, answering as the service does (see src/test/resources/dev/lambdadesk/aws/sso/README.md):
 * CreateToken answers with the scripted outcomes in turn, then with the token.
 */
public final class FakeSsoOidc implements AutoCloseable {

    /** What CreateToken answers, once each, in order. */
    public enum Outcome { PENDING, SLOW_DOWN, EXPIRED, DENIED }

    private static final Map<Outcome, String[]> ERRORS = Map.of(
            Outcome.PENDING, new String[] {"AuthorizationPendingException", "authorization_pending"},
            Outcome.SLOW_DOWN, new String[] {"SlowDownException", "slow_down"},
            Outcome.EXPIRED, new String[] {"ExpiredTokenException", "expired_token"},
            Outcome.DENIED, new String[] {"AccessDeniedException", "access_denied"});

    public record Call(String path, JsonNode body) {
    }

    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final Deque<Outcome> script = new ArrayDeque<>();
    public final List<Call> calls = new CopyOnWriteArrayList<>();

    public FakeSsoOidc(Outcome... tokenOutcomes) throws IOException {
        script.addAll(List.of(tokenOutcomes));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The real flow with the real SDK client, sent here instead of to AWS. */
    public DeviceSignIn signIn(SsoTokenCache cache, Clock clock, DeviceSignIn.Pause pause) {
        return new DeviceSignIn(region -> SsoOidcClient.builder().region(Region.of(region)).endpointOverride(uri())
                .credentialsProvider(AnonymousCredentialsProvider.create()).build(), cache, clock, pause);
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            calls.add(new Call(path, json.readTree(exchange.getRequestBody().readAllBytes())));
            switch (path) {
                case "/client/register" -> answer(exchange, 200, resource("register-client.json"), null);
                case "/device_authorization" -> answer(exchange, 200, resource("start-device-authorization.json"), null);
                case "/token" -> token(exchange);
                default -> answer(exchange, 404, "{}", "ResourceNotFoundException");
            }
        }
    }

    private void token(HttpExchange exchange) throws IOException {
        Outcome next;
        synchronized (script) {
            next = script.poll();
        }
        if (next == null) {
            answer(exchange, 200, resource("create-token.json"), null);
            return;
        }
        String[] error = ERRORS.get(next);
        answer(exchange, 400, "{\"error\":\"" + error[1] + "\",\"error_description\":\"" + error[1] + "\"}", error[0]);
    }

    private static void answer(HttpExchange exchange, int status, String body, String errorType) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        if (errorType != null) {
            exchange.getResponseHeaders().set("x-amzn-ErrorType", errorType);
        }
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    static String resource(String name) {
        try (InputStream in = FakeSsoOidc.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
