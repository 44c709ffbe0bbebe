package dev.lambdadesk.aws;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import dev.lambdadesk.core.ConnectionSpec;

/**
 * The connection the app works on now, and the gateways over it. Switching connection closes the old clients and
 * tells every listener, so each view reloads. ViewModels ask the session for a gateway at the moment they call it,
 * so they always use the current connection. Thread-safe.
 */
public final class Session implements AutoCloseable {

    /** One connection: what it is, and its clients. */
    public record Connection(ConnectionSpec spec, AwsClients clients) {
        public Connection {
            Objects.requireNonNull(spec, "spec");
            Objects.requireNonNull(clients, "clients");
        }
    }

    private final List<Consumer<ConnectionSpec>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong generation = new AtomicLong();
    private volatile Connection current;

    /** Switches to {@code next}, closing the previous clients, and tells the listeners (on the calling thread). */
    public void switchTo(Connection next) {
        Connection previous = current;
        current = Objects.requireNonNull(next);
        generation.incrementAndGet();
        if (previous != null && previous.clients() != next.clients()) {
            previous.clients().close();
        }
        listeners.forEach(l -> l.accept(next.spec()));
    }

    /** Called with the new connection after every switch. */
    public void onSwitch(Consumer<ConnectionSpec> listener) {
        listeners.add(listener);
    }

    /**
     * Counts the switches: a call started under one generation whose answer arrives under another answered for a
     * connection that is gone, and its answer is dropped.
     */
    public long generation() {
        return generation.get();
    }

    public Optional<Connection> current() {
        return Optional.ofNullable(current);
    }

    public boolean isConnected() {
        return current != null;
    }

    private AwsClients clients() {
        Connection c = current;
        if (c == null) {
            throw new IllegalStateException("No connection yet");
        }
        return c.clients();
    }

    public LambdaGateway lambda() {
        return new LambdaGateway(clients());
    }

    public LayerGateway layers() {
        return new LayerGateway(clients());
    }

    public CodeSigningConfigGateway codeSigningConfigs() {
        return new CodeSigningConfigGateway(clients());
    }

    public IamGateway iam() {
        return new IamGateway(clients());
    }

    public SignerGateway signer() {
        return new SignerGateway(clients());
    }

    public S3Gateway s3() {
        return new S3Gateway(clients());
    }

    /** The calls that deploy and delete SAM applications. */
    public StackGateway stacks() {
        return new StackGateway(clients(), explainer());
    }

    /** Where SAM applications' packages are uploaded and signed. */
    public PackageStorage packages() {
        return new PackageStorage(clients(), explainer());
    }

    /** Explains failures, naming the profile in use where advice needs it. */
    public AwsErrorExplainer explainer() {
        Connection c = current;
        return new AwsErrorExplainer(c != null && c.spec() instanceof ConnectionSpec.Profile p
                ? Optional.of(p.profileName()) : Optional.empty());
    }

    @Override
    public void close() {
        Connection c = current;
        current = null;
        if (c != null) {
            c.clients().close();
        }
    }
}
