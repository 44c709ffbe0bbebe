package dev.lambdadesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lambdadesk.aws.AwsClients;
import dev.lambdadesk.aws.ConnectionMonitor;
import dev.lambdadesk.aws.Connector;
import dev.lambdadesk.aws.ProfileSource;
import dev.lambdadesk.aws.Session;
import dev.lambdadesk.aws.StateWatcher;
import dev.lambdadesk.core.ConnectionSpec;
import dev.lambdadesk.core.TaskScheduler;
import dev.lambdadesk.core.Theme;
import dev.lambdadesk.local.LocalEndpoint;
import dev.lambdadesk.local.LocalEndpointConfig;
import dev.lambdadesk.persist.SettingsStore;
import dev.lambdadesk.ui.common.CurrentThreadUiExecutor;
import dev.lambdadesk.ui.connection.ConnectionPickerViewModel;
import dev.lambdadesk.ui.connection.ConnectionViewModel;
import dev.lambdadesk.ui.shell.ShellViewModel;

/** The theme and the picked connection survive a restart; a damaged or unwritable settings file is told once. */
class SettingsKeeperTest {

    @TempDir
    Path dir;

    private LocalEndpoint endpoint;
    private final Session session = new Session();

    @BeforeEach
    void start() throws IOException {
        endpoint = LocalEndpoint.start(LocalEndpointConfig.defaults(dir.resolve("endpoint")).withPort(0));
    }

    @AfterEach
    void stop() {
        session.close();
        endpoint.close();
    }

    @Test
    void theThemeAndThePickedConnectionAreThereAfterARestart() {
        Path dataDir = dir.resolve("data");
        SettingsKeeper first = new SettingsKeeper(new SettingsStore(dataDir, Clock.systemUTC()));
        ShellViewModel shell = new ShellViewModel();
        ConnectionViewModel connection = connectionViewModel(shell);
        first.bind(shell, connection);

        shell.toggleTheme();
        pickTheEndpointsProfile(connection, "eu-west-1");

        SettingsKeeper second = new SettingsKeeper(new SettingsStore(dataDir, Clock.systemUTC()));
        ShellViewModel restarted = new ShellViewModel();
        second.bind(restarted, connectionViewModel(restarted));

        ConnectionSpec picked = new ConnectionSpec.Profile("lambdadesk-local", "eu-west-1",
                Optional.of(endpoint.endpointUri().toString()));
        assertThat(second.current().theme()).isEqualTo(Theme.DARK);
        assertThat(restarted.darkThemeProperty().get()).isTrue();
        assertThat(second.current().lastConnection()).isEqualTo(picked);
        assertThat(new ConnectionOptions().resolve(second.current().lastConnection(),
                ProfileSource.files(dir.resolve("none"), credentialsFile()).discover()).spec()).isEqualTo(picked);
        assertThat(restarted.notices()).isEmpty();
    }

    @Test
    void aProfilesLastRegionIsRememberedAcrossARestartWhileTheLocalEndpointKeepsItsOwn() {
        Path dataDir = dir.resolve("data");
        SettingsKeeper first = new SettingsKeeper(new SettingsStore(dataDir, Clock.systemUTC()));
        ShellViewModel shell = new ShellViewModel();
        ConnectionViewModel connection = connectionViewModel(shell);
        first.bind(shell, connection);
        pickTheEndpointsProfile(connection, "ca-central-1");
        ConnectionPickerViewModel toLocal = connection.newPicker();
        toLocal.selectedChoiceProperty().set(toLocal.choices().get(0));
        toLocal.apply();

        SettingsKeeper second = new SettingsKeeper(new SettingsStore(dataDir, Clock.systemUTC()));
        ShellViewModel restarted = new ShellViewModel();
        ConnectionViewModel again = connectionViewModel(restarted);
        second.bind(restarted, again);
        ConnectionPickerViewModel reopened = again.newPicker();
        reopened.selectedChoiceProperty().set(reopened.choices().stream()
                .filter(c -> c.label().startsWith("lambdadesk-local")).findFirst().orElseThrow());

        assertThat(second.current().lastConnection()).isEqualTo(new ConnectionSpec.Local("us-east-1"));
        assertThat(reopened.regionProperty().get()).isEqualTo("ca-central-1");
    }

