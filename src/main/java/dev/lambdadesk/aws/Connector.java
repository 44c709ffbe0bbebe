package dev.lambdadesk.aws;

import dev.lambdadesk.core.ConnectionSpec;

/** Opens a connection for a {@link ConnectionSpec}: builds its clients, sends nothing yet. */
@FunctionalInterface
public interface Connector {

    /** Blocking (the local endpoint may have to start): call it off the FX thread. */
    Session.Connection open(ConnectionSpec spec) throws Exception;

    /** Opens the embedded local endpoint's connection for a region. */
    @FunctionalInterface
    interface LocalOpener {
        Session.Connection open(String region) throws Exception;
    }

    /** Profiles through {@code profiles}; the local endpoint through {@code local}. */
    static Connector of(ProfileSource profiles, LocalOpener local) {
        return spec -> switch (spec) {
            case ConnectionSpec.Local l -> local.open(l.region());
            case ConnectionSpec.Profile p -> new Session.Connection(p, profiles.clients(p));
        };
    }
}
