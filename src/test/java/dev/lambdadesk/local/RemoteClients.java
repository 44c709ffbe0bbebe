package dev.lambdadesk.local;

import java.net.URI;
import java.time.Duration;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.client.config.SdkAdvancedClientOption;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.signer.SignerClient;

/**
 * Lambda, Signer and S3 clients for an endpoint known by its address and key pair (one in a child JVM, say), set up
 * as a person would (S3 path style, Signer without host prefixes). They never retry: a harness counts every failure.
 */
public final class RemoteClients implements AutoCloseable {

    public final LambdaClient lambda;
    public final SignerClient signer;
    public final S3Client s3;
    private final SdkHttpClient http;

    public RemoteClients(URI endpoint, EndpointCredentials keys, int connections) {
        this.http = ApacheHttpClient.builder().maxConnections(connections)
                .connectionTimeout(Duration.ofSeconds(5)).socketTimeout(Duration.ofSeconds(60)).build();
        StaticCredentialsProvider credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create(
                keys.accessKeyId(), keys.secretAccessKey()));
        this.lambda = LambdaClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(credentials).httpClient(http).overrideConfiguration(this::once).build();
        this.signer = SignerClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(credentials).httpClient(http)
                .overrideConfiguration(o -> once(o)
                        .putAdvancedOption(SdkAdvancedClientOption.DISABLE_HOST_PREFIX_INJECTION, true))
                .build();
        this.s3 = S3Client.builder().endpointOverride(endpoint).region(Region.US_EAST_1).forcePathStyle(true)
                .credentialsProvider(credentials).httpClient(http).overrideConfiguration(this::once).build();
    }

    private ClientOverrideConfiguration.Builder once(ClientOverrideConfiguration.Builder o) {
        return o.retryStrategy(b -> b.maxAttempts(1)).apiCallTimeout(Duration.ofSeconds(90));
    }

    @Override
    public void close() {
        lambda.close();
        signer.close();
        s3.close();
        http.close();
    }
}
