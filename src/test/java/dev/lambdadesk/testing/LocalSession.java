package dev.lambdadesk.testing;

import java.io.IOException;
import java.nio.file.Path;

import dev.lambdadesk.aws.AwsClients;
import dev.lambdadesk.aws.Session;
import dev.lambdadesk.core.ConnectionSpec;
import dev.lambdadesk.local.LocalEndpoint;
import dev.lambdadesk.local.LocalEndpointConfig;

/**
 * An in-process local endpoint on a free port with a {@link Session} connected to it, for tests of ViewModels and
 * views against the real wire protocols.
 */
public final class LocalSession implements AutoCloseable {

    private final LocalEndpoint endpoint;
    private final Session session = new Session();

    private LocalSession(LocalEndpoint endpoint) {
        this.endpoint = endpoint;
        session.switchTo(new Session.Connection(new ConnectionSpec.Local(endpoint.region()),
                AwsClients.local(endpoint.endpointUri(), endpoint.credentials().accessKeyId(),
                        endpoint.credentials().secretAccessKey(), endpoint.region())));
    }

    /** Starts an endpoint in {@code dataDir} whose new functions stay Pending for {@code pendingMillis}. */
    public static LocalSession start(Path dataDir, long pendingMillis) throws IOException {
        return new LocalSession(LocalEndpoint.start(LocalEndpointConfig.defaults(dataDir).withPort(0)
                .withPendingMillis(pendingMillis)));
    }

    public Session session() {
        return session;
    }

    public LocalEndpoint endpoint() {
        return endpoint;
    }

    @Override
    public void close() {
        session.close();
        endpoint.close();
    }
}
