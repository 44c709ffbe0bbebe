package dev.lambdadesk.persist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lambdadesk.core.ConnectionSpec;
import dev.lambdadesk.core.Theme;
import dev.lambdadesk.testing.ManualClock;

class SettingsStoreTest {

    @TempDir
    Path dataDir;

    private final ManualClock clock = new ManualClock(Instant.parse("2026-03-01T10:00:00Z"));

    @Test
    void settingsSurviveARestart() throws Exception {
        Settings s = Settings.defaults().withTheme(Theme.DARK)
                .withLastConnection(new ConnectionSpec.Profile("dev-sso", "eu-west-1",
                        Optional.of("http://localhost:4566")))
                .withStoreSecretsInDrafts(true);
        new SettingsStore(dataDir, clock).save(s);

        Settings back = new SettingsStore(dataDir, clock).load().value().orElseThrow();

        assertThat(back).isEqualTo(s);
        assertThat(back.lastProfile()).contains("dev-sso");
    }

    @Test
    void eachProfileKeepsTheRegionItWasLastUsedWith() throws Exception {
        Settings s = Settings.defaults()
                .withLastConnection(new ConnectionSpec.Profile("dev", "eu-west-1", Optional.empty()))
                .withLastConnection(new ConnectionSpec.Profile("prod", "ap-southeast-2", Optional.empty()))
                .withLastConnection(new ConnectionSpec.Local("us-east-1"));
        new SettingsStore(dataDir, clock).save(s);

        Settings back = new SettingsStore(dataDir, clock).load().value().orElseThrow();

        assertThat(back.profileRegions()).containsExactlyInAnyOrderEntriesOf(
                java.util.Map.of("dev", "eu-west-1", "prod", "ap-southeast-2"));
        assertThat(back.lastConnection()).isEqualTo(new ConnectionSpec.Local("us-east-1"));
    }

    @Test
    void noFileMeansDefaultsWithoutAMessage() {
        LoadResult<Settings> r = new SettingsStore(dataDir, clock).load();
        assertThat(r.value()).isEmpty();
        assertThat(r.problem()).isEmpty();
        assertThat(new SettingsStore(dataDir, clock).loadOrDefaults()).isEqualTo(Settings.defaults());
    }

    @Test
    void aCorruptedFileIsSetAsideAndDefaultsApply() throws Exception {
        Files.writeString(dataDir.resolve("settings.json"), "theme: dark\u0000garbage");

        LoadResult<Settings> r = new SettingsStore(dataDir, clock).load();

        assertThat(r.value()).isEmpty();
        assertThat(r.problem()).get().asString().contains("set aside");
        assertThat(dataDir.resolve("settings.json")).doesNotExist();
    }

    @Test
    void badValuesFallBackOneByOne() throws Exception {
        Files.writeString(dataDir.resolve("settings.json"), """
                {"theme":"dark","lastConnection":{"type":"profile","profile":"","region":"mars-1"},
                 "polling":{"firstPollMillis":-5,"maxIntervalMillis":1,"timeoutSeconds":1}}
                """);

        Settings s = new SettingsStore(dataDir, clock).load().value().orElseThrow();

        assertThat(s.theme()).isEqualTo(Theme.DARK);
        assertThat(s.lastConnection()).isEqualTo(new ConnectionSpec.Local("us-east-1"));
        assertThat(s.polling()).isEqualTo(Settings.Polling.standard());
        assertThat(s.polling().firstPoll()).isEqualTo(Duration.ofMillis(500));
    }
}
