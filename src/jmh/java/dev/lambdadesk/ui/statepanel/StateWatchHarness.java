package dev.lambdadesk.ui.statepanel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.aws.AwsClients;
import dev.lambdadesk.aws.Session;
import dev.lambdadesk.aws.StateWatcher;
import dev.lambdadesk.core.ConnectionSpec;
import dev.lambdadesk.core.FunctionState;
import dev.lambdadesk.core.FunctionStatus;
import dev.lambdadesk.core.TaskScheduler;
import dev.lambdadesk.local.LocalEndpoint;
import dev.lambdadesk.local.LocalEndpointConfig;
import dev.lambdadesk.ui.common.CurrentThreadUiExecutor;
import dev.lambdadesk.ui.functions.TestZips;

/**
 * State watching in real time: a function Pending for 10 s (endpoint {@code pendingMillis} 10000) watched by the
 * state panel with the app's polling policy; counts the GetFunction calls made through the real gateway (target at
 * most 12) and how long after the change the panel showed Active (target: within the polling interval then).
 *
 * <p>Run: {@code mvn -q -Pbench test-compile exec:exec -Dbench.main=dev.lambdadesk.ui.statepanel.StateWatchHarness
 * -Dbench.args="3"} (the number of functions watched one after the other).
 */
public final class StateWatchHarness {

    private static final Duration PENDING = Duration.ofSeconds(10);

    private StateWatchHarness() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        Path dir = Files.createTempDirectory("lambdadesk-statewatch");
        try (LocalEndpoint endpoint = LocalEndpoint.start(LocalEndpointConfig.defaults(dir).withPort(0)
                .withPendingMillis(PENDING.toMillis()));
             Session session = new Session()) {
            session.switchTo(new Session.Connection(new ConnectionSpec.Local(endpoint.region()),
                    AwsClients.local(endpoint.endpointUri(), endpoint.credentials().accessKeyId(),
                            endpoint.credentials().secretAccessKey(), endpoint.region())));
            for (int i = 1; i <= runs; i++) {
                watchOne(session, "pending-ten-seconds-" + i);
            }
        }
        System.exit(0);
    }

    private static void watchOne(Session session, String name) throws Exception {
        List<Long> calls = new CopyOnWriteArrayList<>();
        StatePanelViewModel panel = new StatePanelViewModel(n -> {
            calls.add(System.nanoTime());
            return session.lambda().status(n);
        }, session::explainer, new CurrentThreadUiExecutor(), TaskScheduler.virtualThreads(), Clock.systemUTC(),
                StateWatcher.Policy.standard());
        long createdAt = System.nanoTime();
        FunctionStatus created = session.lambda().createFunction(request(name));
        CompletableFuture<Long> active = new CompletableFuture<>();
        WatchRow row = panel.watch(created, "Created");
        row.stateProperty().addListener((o, old, state) -> {
            if (state == FunctionState.ACTIVE) {
                active.complete(System.nanoTime());
            }
        });
        long shown = active.get(60, TimeUnit.SECONDS);
        long change = createdAt + PENDING.toNanos();
        double intervalThen = (calls.getLast() - calls.get(calls.size() - 2)) / 1e9;
        System.out.printf(Locale.ROOT, "%s: Pending for %d s cost %d GetFunction calls (target 12); shown Active "
                + "%.2f s after the change; the polling interval then was %.2f s (target: within it)%n", name,
                PENDING.toSeconds(), calls.size(), (shown - change) / 1e9, intervalThen);
    }

    private static ObjectNode request(String name) {
        ObjectNode request = JsonNodeFactory.instance.objectNode().put("FunctionName", name)
                .put("Runtime", "nodejs22.x").put("Handler", "index.handler")
                .put("Role", "arn:aws:iam::000000000000:role/lambda-basic-execution");
        request.putObject("Code").put("ZipFile", TestZips.indexJsBase64());
        return request;
    }
}
