package dev.lambdadesk.local;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.lambdadesk.local.http.EndpointServer;
import dev.lambdadesk.local.http.Json;
import dev.lambdadesk.local.http.RequestDispatcher;
import dev.lambdadesk.local.http.ServiceEnvironment;
import dev.lambdadesk.local.http.ServiceModule;
import dev.lambdadesk.local.iam.IamModule;
import dev.lambdadesk.local.lambda.CodeObjectSource;
import dev.lambdadesk.local.lambda.CodeSigningCheck;
import dev.lambdadesk.local.lambda.LambdaModule;
import dev.lambdadesk.local.s3.S3Module;
import dev.lambdadesk.local.s3.S3Storage;
import dev.lambdadesk.local.sigv4.SigV4Verifier;
import dev.lambdadesk.local.sigv4.UrlPresigner;
import dev.lambdadesk.local.store.BlobStore;
import dev.lambdadesk.local.store.DurableStore;

/**
 * The embedded AWS-compatible endpoint (Lambda, IAM) on 127.0.0.1: start it, point SDK clients at
 * {@link #endpointUri()} with {@link #credentials()} and {@link #region()}, and close it when done.
 */
public final class LocalEndpoint implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LocalEndpoint.class.getName());

    private final EndpointServer server;
    private final DurableStore store;
    private final EndpointCredentials credentials;
    private final LocalEndpointConfig config;
    private final URI endpointUri;
    private final AtomicBoolean closed = new AtomicBoolean();

    private LocalEndpoint(EndpointServer server, DurableStore store, EndpointCredentials credentials,
                          LocalEndpointConfig config) {
        this.server = server;
        this.store = store;
        this.credentials = credentials;
        this.config = config;
        this.endpointUri = URI.create("http://127.0.0.1:" + server.port());
    }

    /** Opens the state in the data directory, binds the port and starts answering. */
    public static LocalEndpoint start(LocalEndpointConfig config) throws IOException {
        Path dataDir = Files.createDirectories(config.dataDir());
        EndpointCredentials credentials = config.credentials() != null ? config.credentials()
                : CredentialsFile.loadOrCreate(credentialsFile(dataDir), config.region());
        ObjectMapper mapper = Json.newMapper();
        DurableStore store = DurableStore.open(dataDir.resolve("store"), mapper);
        EndpointServer server = null;
        try {
            server = EndpointServer.bind(config.port());
            LocalEndpoint endpoint = new LocalEndpoint(server, store, credentials, config);
            ServiceEnvironment env = new ServiceEnvironment(store, new BlobStore(dataDir.resolve("blobs")), mapper,
                    config.clock(), new UrlPresigner(credentials.accessKeyId(), credentials.secretAccessKey(),
                    config.clock()), endpoint.endpointUri);
            List<ServiceModule> modules = modules(env, config);
            collectGarbage(env.blobs(), modules);
            server.start(new RequestDispatcher(modules, new SigV4Verifier(credentials.accessKeyId(),
                    credentials.secretAccessKey(), config.clock())));
            LOG.fine(() -> "Local endpoint listening on " + endpoint.endpointUri + " with data in " + dataDir);
            return endpoint;
        } catch (IOException | RuntimeException e) {
            if (server != null) {
                server.close();
            }
            store.close();
            throw e;
        }
    }

    /** Where a data directory keeps its generated credentials. */
    public static Path credentialsFile(Path dataDir) {
        return dataDir.resolve("credentials");
    }

    /** The services on the port; the first one answers requests that name no service. */
    private static List<ServiceModule> modules(ServiceEnvironment env, LocalEndpointConfig config) {
        IamModule iam = new IamModule(env);
        S3Module s3 = new S3Module(new S3Storage(env.store(), env.blobs(), env.clock()));
        LambdaModule lambda = new LambdaModule(env, config.pendingMillis(), iam.roles()::lambdaCanAssume,
                CodeObjectSource.none(), CodeSigningCheck.unsignedOnly());
        return List.of(lambda, iam, s3);
    }

    private static void collectGarbage(BlobStore blobs, List<ServiceModule> modules) throws IOException {
        Set<String> referenced = new HashSet<>();
        modules.forEach(m -> referenced.addAll(m.referencedBlobs()));
        blobs.retainOnly(referenced);
    }

    public int port() {
        return server.port();
    }

    public URI endpointUri() {
        return endpointUri;
    }

    public EndpointCredentials credentials() {
        return credentials;
    }

    public String region() {
        return config.region();
    }

    /** The credentials file, when the key pair came from one (not when given in the config). */
    public Optional<Path> credentialsFile() {
        return config.credentials() == null ? Optional.of(credentialsFile(config.dataDir())) : Optional.empty();
    }

    /** Stops answering and closes the state; acknowledged writes are already on disk. Safe to call twice. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        server.close();
        try {
            store.close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Closing the endpoint's state failed", e);
        }
    }
}
