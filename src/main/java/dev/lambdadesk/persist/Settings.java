package dev.lambdadesk.persist;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import dev.lambdadesk.core.ConnectionSpec;
import dev.lambdadesk.core.Theme;

/**
 * The person's settings.
 *
 * @param storeSecretsInDrafts whether environment values marked secret may be written into drafts
 * @param profileRegions       the region each AWS profile was last connected with (a connection owns its region)
 */
public record Settings(Theme theme, ConnectionSpec lastConnection, Polling polling, boolean storeSecretsInDrafts,
                       Map<String, String> profileRegions) {

    /** How the state panel polls: first poll, the cap of the interval, and when to give up. */
    public record Polling(Duration firstPoll, Duration maxInterval, Duration timeout) {
        public static Polling standard() {
            return new Polling(Duration.ofMillis(500), Duration.ofSeconds(5), Duration.ofMinutes(15));
        }
    }

    public Settings {
        theme = Objects.requireNonNullElse(theme, Theme.LIGHT);
        lastConnection = Objects.requireNonNullElse(lastConnection, new ConnectionSpec.Local("us-east-1"));
        polling = Objects.requireNonNullElse(polling, Polling.standard());
        profileRegions = Map.copyOf(Objects.requireNonNullElse(profileRegions, Map.of()));
    }

    public Settings(Theme theme, ConnectionSpec lastConnection, Polling polling, boolean storeSecretsInDrafts) {
        this(theme, lastConnection, polling, storeSecretsInDrafts, Map.of());
    }

    public static Settings defaults() {
        return new Settings(Theme.LIGHT, new ConnectionSpec.Local("us-east-1"), Polling.standard(), false);
    }

    public Settings withTheme(Theme t) {
        return new Settings(t, lastConnection, polling, storeSecretsInDrafts, profileRegions);
    }

    /** The last connection, and for a profile also the region it was used with. */
    public Settings withLastConnection(ConnectionSpec c) {
        Map<String, String> regions = profileRegions;
        if (c instanceof ConnectionSpec.Profile p) {
            regions = new TreeMap<>(profileRegions);
            regions.put(p.profileName(), p.region());
        }
        return new Settings(theme, c, polling, storeSecretsInDrafts, regions);
    }

    public Settings withStoreSecretsInDrafts(boolean v) {
        return new Settings(theme, lastConnection, polling, v, profileRegions);
    }

    /** The profile name when the last connection was a profile. */
    public Optional<String> lastProfile() {
        return lastConnection instanceof ConnectionSpec.Profile p ? Optional.of(p.profileName()) : Optional.empty();
    }
}
