package dev.lambdadesk.ui.shell;

import java.util.Objects;

/**
 * What the connection indicator shows.
 *
 * @param state  where the connection stands
 * @param target the endpoint in a person's words, e.g. "Local endpoint · us-east-1" or "Profile dev · eu-west-1"
 * @param detail one sentence for the tooltip: what the state means here and what to do about it
 */
public record ConnectionStatus(ConnectionState state, String target, String detail) {

    public ConnectionStatus {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(detail, "detail");
    }

    /** A status whose detail is the state's standard explanation. */
    public static ConnectionStatus of(ConnectionState state, String target) {
        return new ConnectionStatus(state, target, state.explanation());
    }

    /** The indicator's text, e.g. "Local endpoint · us-east-1" or "Profile dev · eu-west-1 — unreachable". */
    public String summary() {
        return switch (state) {
            case CONNECTED -> target;
            case CONNECTING -> "Connecting to " + target + "…";
            default -> target + " — " + state.words();
        };
    }
}
