package dev.lambdadesk.ui.connection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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
import org.junit.jupiter.api.io.TempDir;

import dev.lambdadesk.aws.AwsClients;
import dev.lambdadesk.aws.ConnectionMonitor;
import dev.lambdadesk.aws.ProfileSource;
import dev.lambdadesk.aws.Session;
import dev.lambdadesk.core.ConnectionSpec;
import dev.lambdadesk.testing.ManualClock;
import dev.lambdadesk.testing.ManualScheduler;
import dev.lambdadesk.ui.common.CurrentThreadUiExecutor;
import dev.lambdadesk.ui.shell.ConnectionState;
import dev.lambdadesk.ui.shell.ShellViewModel;

/** An unwell connection is checked again with doubling pauses until it works, then no more. */
class ConnectionRecheckTest {

    @TempDir
    Path dir;

    private HttpServer server;
    private final AtomicInteger checks = new AtomicInteger();
    private volatile boolean refusing = true;
    private final Session session = new Session();
    private final ShellViewModel shell = new ShellViewModel();
    private final ManualScheduler scheduler = new ManualScheduler(new ManualClock(Instant.EPOCH));
    private ConnectionViewModel viewModel;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.start();
        URI endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        viewModel = new ConnectionViewModel(session, new ConnectionMonitor(session), spec -> new Session.Connection(spec,
                AwsClients.of(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIAEXAMPLE", "s")),
                        spec.region(), Optional.of(endpoint))),
                ProfileSource.files(dir.resolve("config"), dir.resolve("credentials")), new CurrentThreadUiExecutor(),
                scheduler, shell);
    }

    @AfterEach
    void stop() {
        session.close();
        server.stop(0);
    }

    @Test
    void refusedCredentialsAreCheckedAfter5Then10Then20SecondsAndRecoverWhenAccepted() {
        viewModel.connect(new ConnectionSpec.Profile("dev", "us-east-1", Optional.empty()));
        assertThat(shell.connectionProperty().get().state()).isEqualTo(ConnectionState.CREDENTIALS_REFUSED);
        assertThat(checks).hasValue(1);

        scheduler.advance(Duration.ofSeconds(5));
        assertThat(checks).hasValue(2);
        scheduler.advance(Duration.ofSeconds(9));
        assertThat(checks).hasValue(2);
        scheduler.advance(Duration.ofSeconds(1));
        assertThat(checks).hasValue(3);
        scheduler.advance(Duration.ofSeconds(20));
        assertThat(checks).hasValue(4);
        assertThat(shell.connectionProperty().get().state()).isEqualTo(ConnectionState.CREDENTIALS_REFUSED);

        refusing = false;
        scheduler.advance(Duration.ofSeconds(40));
        assertThat(checks).hasValue(5);
        assertThat(shell.connectionProperty().get().state()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(scheduler.pendingCount()).isZero();

        scheduler.advance(Duration.ofMinutes(10));
        assertThat(checks).hasValue(5);
    }

    @Test
    void thePauseStopsGrowingAtAMinuteAndAskingForACheckStartsOver() {
        viewModel.connect(new ConnectionSpec.Profile("dev", "us-east-1", Optional.empty()));
        scheduler.advance(Duration.ofSeconds(5 + 10 + 20 + 40)); // checks 2..5
        assertThat(checks).hasValue(5);
        scheduler.advance(Duration.ofSeconds(60)); // 80 s would be the doubling; the cap is 60 s
        assertThat(checks).hasValue(6);

        viewModel.recheckNow();
        assertThat(checks).hasValue(7);
        assertThat(scheduler.pendingCount()).isEqualTo(1);
    }

    private void answer(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        checks.incrementAndGet();
        byte[] body = (refusing ? "{\"message\":\"The security token included in the request is invalid.\"}"
                : "{\"AccountLimit\":{},\"AccountUsage\":{}}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().put("Content-Type", List.of("application/json"));
        if (refusing) {
            exchange.getResponseHeaders().put("x-amzn-ErrorType", List.of("UnrecognizedClientException"));
        }
        exchange.sendResponseHeaders(refusing ? 403 : 200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
