package dev.lambdadesk.aws;

import java.util.Optional;

import dev.lambdadesk.core.ConnectionState;

/** Asks the service one cheap question to tell whether a connection works, and if not, why. */
public final class ConnectionCheck {

    /** The state, and for anything but CONNECTED the problem explained. */
    public record Result(ConnectionState state, Optional<AwsProblem> problem) {
    }

    private final AwsClients clients;
    private final AwsErrorExplainer explainer;

    public ConnectionCheck(AwsClients clients, AwsErrorExplainer explainer) {
        this.clients = clients;
        this.explainer = explainer;
    }

    /** Blocking: call it off the FX thread. */
    public Result run() {
        try {
            clients.lambda().getAccountSettings(b -> { });
            return new Result(ConnectionState.CONNECTED, Optional.empty());
        } catch (RuntimeException e) {
            AwsProblem p = explainer.explain(e);
            return new Result(stateOf(p), Optional.of(p));
        }
    }

    /** The indicator state for a failed call's problem. */
    public static ConnectionState stateOf(AwsProblem p) {
        return switch (p.kind()) {
            case EXPIRED_CREDENTIALS -> ConnectionState.EXPIRED_CREDENTIALS;
            case BAD_CREDENTIALS -> ConnectionState.BAD_CREDENTIALS;
            case ACCESS_DENIED -> ConnectionState.ACCESS_DENIED;
            case UNREACHABLE, SERVICE_ERROR -> ConnectionState.UNREACHABLE;
            default -> ConnectionState.CONNECTED;
        };
    }
}
