package dev.lambdadesk.ui.connection;

import java.net.URI;
import java.util.Optional;

import dev.lambdadesk.aws.AwsProblem;
import dev.lambdadesk.core.ConnectionSpec;
import dev.lambdadesk.ui.shell.ConnectionState;
import dev.lambdadesk.ui.shell.ConnectionStatus;

/** What the connection indicator says about a connection and the problem found on it, if any. */
final class ConnectionStatuses {

    private ConnectionStatuses() {
    }

    static ConnectionStatus connecting(ConnectionSpec spec) {
        return new ConnectionStatus(ConnectionState.CONNECTING, spec.label(),
                "Checking " + spec.label() + " with a GetAccountSettings call.");
    }

    static ConnectionStatus of(ConnectionSpec spec, Optional<URI> endpoint, Optional<AwsProblem> problem) {
        if (problem.isEmpty()) {
            return new ConnectionStatus(ConnectionState.CONNECTED, spec.label(), whereRequestsGo(spec, endpoint));
        }
        AwsProblem p = problem.get();
        return switch (p.kind()) {
            case EXPIRED_CREDENTIALS -> new ConnectionStatus(ConnectionState.CREDENTIALS_EXPIRED, spec.label(),
                    p.summary());
            case NO_CREDENTIALS -> new ConnectionStatus(ConnectionState.NO_CREDENTIALS, spec.label(), p.summary());
            case BAD_CREDENTIALS -> new ConnectionStatus(ConnectionState.CREDENTIALS_REFUSED, spec.label(),
                    p.summary());
            case ACCESS_DENIED -> new ConnectionStatus(ConnectionState.ACCESS_DENIED, spec.label(), p.summary());
            case UNREACHABLE -> new ConnectionStatus(ConnectionState.UNREACHABLE, spec.label(),
                    p.summary() + endpoint.map(u -> " (" + u + ")").orElse(""));
            default -> new ConnectionStatus(ConnectionState.UNREACHABLE, spec.label(),
                    "The endpoint did not answer as AWS Lambda does: " + p.summary());
        };
    }

    /** The connection could not even be opened (the local endpoint did not start, the profile cannot be used). */
    static ConnectionStatus notOpened(ConnectionSpec spec, String reason) {
        return new ConnectionStatus(ConnectionState.UNREACHABLE, spec.label(), reason);
    }

    private static String whereRequestsGo(ConnectionSpec spec, Optional<URI> endpoint) {
        return switch (spec) {
            case ConnectionSpec.Local l -> "Requests go to the embedded local endpoint"
                    + endpoint.map(u -> " at " + u).orElse("") + " in region " + l.region()
                    + "; no AWS account is used.";
            case ConnectionSpec.Profile p -> "Requests go to " + endpoint.map(URI::toString)
                    .orElse("AWS") + " in region " + p.region() + ", signed with the credentials of profile "
                    + p.profileName() + ".";
        };
    }
}