    /** Picks the profile that signs with the endpoint's keys, in {@code region}, at the endpoint's address. */
    private void pickTheEndpointsProfile(ConnectionViewModel connection, String region) {
        ConnectionPickerViewModel picker = connection.newPicker();
        picker.selectedChoiceProperty().set(picker.choices().stream()
                .filter(c -> c.label().startsWith("lambdadesk-local")).findFirst().orElseThrow());
        picker.regionProperty().set(region);
        picker.endpointUrlProperty().set(endpoint.endpointUri().toString());
        picker.apply();
    }

    @Test
    void theStartConnectionIsNotRememberedAsThePersonsChoice() {
        Path dataDir = dir.resolve("data");
        SettingsKeeper keeper = new SettingsKeeper(new SettingsStore(dataDir, Clock.systemUTC()));
        ShellViewModel shell = new ShellViewModel();
        ConnectionViewModel connection = connectionViewModel(shell);
        keeper.bind(shell, connection);

        connection.connect(new ConnectionSpec.Local("eu-north-1"));

        assertThat(Files.exists(dataDir.resolve("settings.json"))).isFalse();
    }

    @Test
    void aDamagedSettingsFileIsToldOnceAndDefaultsAreUsed() throws IOException {
        Path dataDir = Files.createDirectories(dir.resolve("data"));
        Files.writeString(dataDir.resolve("settings.json"), "{\"theme\": \"dark\", ");

        SettingsKeeper keeper = new SettingsKeeper(new SettingsStore(dataDir, Clock.systemUTC()));
        ShellViewModel shell = new ShellViewModel();
        keeper.bind(shell, connectionViewModel(shell));

        assertThat(shell.notices()).singleElement().asString().contains("damaged", "set aside");
        assertThat(shell.darkThemeProperty().get()).isFalse();

        SettingsKeeper again = new SettingsKeeper(new SettingsStore(dataDir, Clock.systemUTC()));
        ShellViewModel nextStart = new ShellViewModel();
        again.bind(nextStart, connectionViewModel(nextStart));
        assertThat(nextStart.notices()).isEmpty();
    }

    @Test
    void settingsThatCannotBeSavedAreToldOnceAndTheAppGoesOn() throws IOException {
        Path notADirectory = Files.writeString(dir.resolve("in-the-way"), "x");
        SettingsKeeper keeper = new SettingsKeeper(new SettingsStore(notADirectory, Clock.systemUTC()));
        ShellViewModel shell = new ShellViewModel();
        keeper.bind(shell, connectionViewModel(shell));

        shell.toggleTheme();
        shell.toggleTheme();

        assertThat(shell.notices()).singleElement().asString().startsWith("The settings could not be saved");
        assertThat(keeper.current().theme()).isEqualTo(Theme.LIGHT);
    }

    @Test
    void thePollingPolicyComesFromTheSettings() throws IOException {
        Path dataDir = Files.createDirectories(dir.resolve("data"));
        Files.writeString(dataDir.resolve("settings.json"), """
                {"polling": {"firstPollMillis": 250, "maxIntervalMillis": 3000, "timeoutSeconds": 600}}
                """);

        StateWatcher.Policy policy = new SettingsKeeper(new SettingsStore(dataDir, Clock.systemUTC())).pollingPolicy();

        assertThat(policy).isEqualTo(new StateWatcher.Policy(Duration.ofMillis(250), SettingsKeeper.POLLING_GROWTH,
                Duration.ofSeconds(3), Duration.ofMinutes(10)));
    }

    private Path credentialsFile() {
        return endpoint.credentialsFile().orElseThrow();
    }

    private ConnectionViewModel connectionViewModel(ShellViewModel shell) {
        ProfileSource profiles = ProfileSource.files(dir.resolve("none"), credentialsFile());
        return new ConnectionViewModel(session, new ConnectionMonitor(session), Connector.of(profiles,
                region -> new Session.Connection(new ConnectionSpec.Local(region), AwsClients.local(
                        endpoint.endpointUri(), endpoint.credentials().accessKeyId(),
                        endpoint.credentials().secretAccessKey(), region))),
                profiles, new CurrentThreadUiExecutor(), TaskScheduler.virtualThreads(), shell);
    }
}
