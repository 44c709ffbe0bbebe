package dev.lambdadesk.aws;

import java.util.Optional;

/** Asks the service one cheap question to tell whether a connection works, and if not, why. */
public final class ConnectionCheck {

    /** Empty problem: the connection works. Throttling counts as working: the service answered. */
    public record Result(Optional<AwsProblem> problem) {
        public boolean isConnected() {
            return problem.isEmpty();
        }
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
            return new Result(Optional.empty());
        } catch (RuntimeException e) {
            AwsProblem p = explainer.explain(e);
            return new Result(p.kind() == AwsProblem.Kind.THROTTLED ? Optional.empty() : Optional.of(p));
        }
    }
}
