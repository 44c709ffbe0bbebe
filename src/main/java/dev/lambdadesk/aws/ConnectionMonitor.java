package dev.lambdadesk.aws;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import dev.lambdadesk.core.ConnectionSpec;

/**
 * How the connection in use is doing, as the calls made over it tell. Every feature reports its failed calls here
 * (and may report successes); the connection indicator follows. Only failures that say something about the
 * connection itself change its health: unreachable, expired or refused credentials, access denied. Throttling does
 * not (the SDK already retried with back-off), nor do a request's own mistakes. Thread-safe; listeners are told on
 * the reporting thread.
 */
public final class ConnectionMonitor {

    private static final Set<AwsProblem.Kind> CONNECTION_KINDS = EnumSet.of(AwsProblem.Kind.UNREACHABLE,
            AwsProblem.Kind.EXPIRED_CREDENTIALS, AwsProblem.Kind.BAD_CREDENTIALS, AwsProblem.Kind.ACCESS_DENIED,
            AwsProblem.Kind.NO_CREDENTIALS);

    /** The connection and what is wrong with it, if anything. */
    public record Health(ConnectionSpec spec, Optional<AwsProblem> problem) {
        public Health {
            Objects.requireNonNull(spec, "spec");
            Objects.requireNonNull(problem, "problem");
        }

        public boolean isHealthy() {
            return problem.isEmpty();
        }
    }

    private final Session session;
    private final List<Consumer<Health>> listeners = new CopyOnWriteArrayList<>();
    private Health health;

    public ConnectionMonitor(Session session) {
        this.session = Objects.requireNonNull(session, "session");
    }

    /** True for the kinds of failure that change the connection's health. */
    public static boolean concernsConnection(AwsProblem.Kind kind) {
        return CONNECTION_KINDS.contains(kind);
    }

    /** A call over the current connection failed; {@code problem} as {@link Session#explainer()} explained it. */
    public void reportFailure(AwsProblem problem) {
        if (concernsConnection(problem.kind())) {
            record(Optional.of(problem));
        }
    }

    /** A call over the current connection failed with this exception; it is explained first. */
    public AwsProblem reportFailure(Throwable failure) {
        AwsProblem problem = session.explainer().explain(failure);
        reportFailure(problem);
        return problem;
    }

    /** A call over the current connection succeeded, so a problem reported before has passed. */
    public void reportSuccess() {
        record(Optional.empty());
    }

    /**
     * The outcome of a {@link ConnectionCheck} on the current connection, after a switch or a re-check. Any problem
     * counts here: an endpoint that answers the check with an error is not one LambdaDesk can work with.
     */
    public void recordCheck(ConnectionCheck.Result result) {
        record(result.problem());
    }

    /** Runs a {@link ConnectionCheck} on the current connection and records it. Blocking: not on the FX thread. */
    public ConnectionCheck.Result recheck() {
        Session.Connection current = session.current()
                .orElseThrow(() -> new IllegalStateException("No connection to check"));
        ConnectionCheck.Result result = new ConnectionCheck(current.clients(), session.explainer()).run();
        if (session.current().filter(c -> c == current).isPresent()) { // a switch meanwhile makes it moot
            recordCheck(result);
        }
        return result;
    }

    /** Called with the new health each time it changes. */
    public void onChange(Consumer<Health> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** The health last recorded, if a connection has been checked or reported on. */
    public synchronized Optional<Health> health() {
        return Optional.ofNullable(health);
    }

    private void record(Optional<AwsProblem> problem) {
        Optional<Session.Connection> current = session.current();
        if (current.isEmpty()) {
            return;
        }
        Health next = new Health(current.get().spec(), problem);
        synchronized (this) {
            if (next.equals(health)) {
                return;
            }
            health = next;
        }
        listeners.forEach(l -> l.accept(next));
    }
}
