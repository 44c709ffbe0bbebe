package dev.lambdadesk.ui.connection;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.lambdadesk.aws.AwsClients;
import dev.lambdadesk.aws.ConnectionMonitor;
import dev.lambdadesk.aws.Connector;
import dev.lambdadesk.aws.ProfileSource;
import dev.lambdadesk.aws.Session;
import dev.lambdadesk.aws.sso.SsoTokenCache;
import dev.lambdadesk.core.ConnectionSpec;
import dev.lambdadesk.local.LocalEndpoint;
import dev.lambdadesk.local.LocalEndpointConfig;
import dev.lambdadesk.testing.ManualClock;
import dev.lambdadesk.testing.ManualScheduler;
import dev.lambdadesk.ui.common.UiExecutor;
import dev.lambdadesk.ui.shell.ShellViewModel;

/**
 * A local endpoint on a free port, AWS profile files in a temporary directory (the endpoint's own credentials file,
 * with its {@code lambdadesk-local} profile, plus a config file), and the connection ViewModel over them.
 */
final class ConnectionFixture implements AutoCloseable {

    static final String CONFIG = """
            [profile dev-sso]
            sso_session = corp
            sso_account_id = 111122223333
            sso_role_name = Developer
            region = us-west-2

            [sso-session corp]
            sso_start_url = https://lambdadesk-test.awsapps.com/start
            sso_region = us-east-1

            [profile wrong-secret]
            region = eu-west-1
            """;

    final LocalEndpoint endpoint;
    final Path configFile;
    final Path credentialsFile;
    /** The sign-in cache the profiles look at (the AWS CLI's own stays untouched). */
    final SsoTokenCache tokens;
    final ProfileSource profiles;
    final Session session = new Session();
    final ConnectionMonitor monitor = new ConnectionMonitor(session);
    final ShellViewModel shell = new ShellViewModel();
    final ManualScheduler scheduler = new ManualScheduler(new ManualClock(Instant.parse("2025-01-01T00:00:00Z")));
    final List<ConnectionSpec> switches = new ArrayList<>();
    final Connector connector;
    final ConnectionViewModel viewModel;

    ConnectionFixture(Path dir, UiExecutor executor) throws IOException {
        endpoint = LocalEndpoint.start(LocalEndpointConfig.defaults(dir.resolve("endpoint")).withPort(0)
                .withPendingMillis(0));
        credentialsFile = dir.resolve("credentials");
        Files.writeString(credentialsFile, Files.readString(endpoint.credentialsFile().orElseThrow())
                + "\n[wrong-secret]\naws_access_key_id = " + endpoint.credentials().accessKeyId()
                + "\naws_secret_access_key = not-the-secret\n");
        configFile = Files.writeString(dir.resolve("config"), CONFIG);
        session.onSwitch(switches::add);
        tokens = new SsoTokenCache(dir.resolve("sso-cache"));
        profiles = ProfileSource.files(configFile, credentialsFile, tokens);
        connector = Connector.of(profiles, region -> new Session.Connection(
                new ConnectionSpec.Local(region), AwsClients.local(endpoint.endpointUri(),
                endpoint.credentials().accessKeyId(), endpoint.credentials().secretAccessKey(), region)));
        viewModel = new ConnectionViewModel(session, monitor, connector, profiles, executor, scheduler, shell);
    }

    String endpointUrl() {
        return endpoint.endpointUri().toString();
    }

    @Override
    public void close() {
        session.close();
        endpoint.close();
    }
}
