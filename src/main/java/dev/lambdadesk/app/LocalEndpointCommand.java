package dev.lambdadesk.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import java.util.logging.Logger;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import dev.lambdadesk.local.CredentialsFile;
import dev.lambdadesk.local.EndpointCredentials;
import dev.lambdadesk.local.LocalEndpoint;
import dev.lambdadesk.local.LocalEndpointConfig;

/** {@code local-endpoint}: the embedded AWS-compatible endpoint, headless, until Ctrl-C or SIGTERM. */
@Command(name = "local-endpoint", mixinStandardHelpOptions = true,
        description = "Runs the local AWS-compatible endpoint (Lambda, Signer, S3, IAM) headless on 127.0.0.1.")
final class LocalEndpointCommand implements Callable<Integer> {

    private static final Logger LOG = Logger.getLogger(LocalEndpointCommand.class.getName());

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "4599",
            description = "TCP port on 127.0.0.1; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Where state, code and the credentials file live (default: ~/.lambdadesk/local).")
    Path dataDir;

    @Option(names = "--access-key", paramLabel = "KEY", description = "Access key id to require (with --secret-key).")
    String accessKey;

    @Option(names = "--secret-key", paramLabel = "SECRET", description = "Secret access key (with --access-key).")
    String secretKey;

    @Option(names = "--region", paramLabel = "REGION", defaultValue = "us-east-1",
            description = "Region for the generated credentials file (default: ${DEFAULT-VALUE}).")
    String region;

    @Option(names = "--pending-ms", paramLabel = "MILLIS", defaultValue = "1500",
            description = "How long a new function stays Pending; 0 = Active on the next read "
                    + "(default: ${DEFAULT-VALUE}).")
    long pendingMillis;

    @Override
    public Integer call() throws IOException, InterruptedException {
        StartupTrace.mark("command line parsed");
        if ((accessKey == null) != (secretKey == null)) {
            throw new ParameterException(spec.commandLine(), "Give both --access-key and --secret-key, or neither.");
        }
        Path dir = dataDir != null ? dataDir : Path.of(System.getProperty("user.home"), ".lambdadesk", "local");
        LocalEndpointConfig config;
        try {
            config = new LocalEndpointConfig(port, dir, accessKey == null ? null
                    : new EndpointCredentials(accessKey, secretKey), region, pendingMillis, Clock.systemUTC());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        LocalEndpoint endpoint;
        try {
            endpoint = LocalEndpoint.start(config);
        } catch (IOException e) {
            LOG.log(Level.FINE, "Starting the endpoint failed", e);
            spec.commandLine().getErr().println("Could not start the local endpoint: " + e.getMessage());
            return 1;
        }
        StartupTrace.mark("endpoint listening");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            endpoint.close();
            stopped.countDown();
        }, "local-endpoint-shutdown"));
        PrintWriter out = spec.commandLine().getOut();
        out.println("LambdaDesk local endpoint listening on " + endpoint.endpointUri());
        out.println("Access key id: " + endpoint.credentials().accessKeyId());
        out.println(endpoint.credentialsFile()
                .map(f -> "Credentials: " + f.toAbsolutePath() + " (profile " + CredentialsFile.PROFILE + ")")
                .orElse("Credentials: as given on the command line"));
        out.flush();
        stopped.await();
        return 0;
    }
}
