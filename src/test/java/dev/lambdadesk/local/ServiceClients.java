package dev.lambdadesk.local;

import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.signer.SignerClient;

/** Signer and S3 SDK clients for an endpoint, configured as a person would (S3 checksums left at their defaults). */
final class ServiceClients implements AutoCloseable {

    final SignerClient signer;
    final S3Client s3;
    /** How each PutObject body went on the wire: its x-amz-content-sha256 and Content-Encoding headers. */
    final List<String> uploadEncodings = new CopyOnWriteArrayList<>();
    private final LocalEndpoint endpoint;
    private final SdkHttpClient http = ApacheHttpClient.builder().maxConnections(16).build();
    /** Resolves every name (bucket.localhost too) to the loopback address, for virtual-host style requests. */
    private final SdkHttpClient loopbackHttp = ApacheHttpClient.builder()
            .dnsResolver(host -> new InetAddress[] {InetAddress.getLoopbackAddress()}).build();

    ServiceClients(LocalEndpoint endpoint) {
        this.endpoint = endpoint;
        this.signer = SignerClient.builder()
                .endpointOverride(endpoint.endpointUri())
                .region(Region.US_EAST_1)
                .credentialsProvider(credentials())
                .httpClient(http)
                .overrideConfiguration(o -> o.retryStrategy(RetryMode.STANDARD)
                        .apiCallTimeout(Duration.ofSeconds(30))
                        .putAdvancedOption(SdkAdvancedClientOption.DISABLE_HOST_PREFIX_INJECTION, true))
                .build();
        this.s3 = s3(Region.US_EAST_1);
    }

    /** A path-style S3 client for another region. */
    S3Client s3(Region region) {
        return S3Client.builder()
                .endpointOverride(endpoint.endpointUri())
                .region(region)
                .credentialsProvider(credentials())
                .httpClient(http)
                .forcePathStyle(true)
                .overrideConfiguration(o -> o.retryStrategy(RetryMode.STANDARD).apiCallTimeout(Duration.ofSeconds(60))
                        .addExecutionInterceptor(new UploadRecorder()))
                .build();
    }

    /** A virtual-host style S3 client: requests go to {@code <bucket>.localhost:<port>}. */
    S3Client s3VirtualHost() {
        return S3Client.builder()
                .endpointOverride(URI.create("http://localhost:" + endpoint.port()))
                .region(Region.US_EAST_1)
                .credentialsProvider(credentials())
                .httpClient(loopbackHttp)
                .overrideConfiguration(o -> o.retryStrategy(RetryMode.STANDARD).apiCallTimeout(Duration.ofSeconds(60)))
                .build();
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
        signer.close();
        s3.close();
        http.close();
        loopbackHttp.close();
    }
}
