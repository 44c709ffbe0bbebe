package dev.lambdadesk.app;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.lambdadesk.aws.AwsErrorExplainer;
import dev.lambdadesk.aws.ConnectionCheck;
import dev.lambdadesk.aws.Connector;
import dev.lambdadesk.aws.Session;
import dev.lambdadesk.core.ConnectionSpec;

/**
 * The start-up connection, opened while JavaFX starts rather than after the window shows: the embedded endpoint
 * starts and the SDK client is built and used once for the check and once for a one-function listing (their classes
 * load on a core the window does not need), so the first listing waits only for what it must. The first {@link #open} of the same connection takes it over; any
 * other goes to the plain connector.
 */
final class EarlyConnection implements Connector {

    private static final Logger LOG = Logger.getLogger(EarlyConnection.class.getName());

    private final Connector connector;
    private final ConnectionSpec spec;
    private final CompletableFuture<Session.Connection> opening = new CompletableFuture<>();
    private final AtomicBoolean taken = new AtomicBoolean();

    private EarlyConnection(Connector connector, ConnectionSpec spec) {
        this.connector = connector;
        this.spec = spec;
    }

    /** Starts opening {@code spec} through {@code connector} on a background thread. */
    static EarlyConnection start(Connector connector, ConnectionSpec spec) {
        EarlyConnection early = new EarlyConnection(connector, spec);
        Thread.ofVirtual().name("early-connection").start(early::openNow);
        return early;
    }

    private void openNow() {
        try {
            Session.Connection connection = connector.open(spec);
            // the answers do not matter here: the connection's own check runs again, fast, once this is done, and
            // the explorer's first listing finds the SDK's ListFunctions code loaded
            new ConnectionCheck(connection.clients(), new AwsErrorExplainer(Optional.empty())).run();
            warmUpListing(connection);
            opening.complete(connection);
        } catch (Exception | LinkageError e) {
            opening.completeExceptionally(e);
        }
    }

    private static void warmUpListing(Session.Connection connection) {
        try {
            connection.clients().lambda().listFunctions(b -> b.maxItems(1));
        } catch (RuntimeException e) { // the check has said what is wrong, if anything
            LOG.log(Level.FINE, "The early listing failed", e);
        }
    }

    @Override
    public Session.Connection open(ConnectionSpec requested) throws Exception {
        if (!requested.equals(spec) || !taken.compareAndSet(false, true)) {
            return connector.open(requested);
        }
        try {
            return opening.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Closes the early connection's clients if nobody took it over (the app closed first). */
    void closeIfUnused() {
        if (taken.compareAndSet(false, true)) {
            opening.thenAccept(connection -> connection.clients().close()).exceptionally(failure -> {
                LOG.log(Level.FINE, "The early connection had failed", failure);
                return null;
            });
        }
    }
}
