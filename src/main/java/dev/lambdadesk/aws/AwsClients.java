package dev.lambdadesk.aws;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.IamClientBuilder;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.signer.SignerClient;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * The SDK clients of one connection, created on first use (start-up builds none) and sharing one HTTP client.
 * Thread-safe.
 */
public final class AwsClients implements SdkAutoCloseable {

    private final AwsCredentialsProvider credentials;
    private final Region region;
    private final Optional<URI> endpoint;
    private final SdkHttpClient http;
    private final Lazy<LambdaClient> lambda = new Lazy<>(this::buildLambda);
    private final Lazy<SignerClient> signer = new Lazy<>(this::buildSigner);
    private final Lazy<S3Client> s3 = new Lazy<>(this::buildS3);
    private final Lazy<IamClient> iam = new Lazy<>(this::buildIam);

    private AwsClients(AwsCredentialsProvider credentials, Region region, Optional<URI> endpoint) {
        this.credentials = credentials;
        this.region = region;
        this.endpoint = endpoint;
        this.http = ApacheHttpClient.builder()
                .maxConnections(32)
                .connectionTimeout(Duration.ofSeconds(5))
                .socketTimeout(Duration.ofSeconds(60))
                .build();
    }

    /** Clients for the embedded local endpoint, signing with its key pair. */
    public static AwsClients local(URI endpoint, String accessKeyId, String secretAccessKey, String region) {
        return new AwsClients(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secretAccessKey)),
                Region.of(region), Optional.of(endpoint));
    }

    /** Clients for a named profile (static keys, assume-role, credential_process, SSO) via the SDK's providers. */
    public static AwsClients profile(String profileName, String region, Optional<URI> endpoint) {
        return new AwsClients(ProfileCredentialsProvider.builder().profileName(profileName).build(),
                Region.of(region), endpoint);
    }

    /** Clients with any credentials provider (tests, custom set-ups). */
    public static AwsClients of(AwsCredentialsProvider credentials, String region, Optional<URI> endpoint) {
        return new AwsClients(credentials, Region.of(region), endpoint);
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

    private <B extends AwsClientBuilder<B, ?>> B configure(B builder, ClientOverrideConfiguration.Builder overrides) {
        builder.credentialsProvider(credentials).region(region)
                .overrideConfiguration(overrides.retryStrategy(RetryMode.STANDARD).build());
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

    private IamClient buildIam() {
        // IAM is global: with the real service it signs for aws-global; an endpoint override signs for the region.
        IamClientBuilder b = IamClient.builder().httpClient(http).credentialsProvider(credentials)
                .overrideConfiguration(ClientOverrideConfiguration.builder().retryStrategy(RetryMode.STANDARD).build());
        if (endpoint.isPresent()) {
            b.region(region).endpointOverride(endpoint.get());
        } else {
            b.region(Region.AWS_GLOBAL);
        }
        return b.build();
    }

    @Override
    public void close() {
        lambda.closeIfBuilt();
        signer.closeIfBuilt();
        s3.closeIfBuilt();
        iam.closeIfBuilt();
        http.close();
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
