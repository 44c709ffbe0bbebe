package dev.lambdadesk.local;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * How to start a {@link LocalEndpoint}.
 *
 * @param port          the TCP port on 127.0.0.1 (0 = any free port)
 * @param dataDir       where the state, code blobs and credentials file live
 * @param credentials   the key pair to require, or null to use (or create) {@code dataDir/credentials}
 * @param region        the region written to a new credentials file and reported to clients
 * @param pendingMillis how long a new function stays Pending and an update InProgress (0 = done on the next read)
 * @param clock         the endpoint's clock (tests move it)
 */
public record LocalEndpointConfig(int port, Path dataDir, EndpointCredentials credentials, String region,
                                  long pendingMillis, Clock clock) {

    public static final int DEFAULT_PORT = 4599;
    public static final String DEFAULT_REGION = "us-east-1";
    public static final long DEFAULT_PENDING_MILLIS = 1500;

    public LocalEndpointConfig {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(clock, "clock");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("The port must be between 0 and 65535");
        }
        if (pendingMillis < 0) {
            throw new IllegalArgumentException("The pending time must not be negative");
        }
    }

    /** The defaults (port 4599, us-east-1, 1500 ms pending, system clock) for a data directory. */
    public static LocalEndpointConfig defaults(Path dataDir) {
        return new LocalEndpointConfig(DEFAULT_PORT, dataDir, null, DEFAULT_REGION, DEFAULT_PENDING_MILLIS,
                Clock.systemUTC());
    }

    public LocalEndpointConfig withPort(int newPort) {
        return new LocalEndpointConfig(newPort, dataDir, credentials, region, pendingMillis, clock);
    }

    public LocalEndpointConfig withCredentials(EndpointCredentials newCredentials) {
        return new LocalEndpointConfig(port, dataDir, newCredentials, region, pendingMillis, clock);
    }

    public LocalEndpointConfig withRegion(String newRegion) {
        return new LocalEndpointConfig(port, dataDir, credentials, newRegion, pendingMillis, clock);
    }

    public LocalEndpointConfig withPendingMillis(long newPendingMillis) {
        return new LocalEndpointConfig(port, dataDir, credentials, region, newPendingMillis, clock);
    }

    public LocalEndpointConfig withClock(Clock newClock) {
        return new LocalEndpointConfig(port, dataDir, credentials, region, pendingMillis, newClock);
    }
}
