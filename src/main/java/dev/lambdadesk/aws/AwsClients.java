package dev.lambdadesk.aws;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.profiles.ProfileFile;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.IamClientBuilder;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.signer.SignerClient;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.utils.SdkAutoCloseable;

import dev.lambdadesk.aws.sso.SsoTokenCache;

/**
 * The SDK clients of one connection, created on first use (start-up builds none) and sharing one HTTP client.
 * Thread-safe.
 */
public final class AwsClients implements SdkAutoCloseable {

    /** Attempts per call under the SDK's STANDARD retry strategy (first try and two retries with back-off). */
    public static final int MAX_ATTEMPTS = 3;

    private final AwsCredentialsProvider credentials;
    private final Region region;
    private final Optional<URI> endpoint;
    private final Consumer<ClientOverrideConfiguration.Builder> profileSettings;
    private final SdkHttpClient http;
    private final Lazy<LambdaClient> lambda = new Lazy<>(this::buildLambda);
    private final Lazy<SignerClient> signer = new Lazy<>(this::buildSigner);
    private final Lazy<S3Client> s3 = new Lazy<>(this::buildS3);
    private final Lazy<IamClient> iam = new Lazy<>(this::buildIam);
    private final Lazy<StsClient> sts = new Lazy<>(this::buildSts);

    private AwsClients(AwsCredentialsProvider credentials, Region region, Optional<URI> endpoint,
                       Consumer<ClientOverrideConfiguration.Builder> profileSettings) {
        this.credentials = credentials;
        this.region = region;
        this.endpoint = endpoint;
        this.profileSettings = profileSettings;
        this.http = ApacheHttpClient.builder()
                .maxConnections(32)
                .connectionTimeout(Duration.ofSeconds(5))
                .socketTimeout(Duration.ofSeconds(60))
                .build();
    }

    /** Clients for the embedded local endpoint, signing with its key pair. */
    public static AwsClients local(URI endpoint, String accessKeyId, String secretAccessKey, String region) {
        return new AwsClients(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secretAccessKey)),
                Region.of(region), Optional.of(endpoint), o -> { });
    }

    /**
     * Clients for a named profile (static keys, assume-role, credential_process, SSO) via the SDK's providers,
     * read from {@code profileFile} (see {@link ProfileSource}). The profile's other
     * settings the SDK honours (such as {@code endpoint_url}) come from the same profile, not from AWS_PROFILE.
     */
    public static AwsClients profile(String profileName, String region, Optional<URI> endpoint,
                                     Supplier<ProfileFile> profileFile, SsoTokenCache tokens) {
        return new AwsClients(new ProfileCredentials(profileName, profileFile, tokens, Clock.systemUTC()),
                Region.of(region), endpoint,
                o -> o.defaultProfileFileSupplier(profileFile).defaultProfileName(profileName));
    }

    /** Clients with any credentials provider (tests, custom set-ups). */
    public static AwsClients of(AwsCredentialsProvider credentials, String region, Optional<URI> endpoint) {
        return new AwsClients(credentials, Region.of(region), endpoint, o -> { });
    }

    public String region() {
        return region.id();
    }

    public Optional<URI> endpoint() {
        return endpoint;
    }

    public LambdaClient lambda() {
        return lambda.get();
    }

    public SignerClient signer() {
        return signer.get();
    }

    public S3Client s3() {
        return s3.get();
    }

    public IamClient iam() {
        return iam.get();
    }

    /** STS, for the account id of the credentials (GetCallerIdentity). */
    public StsClient sts() {
        return sts.get();
    }

    private <B extends AwsClientBuilder<B, ?>> B configure(B builder, ClientOverrideConfiguration.Builder overrides) {
        profileSettings.accept(overrides);
        builder.credentialsProvider(credentials).region(region)
                .overrideConfiguration(overrides.retryStrategy(standardRetries()).build());
        endpoint.ifPresent(builder::endpointOverride);
        return builder;
    }

    private LambdaClient buildLambda() {
        return configure(LambdaClient.builder().httpClient(http), ClientOverrideConfiguration.builder()).build();
    }

    private SignerClient buildSigner() {
        ClientOverrideConfiguration.Builder overrides = ClientOverrideConfiguration.builder();
        // GetRevocationStatus prepends "data-" to the host, which breaks any endpoint given by address.
        endpoint.ifPresent(e -> overrides.putAdvancedOption(SdkAdvancedClientOption.DISABLE_HOST_PREFIX_INJECTION, true));
        return configure(SignerClient.builder().httpClient(http), overrides).build();
    }

    private S3Client buildS3() {
        return configure(S3Client.builder().httpClient(http), ClientOverrideConfiguration.builder())
                .forcePathStyle(endpoint.isPresent())
                .build();
    }

    private StsClient buildSts() {
        return configure(StsClient.builder().httpClient(http), ClientOverrideConfiguration.builder()).build();
    }

    private IamClient buildIam() {
        // IAM is global: with the real service it signs for aws-global; an endpoint override signs for the region.
        ClientOverrideConfiguration.Builder overrides = ClientOverrideConfiguration.builder();
        profileSettings.accept(overrides);
        IamClientBuilder b = IamClient.builder().httpClient(http).credentialsProvider(credentials)
                .overrideConfiguration(overrides.retryStrategy(standardRetries()).build());
        if (endpoint.isPresent()) {
            b.region(region).endpointOverride(endpoint.get());
        } else {
            b.region(Region.AWS_GLOBAL);
        }
        return b.build();
    }

    /** The SDK's standard strategy (throttling and transient errors retried with jittered back-off), fixed attempts. */
    private static RetryStrategy standardRetries() {
        return AwsRetryStrategy.standardRetryStrategy().toBuilder().maxAttempts(MAX_ATTEMPTS).build();
    }

    @Override
    public void close() {
        lambda.closeIfBuilt();
        signer.closeIfBuilt();
        s3.closeIfBuilt();
        iam.closeIfBuilt();
        sts.closeIfBuilt();
        http.close();
        if (credentials instanceof SdkAutoCloseable closeable) { // SSO and assume-role providers hold clients
            closeable.close();
        }
    }

    /** A value built on first use, at most once. */
    private static final class Lazy<T extends SdkAutoCloseable> {
        private final Supplier<T> factory;
        private volatile T value;

        Lazy(Supplier<T> factory) {
            this.factory = factory;
        }

        T get() {
            T v = value;
            if (v == null) {
                synchronized (this) {
                    v = value;
                    if (v == null) {
                        v = factory.get();
                        value = v;
                    }
                }
            }
            return v;
        }

        void closeIfBuilt() {
            T v = value;
            if (v != null) {
                v.close();
            }
        }
    }
}
