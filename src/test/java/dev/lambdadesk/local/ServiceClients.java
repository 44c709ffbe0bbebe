package dev.lambdadesk.local;

import java.net.InetAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.spi.scheme.AuthSchemeOption;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.auth.scheme.LambdaAuthSchemeProvider;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.auth.scheme.S3AuthSchemeProvider;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.signer.SignerClient;
import software.amazon.awssdk.services.signer.auth.scheme.SignerAuthSchemeProvider;

/**
 * Lambda, Signer and S3 SDK clients for an endpoint, configured as a person would (Signer without host prefix
 * injection, S3 path style with its checksums left at their defaults). They sign requests with the given clock,
 * so a test can move the endpoint's clock (for signature expiry) and its clients together.
 */
final class ServiceClients implements AutoCloseable {

    final LambdaClient lambda;
    final SignerClient signer;
    final S3Client s3;
    /** How each PutObject body went on the wire: its x-amz-content-sha256 and Content-Encoding headers. */
    final List<String> uploadEncodings = new CopyOnWriteArrayList<>();

    private final LocalEndpoint endpoint;
    private final Clock clock;
    private final SdkHttpClient http = ApacheHttpClient.builder().maxConnections(16).build();
    /** Resolves every name (bucket.localhost too) to the loopback address, for virtual-host style requests. */
    private final SdkHttpClient loopbackHttp = ApacheHttpClient.builder()
            .dnsResolver(host -> new InetAddress[] {InetAddress.getLoopbackAddress()}).build();

    ServiceClients(LocalEndpoint endpoint) {
        this(endpoint, Clock.systemUTC());
    }

    ServiceClients(LocalEndpoint endpoint, Clock clock) {
        this.endpoint = endpoint;
        this.clock = clock;
        LambdaAuthSchemeProvider lambdaAuth = LambdaAuthSchemeProvider.defaultProvider();
        this.lambda = LambdaClient.builder()
                .endpointOverride(endpoint.endpointUri())
                .region(Region.US_EAST_1)
                .credentialsProvider(credentials())
                .httpClient(http)
                .authSchemeProvider(params -> signingWith(lambdaAuth.resolveAuthScheme(params)))
                .overrideConfiguration(this::common)
                .build();
        SignerAuthSchemeProvider signerAuth = SignerAuthSchemeProvider.defaultProvider();
        this.signer = SignerClient.builder()
                .endpointOverride(endpoint.endpointUri())
                .region(Region.US_EAST_1)
                .credentialsProvider(credentials())
                .httpClient(http)
                .authSchemeProvider(params -> signingWith(signerAuth.resolveAuthScheme(params)))
                .overrideConfiguration(o -> common(o)
                        .putAdvancedOption(SdkAdvancedClientOption.DISABLE_HOST_PREFIX_INJECTION, true))
                .build();
        this.s3 = s3(Region.US_EAST_1);
    }

    /**
     * A Signer client as the SDK comes, host prefixes on: GetRevocationStatus goes to {@code data-localhost:<port>},
     * which the loopback resolver sends to the endpoint.
     */
    SignerClient signerWithHostPrefix() {
        SignerAuthSchemeProvider signerAuth = SignerAuthSchemeProvider.defaultProvider();
        return SignerClient.builder()
                .endpointOverride(URI.create("http://localhost:" + endpoint.port()))
                .region(Region.US_EAST_1)
                .credentialsProvider(credentials())
                .httpClient(loopbackHttp)
                .authSchemeProvider(params -> signingWith(signerAuth.resolveAuthScheme(params)))
                .overrideConfiguration(this::common)
                .build();
    }

    /** A path-style S3 client for a region. */
    S3Client s3(Region region) {
        return s3(region, endpoint.endpointUri(), http, b -> b.forcePathStyle(true));
    }

    /** A virtual-host style S3 client: requests go to {@code <bucket>.localhost:<port>}. */
    S3Client s3VirtualHost() {
        return s3(Region.US_EAST_1, URI.create("http://localhost:" + endpoint.port()), loopbackHttp, b -> b);
    }

    private S3Client s3(Region region, URI uri, SdkHttpClient client,
                        UnaryOperator<S3ClientBuilder> style) {
        S3AuthSchemeProvider s3Auth = S3AuthSchemeProvider.defaultProvider();
        return style.apply(S3Client.builder()
                .endpointOverride(uri)
                .region(region)
                .credentialsProvider(credentials())
                .httpClient(client)
                .authSchemeProvider(params -> signingWith(s3Auth.resolveAuthScheme(params)))
                .overrideConfiguration(o -> common(o).addExecutionInterceptor(new UploadRecorder())))
                .build();
    }

    private ClientOverrideConfiguration.Builder common(ClientOverrideConfiguration.Builder o) {
        return o.retryStrategy(RetryMode.STANDARD).apiCallTimeout(Duration.ofSeconds(60));
    }

    private List<AuthSchemeOption> signingWith(List<AuthSchemeOption> options) {
        return options.stream().map(o -> o.toBuilder().putSignerProperty(AwsV4FamilyHttpSigner.SIGNING_CLOCK, clock)
                .build()).toList();
    }

    private StaticCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(endpoint.credentials().accessKeyId(),
                endpoint.credentials().secretAccessKey()));
    }

    private final class UploadRecorder implements ExecutionInterceptor {
        @Override
        public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
            if (context.request() instanceof PutObjectRequest) {
                uploadEncodings.add(context.httpRequest().firstMatchingHeader("x-amz-content-sha256").orElse("")
                        + " " + context.httpRequest().firstMatchingHeader("Content-Encoding").orElse(""));
            }
        }
    }

    @Override
    public void close() {
        lambda.close();
        signer.close();
        s3.close();
        http.close();
        loopbackHttp.close();
    }
}
