package dev.lambdadesk.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.lambdadesk.local.http.ApiException;
import dev.lambdadesk.local.http.EndpointServer;
import dev.lambdadesk.local.http.Json;
import dev.lambdadesk.local.http.RequestDispatcher;
import dev.lambdadesk.local.http.ServiceEnvironment;
import dev.lambdadesk.local.http.ServiceModule;
import dev.lambdadesk.local.iam.IamModule;
import dev.lambdadesk.local.lambda.CodeObjectSource;
import dev.lambdadesk.local.lambda.LambdaModule;
import dev.lambdadesk.local.s3.S3Module;
import dev.lambdadesk.local.s3.S3Storage;
import dev.lambdadesk.local.signer.SignerModule;
import dev.lambdadesk.local.sigv4.SigV4Verifier;
import dev.lambdadesk.local.sigv4.UrlPresigner;
import dev.lambdadesk.local.store.BlobStore;
import dev.lambdadesk.local.store.DurableStore;

/**
 * The embedded AWS-compatible endpoint (Lambda, IAM, Signer, S3) on 127.0.0.1: start it, point SDK clients at
 * {@link #endpointUri()} with {@link #credentials()} and {@link #region()}, and close it when done.
 */
public final class LocalEndpoint implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LocalEndpoint.class.getName());

    private final EndpointServer server;
    private final DurableStore store;
    private final DataDirectoryLock lock;
    private final EndpointCredentials credentials;
    private final LocalEndpointConfig config;
    private final URI endpointUri;
    private final AtomicBoolean closed = new AtomicBoolean();

    private LocalEndpoint(EndpointServer server, DurableStore store, DataDirectoryLock lock,
                          EndpointCredentials credentials, LocalEndpointConfig config) {
        this.server = server;
        this.store = store;
        this.lock = lock;
        this.credentials = credentials;
        this.config = config;
        this.endpointUri = URI.create("http://127.0.0.1:" + server.port());
    }

    /**
     * Locks the data directory, opens the state in it, binds the port and starts answering.
     *
     * @throws IOException when the directory is in use by another endpoint (the message says so), the port is
     *                     taken ({@link java.net.BindException}) or the state cannot be read
     */
    public static LocalEndpoint start(LocalEndpointConfig config) throws IOException {
        StartupWork.beginInBackground();
        Path dataDir = Files.createDirectories(config.dataDir());
        restrictToOwner(dataDir);
        DataDirectoryLock lock = DataDirectoryLock.acquire(dataDir);
        DurableStore store = null;
        EndpointServer server = null;
        try {
            EndpointCredentials credentials = config.credentials() != null ? config.credentials()
                    : CredentialsFile.loadOrCreate(credentialsFile(dataDir), config.region());
            ObjectMapper mapper = Json.newMapper();
            BlobStore blobs = new BlobStore(dataDir.resolve("blobs"));
            store = DurableStore.open(dataDir.resolve("store"), mapper, blobs);
            server = EndpointServer.bind(config.port());
            LocalEndpoint endpoint = new LocalEndpoint(server, store, lock, credentials, config);
            ServiceEnvironment env = new ServiceEnvironment(store, blobs, mapper,
                    config.clock(), new UrlPresigner(credentials.accessKeyId(), credentials.secretAccessKey(),
                    config.clock()), endpoint.endpointUri);
            List<ServiceModule> modules = modules(env, config);
            collectGarbage(env.blobs(), modules);
            DurableStore state = store;
            blobs.collectGarbageWith(() -> state.readConsistently(() -> referencedBlobs(modules)));
            server.start(new RequestDispatcher(modules, new SigV4Verifier(credentials.accessKeyId(),
                    credentials.secretAccessKey(), config.clock())));
            lock.advertise(endpoint.port());
            LOG.fine(() -> "Local endpoint listening on " + endpoint.endpointUri + " with data in " + dataDir);
            return endpoint;
        } catch (IOException | RuntimeException e) {
            if (server != null) {
                server.close();
            }
            if (store != null) {
                store.close();
            }
            lock.close();
            throw e;
        }
    }

    /**
     * The address of the endpoint already running on {@code dataDir} (another process holds its lock), so a client
     * can use it instead of starting a second one. Empty when none runs there.
     */
    public static Optional<URI> runningOn(Path dataDir) {
        java.util.OptionalInt port = DataDirectoryLock.advertisedPort(dataDir);
        return port.isPresent() ? Optional.of(URI.create("http://127.0.0.1:" + port.getAsInt())) : Optional.empty();
    }

    /** The state holds the signing profiles' private keys: only the owner may read the directory (where POSIX). */
    private static void restrictToOwner(Path dataDir) {
        try {
            Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException | IOException e) {
            LOG.log(Level.FINE, "Could not restrict the permissions of " + dataDir, e);
        }
    }

    /** Where a data directory keeps its generated credentials. */
    public static Path credentialsFile(Path dataDir) {
        return dataDir.resolve("credentials");
    }

    /** The services on the port; the first one answers requests that name no service. */
    private static List<ServiceModule> modules(ServiceEnvironment env, LocalEndpointConfig config) {
        IamModule iam = new IamModule(env);
        S3Storage storage = new S3Storage(env.store(), env.blobs(), env.clock());
        SignerModule signer = new SignerModule(env, storage);
        LambdaModule lambda = new LambdaModule(env, config.pendingMillis(), iam.roles()::lambdaCanAssume,
                codeObjects(storage), signer.trust(), signer.trust());
        return List.of(lambda, iam, signer, new S3Module(storage));
    }

    /** Lambda reads Code.S3Bucket/S3Key/S3ObjectVersion from the endpoint's S3 and quotes S3's refusals. */
    private static CodeObjectSource codeObjects(S3Storage storage) {
        return (region, bucket, key, versionId) -> {
            try {
                return storage.read(storage.find(bucket, key, versionId));
            } catch (ApiException e) {
                throw new CodeObjectSource.ObjectUnavailable(e.code(), e.getMessage());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    private static void collectGarbage(BlobStore blobs, List<ServiceModule> modules) throws IOException {
        blobs.retainOnly(referencedBlobs(modules));
    }

    private static Set<String> referencedBlobs(List<ServiceModule> modules) {
        Set<String> referenced = new HashSet<>();
        modules.forEach(m -> referenced.addAll(m.referencedBlobs()));
        return referenced;
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
        try {
            lock.close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Releasing the data directory failed", e);
        }
    }
}
