package dev.lambdadesk.ui.statepanel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lambdadesk.aws.AwsClients;
import dev.lambdadesk.aws.Session;
import dev.lambdadesk.aws.StateWatcher;
import dev.lambdadesk.core.ConnectionSpec;
import dev.lambdadesk.core.FunctionState;
import dev.lambdadesk.local.LocalEndpoint;
import dev.lambdadesk.local.LocalEndpointConfig;
import dev.lambdadesk.testing.ManualClock;
import dev.lambdadesk.testing.ManualScheduler;
import dev.lambdadesk.ui.common.CurrentThreadUiExecutor;
import dev.lambdadesk.ui.functions.TestZips;

/**
 * The live state panel when the endpoint goes away in the middle of a watch: the row says it is reconnecting, and
 * once an endpoint answers again on the same port with the same data, the watch resumes and the function is shown
 * Active. The session's clients keep their endpoint address throughout, as in the app.
 */
class StatePanelReconnectTest {

    @TempDir
    Path dataDir;
    private final ManualClock clock = new ManualClock(Instant.now());
    private final ManualScheduler scheduler = new ManualScheduler(clock);
    private final Session session = new Session();
    private LocalEndpoint endpoint;

    private LocalEndpoint startEndpoint(int port) throws IOException {
        return LocalEndpoint.start(LocalEndpointConfig.defaults(dataDir).withPort(port).withPendingMillis(10_000)
                .withClock(clock));
    }

    @AfterEach
    void stop() {
        session.close();
        if (endpoint != null) {
            endpoint.close();
        }
    }

    @Test
    void aWatchedRowShowsReconnectingWhileTheEndpointIsDownThenResumesAndReachesActive() throws IOException {
        endpoint = startEndpoint(0);
        int port = endpoint.port();
        session.switchTo(new Session.Connection(new ConnectionSpec.Local(endpoint.region()),
                AwsClients.local(endpoint.endpointUri(), endpoint.credentials().accessKeyId(),
                        endpoint.credentials().secretAccessKey(), endpoint.region())));
        StatePanelViewModel panel = new StatePanelViewModel(session, new CurrentThreadUiExecutor(), scheduler, clock,
                StateWatcher.Policy.standard());
        WatchRow row = panel.watch(session.lambda().createFunction(request()), "Created");
        scheduler.advance(Duration.ofSeconds(3)); // a few polls: still Pending
        assertThat(row.stateProperty().get()).isEqualTo(FunctionState.PENDING);

        endpoint.close();
        endpoint = null;
        advanceUntil(() -> row.reconnectingProperty().get(), Duration.ofSeconds(30));

        assertThat(row.reconnectingProperty().get()).isTrue();
        assertThat(row.activityProperty().get()).startsWith("Reconnecting… next try in");
        assertThat(row.isFinished()).isFalse();
        assertThat(row.timeline().getLast().word()).isEqualTo("Reconnecting");

        endpoint = startEndpoint(port); // same port and data: the clients' address works again
        advanceUntil(() -> row.stateProperty().get() == FunctionState.ACTIVE, Duration.ofSeconds(60));

        assertThat(row.stateProperty().get()).isEqualTo(FunctionState.ACTIVE);
        assertThat(row.reconnectingProperty().get()).isFalse();
        assertThat(row.isFinished()).isTrue();
        assertThat(row.activityProperty().get()).startsWith("Settled");
        assertThat(row.timeline()).extracting(TimelineEntry::word)
                .containsSubsequence("Pending", "Reconnecting", "Active");
    }

    /** Moves the shared clock in small steps until {@code done} or {@code limit} of clock time has passed. */
    private void advanceUntil(BooleanSupplier done, Duration limit) {
        Instant end = clock.instant().plus(limit);
        while (!done.getAsBoolean() && clock.instant().isBefore(end)) {
            scheduler.advance(Duration.ofMillis(100));
        }
    }

    private static ObjectNode request() {
        ObjectNode request = JsonNodeFactory.instance.objectNode().put("FunctionName", "survives-restart")
                .put("Runtime", "nodejs22.x").put("Handler", "index.handler")
                .put("Role", "arn:aws:iam::000000000000:role/lambda-basic-execution");
        request.putObject("Code").put("ZipFile", TestZips.indexJsBase64());
        return request;
    }
}
