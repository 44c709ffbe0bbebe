package dev.lambdadesk.core;

/** What the connection indicator shows. */
public enum ConnectionState {
    CONNECTING("Connecting…"),
    CONNECTED("Connected"),
    UNREACHABLE("Unreachable"),
    EXPIRED_CREDENTIALS("Credentials expired"),
    BAD_CREDENTIALS("Credentials refused"),
    ACCESS_DENIED("Access denied");

    private final String label;

    ConnectionState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isUsable() {
        return this == CONNECTED;
    }
}
