package dev.lambdadesk.local;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.CreateFunctionRequest;
import software.amazon.awssdk.services.lambda.model.Runtime;

/** An endpoint on a free port with a temporary data dir, and real SDK clients pointed at it. */
final class LocalEndpointFixture implements AutoCloseable {

    static final String ROLE = "arn:aws:iam::000000000000:role/lambda-basic-execution";

    final LocalEndpoint endpoint;
    final LambdaClient lambda;
    final IamClient iam;
    private final SdkHttpClient http = ApacheHttpClient.builder().maxConnections(64).build();

    private LocalEndpointFixture(LocalEndpoint endpoint) {
        this.endpoint = endpoint;
        this.lambda = lambda(endpoint.credentials().accessKeyId(), endpoint.credentials().secretAccessKey());
        this.iam = IamClient.builder()
                .endpointOverride(endpoint.endpointUri())
                .region(Region.US_EAST_1)
                .credentialsProvider(credentials(endpoint.credentials().accessKeyId(),
                        endpoint.credentials().secretAccessKey()))
                .httpClient(http)
                .overrideConfiguration(o -> o.retryStrategy(RetryMode.STANDARD).apiCallTimeout(Duration.ofSeconds(30)))
                .build();
    }

    static LocalEndpointFixture start(Path dataDir, long pendingMillis, Clock clock) throws IOException {
        return new LocalEndpointFixture(LocalEndpoint.start(LocalEndpointConfig.defaults(dataDir).withPort(0)
                .withPendingMillis(pendingMillis).withClock(clock)));
    }

    static LocalEndpointFixture start(Path dataDir) throws IOException {
        return start(dataDir, 0, Clock.systemUTC());
    }

    /** A Lambda client signing with the given key pair (for refusal tests). */
    LambdaClient lambda(String accessKeyId, String secret) {
        return LambdaClient.builder()
                .endpointOverride(endpoint.endpointUri())
                .region(Region.US_EAST_1)
                .credentialsProvider(credentials(accessKeyId, secret))
                .httpClient(http)
                .overrideConfiguration(o -> o.retryStrategy(RetryMode.STANDARD).apiCallTimeout(Duration.ofSeconds(60)))
                .build();
    }

    /** A CreateFunction request for a small Python zip function with the seeded role. */
    static CreateFunctionRequest.Builder function(String name) {
        return CreateFunctionRequest.builder()
                .functionName(name)
                .runtime(Runtime.PYTHON3_12)
                .handler("app.handler")
                .role(ROLE)
                .code(c -> c.zipFile(TestZips.hello()));
    }

    private static StaticCredentialsProvider credentials(String accessKeyId, String secret) {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKeyId, secret));
    }

    @Override
    public void close() {
        lambda.close();
        iam.close();
        http.close();
        endpoint.close();
    }
}
