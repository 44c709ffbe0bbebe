package dev.lambdadesk.local;

import java.io.IOException;

/** Another running endpoint (the desktop app or the local-endpoint command) holds the data directory. */
public final class DataDirectoryInUseException extends IOException {
    private static final long serialVersionUID = 1L;

    public DataDirectoryInUseException(String message) {
        super(message);
    }
}
