package dev.lambdadesk.persist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.core.ConnectionSpec;
import dev.lambdadesk.core.PrivateFiles;
import dev.lambdadesk.core.Theme;

/**
 * Reads and writes {@code <data dir>/settings.json}. Unknown or bad values fall back to defaults one by one; a file
 * that is not JSON at all is set aside with a message.
 */
public final class SettingsStore {

    private static final Logger LOG = Logger.getLogger(SettingsStore.class.getName());
    private static final String REGION = "[a-z]{2}(-[a-z]+)+-\\d{1,2}";

    private final Path file;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    public SettingsStore(Path dataDir, Clock clock) {
        this.file = dataDir.resolve("settings.json");
        this.clock = clock;
    }

    public LoadResult<Settings> load() {
        if (!Files.isRegularFile(file)) {
            return LoadResult.absent();
        }
        try {
            JsonNode root = json.readTree(file.toFile());
            if (root == null || !root.isObject()) {
                throw new IOException("not a JSON object");
            }
            return LoadResult.of(fromJson(root));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Settings file " + file + " cannot be read; setting it aside", e);
            try {
                Path aside = PrivateFiles.setAside(file, clock);
                return LoadResult.setAside("The settings file was damaged and was set aside as "
                        + aside.getFileName() + "; default settings are in use.");
            } catch (IOException moveFailed) {
                LOG.log(Level.WARNING, "Cannot set aside " + file, moveFailed);
                return LoadResult.setAside("The settings file was damaged; default settings are in use.");
            }
        }
    }

    /** The stored settings, or the defaults. */
    public Settings loadOrDefaults() {
        return load().value().orElseGet(Settings::defaults);
    }

    public void save(Settings settings) throws IOException {
        PrivateFiles.writeAtomically(file, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(toJson(settings)));
    }

    private ObjectNode toJson(Settings s) {
        ObjectNode root = json.createObjectNode();
        root.put("theme", s.theme().name().toLowerCase(Locale.ROOT));
        ObjectNode conn = root.putObject("lastConnection");
        switch (s.lastConnection()) {
            case ConnectionSpec.Local l -> conn.put("type", "local").put("region", l.region());
            case ConnectionSpec.Profile p -> {
                conn.put("type", "profile").put("profile", p.profileName()).put("region", p.region());
                p.endpointUrl().ifPresent(u -> conn.put("endpointUrl", u));
            }
        }
        ObjectNode polling = root.putObject("polling");
        polling.put("firstPollMillis", s.polling().firstPoll().toMillis());
        polling.put("maxIntervalMillis", s.polling().maxInterval().toMillis());
        polling.put("timeoutSeconds", s.polling().timeout().toSeconds());
        root.put("storeSecretsInDrafts", s.storeSecretsInDrafts());
        ObjectNode regions = root.putObject("profileRegions");
        new TreeMap<>(s.profileRegions()).forEach(regions::put);
        return root;
    }

    private static Settings fromJson(JsonNode root) {
        Settings d = Settings.defaults();
        Theme theme = "dark".equalsIgnoreCase(root.path("theme").asText()) ? Theme.DARK : Theme.LIGHT;
        return new Settings(theme, connection(root.path("lastConnection")).orElse(d.lastConnection()),
                polling(root.path("polling"), d.polling()), root.path("storeSecretsInDrafts").asBoolean(false),
                profileRegions(root.path("profileRegions")));
    }

    /** Profile name to region; entries whose region is not of a region's form are dropped. */
    private static Map<String, String> profileRegions(JsonNode regions) {
        Map<String, String> out = new TreeMap<>();
        regions.properties().forEach(e -> {
            if (e.getValue().isTextual() && e.getValue().asText().matches(REGION)) {
                out.put(e.getKey(), e.getValue().asText());
            }
        });
        return out;
    }

    private static Optional<ConnectionSpec> connection(JsonNode c) {
        String region = c.path("region").asText("");
        if (!region.matches(REGION)) {
            return Optional.empty();
        }
        if ("local".equals(c.path("type").asText())) {
            return Optional.of(new ConnectionSpec.Local(region));
        }
        String profile = c.path("profile").asText("");
        if ("profile".equals(c.path("type").asText()) && !profile.isBlank()) {
            String url = c.path("endpointUrl").asText("");
            return Optional.of(new ConnectionSpec.Profile(profile, region,
                    url.isBlank() ? Optional.empty() : Optional.of(url)));
        }
        return Optional.empty();
    }

    private static Settings.Polling polling(JsonNode p, Settings.Polling d) {
        long first = p.path("firstPollMillis").asLong(d.firstPoll().toMillis());
        long max = p.path("maxIntervalMillis").asLong(d.maxInterval().toMillis());
        long timeout = p.path("timeoutSeconds").asLong(d.timeout().toSeconds());
        if (first < 50 || first > 60_000 || max < first || max > 600_000 || timeout < 10 || timeout > 86_400) {
            return d;
        }
        return new Settings.Polling(Duration.ofMillis(first), Duration.ofMillis(max), Duration.ofSeconds(timeout));
    }
}
