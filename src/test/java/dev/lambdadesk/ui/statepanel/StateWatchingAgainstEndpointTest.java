package dev.lambdadesk.ui.statepanel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lambdadesk.aws.AwsClients;
import dev.lambdadesk.aws.Session;
import dev.lambdadesk.aws.StateWatcher;
import dev.lambdadesk.core.ConnectionSpec;
import dev.lambdadesk.core.FunctionState;
import dev.lambdadesk.core.FunctionStatus;
import dev.lambdadesk.local.LocalEndpoint;
import dev.lambdadesk.local.LocalEndpointConfig;
import dev.lambdadesk.testing.ManualClock;
import dev.lambdadesk.testing.ManualScheduler;
import dev.lambdadesk.ui.common.CurrentThreadUiExecutor;
import dev.lambdadesk.ui.functions.TestZips;

/**
 * The state panel against the real endpoint and gateway, on one hand-driven clock shared by the endpoint, the
 * watcher and the panel: a function Pending for 10 s costs few GetFunction calls and shows Active within one polling
 * interval of the change.
 */
class StateWatchingAgainstEndpointTest {

    private static final Duration PENDING = Duration.ofSeconds(10);

    @TempDir
    Path temp;
    /** Near real time: the SDK signs with the real clock and the endpoint checks the skew against this one. */
    private final ManualClock clock = new ManualClock(Instant.now());
    private final ManualScheduler scheduler = new ManualScheduler(clock);
    private final List<Instant> calls = new ArrayList<>();
    private LocalEndpoint endpoint;
    private final Session session = new Session();

    @BeforeEach
    void start() throws IOException {
        endpoint = LocalEndpoint.start(LocalEndpointConfig.defaults(temp).withPort(0)
                .withPendingMillis(PENDING.toMillis()).withClock(clock));
        session.switchTo(new Session.Connection(new ConnectionSpec.Local(endpoint.region()),
                AwsClients.local(endpoint.endpointUri(), endpoint.credentials().accessKeyId(),
                        endpoint.credentials().secretAccessKey(), endpoint.region())));
    }

    @AfterEach
    void stop() {
        session.close();
        endpoint.close();
    }

    /** GetFunction through the real gateway, counted. */
    private FunctionStatus countedGetFunction(String name) {
        calls.add(clock.instant());
        return session.lambda().status(name);
    }

    @Test
    void aFunctionPendingForTenSecondsCostsAtMostTwelveCallsAndShowsActiveWithinOnePollingInterval() {
        StatePanelViewModel panel = new StatePanelViewModel(this::countedGetFunction, session::explainer,
                new CurrentThreadUiExecutor(), scheduler, clock, StateWatcher.Policy.standard());
        Instant createdAt = clock.instant();
        FunctionStatus created = session.lambda().createFunction(createRequest("slow-start"));
        assertThat(created.state()).isEqualTo(FunctionState.PENDING);

        WatchRow row = panel.watch(created, "Created");
        Instant shownActive = null;
        while (shownActive == null && clock.instant().isBefore(createdAt.plusSeconds(60))) {
            scheduler.advance(Duration.ofMillis(50));
            if (row.stateProperty().get() == FunctionState.ACTIVE) {
                shownActive = clock.instant();
            }
        }

        Instant change = createdAt.plus(PENDING);
        assertThat(shownActive).as("shown Active").isNotNull().isAfterOrEqualTo(change);
        assertThat(calls).hasSizeLessThanOrEqualTo(12);
        Instant sawActive = calls.getLast();
        Duration intervalThen = Duration.between(calls.get(calls.size() - 2), sawActive);
        assertThat(Duration.between(change, shownActive)).as("lag after the change")
                .isLessThanOrEqualTo(intervalThen);
        assertThat(row.isFinished()).isTrue();
        assertThat(row.activityProperty().get()).startsWith("Settled");
        assertThat(row.timeline()).extracting(TimelineEntry::word).containsSubsequence("Pending", "Active");
    }

    private static ObjectNode createRequest(String name) {
        ObjectNode request = JsonNodeFactory.instance.objectNode().put("FunctionName", name)
                .put("Runtime", "nodejs22.x").put("Handler", "index.handler")
                .put("Role", "arn:aws:iam::000000000000:role/lambda-basic-execution");
        request.putObject("Code").put("ZipFile", TestZips.indexJsBase64());
        return request;
    }
}
