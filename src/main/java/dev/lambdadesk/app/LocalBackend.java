package dev.lambdadesk.app;

import java.io.IOException;
import java.net.BindException;
import java.net.URI;
import java.nio.file.Path;
import java.util.logging.Logger;

import dev.lambdadesk.aws.AwsClients;
import dev.lambdadesk.aws.Session;
import dev.lambdadesk.core.ConnectionSpec;
import dev.lambdadesk.local.CredentialsFile;
import dev.lambdadesk.local.DataDirectoryInUseException;
import dev.lambdadesk.local.EndpointCredentials;
import dev.lambdadesk.local.LocalEndpoint;
import dev.lambdadesk.local.LocalEndpointConfig;

/** The embedded local endpoint the desktop app starts in-process, and the session connection to it. */
final class LocalBackend implements AutoCloseable {

    static final String LABEL = "Local endpoint · " + LocalEndpointConfig.DEFAULT_REGION;
    private static final Logger LOG = Logger.getLogger(LocalBackend.class.getName());

    private final Path dataDir;
    private volatile LocalEndpoint endpoint;
    /** An endpoint another process (the local-endpoint command) already runs on the same data dir. */
    private volatile URI external;

    LocalBackend(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** Starts the endpoint if needed and returns a connection to it in the endpoint's own region. */
    synchronized Session.Connection start() throws IOException {
        return start(LocalEndpointConfig.DEFAULT_REGION);
    }

    /**
     * Starts the endpoint (on the usual port when it is free, so the AWS CLI finds it there, else on any free port)
     * and returns a connection to it in {@code region}: the endpoint keeps each region's functions apart, as AWS
     * does. Blocking: call it off the FX thread.
     */
    synchronized Session.Connection start(String region) throws IOException {
        if (endpoint == null && external == null) {
            LocalEndpointConfig config = LocalEndpointConfig.defaults(dataDir);
            try {
                endpoint = LocalEndpoint.start(config);
            } catch (BindException e) {
                LOG.info("Port " + config.port() + " is taken; the local endpoint takes any free port");
                endpoint = LocalEndpoint.start(config.withPort(0));
            } catch (DataDirectoryInUseException e) {
                // The local-endpoint command may already run on this data dir: use it rather than fail.
                external = LocalEndpoint.runningOn(dataDir).orElseThrow(() -> e);
                LOG.info("Using the local endpoint already running at " + external + " on " + dataDir);
            }
        }
        URI uri = endpoint != null ? endpoint.endpointUri() : external;
        EndpointCredentials creds = endpoint != null ? endpoint.credentials()
                : CredentialsFile.load(LocalEndpoint.credentialsFile(dataDir));
        return new Session.Connection(new ConnectionSpec.Local(region),
                AwsClients.local(uri, creds.accessKeyId(), creds.secretAccessKey(), region));
    }

    @Override
    public synchronized void close() {
        if (endpoint != null) {
            endpoint.close();
            endpoint = null;
        }
    }
}
