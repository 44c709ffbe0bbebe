package dev.lambdadesk.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Throttling is retried by the SDK with back-off, and what reaches the person says so. */
class ThrottlingRetryTest {

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private volatile int throttledAnswers;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aThrottledCallIsRetriedUntilTheServiceAnswers() {
        throttledAnswers = 2;
        try (AwsClients clients = clients()) {
            ConnectionCheck.Result result = new ConnectionCheck(clients, new AwsErrorExplainer(Optional.empty())).run();

            assertThat(result.isConnected()).isTrue();
            assertThat(requests).hasValue(3);
        }
    }

    @Test
    void persistentThrottlingIsExplainedAsAlreadyRetried() {
        throttledAnswers = Integer.MAX_VALUE;
        try (AwsClients clients = clients()) {
            Throwable failure = catchThrowable(() -> clients.lambda().getAccountSettings(b -> { }));
            AwsProblem problem = new AwsErrorExplainer(Optional.empty()).explain(failure);

            assertThat(requests).hasValue(AwsClients.MAX_ATTEMPTS);
            assertThat(problem.kind()).isEqualTo(AwsProblem.Kind.THROTTLED);
            assertThat(problem.summary()).contains("already retried with growing back-off (up to 3 attempts)");
            assertThat(problem.kind().isTransient()).isTrue();
            assertThat(ConnectionMonitor.concernsConnection(problem.kind())).isFalse();
        }
    }

    private AwsClients clients() {
        return AwsClients.of(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIAEXAMPLE", "secret")),
                "us-east-1", Optional.of(URI.create("http://127.0.0.1:" + server.getAddress().getPort())));
    }

    private void answer(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        boolean throttle = requests.incrementAndGet() <= throttledAnswers;
        String body = throttle
                ? "{\"message\":\"Rate exceeded\"}"
                : "{\"AccountLimit\":{\"TotalCodeSize\":80530636800},\"AccountUsage\":{\"FunctionCount\":0}}";
        exchange.getResponseHeaders().put("Content-Type", List.of("application/json"));
        if (throttle) {
            exchange.getResponseHeaders().put("x-amzn-ErrorType", List.of("TooManyRequestsException"));
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(throttle ? 429 : 200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
