package dev.lambdadesk.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;

/** SIGKILL during a burst of creates loses no acknowledged create, and the store still loads. */
class KillDurabilityTest {

    private static final EndpointCredentials KEYS = new EndpointCredentials("AKIAKILLTEST00000000", "kill-test-secret");
    private static final int THREADS = 12;
    private static final int ACKS_BEFORE_KILL = 240;

    @TempDir
    Path dataDir;
    @TempDir
    Path logs;

    @Test
    void everyAcknowledgedCreateSurvivesSigkill() throws Exception {
        Queue<String> acknowledged = new ConcurrentLinkedQueue<>();
        try (ChildEndpoint child = ChildEndpoint.start(logs.resolve("child.err"), "--port", "0", "--data-dir",
                dataDir.toString(), "--pending-ms", "0", "--access-key", KEYS.accessKeyId(), "--secret-key",
                KEYS.secretAccessKey());
             ApacheHttpClient http = (ApacheHttpClient) ApacheHttpClient.builder().maxConnections(THREADS).build();
             LambdaClient lambda = LambdaClient.builder()
                     .endpointOverride(URI.create("http://127.0.0.1:" + child.awaitPort()))
                     .region(Region.US_EAST_1)
                     .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                             KEYS.accessKeyId(), KEYS.secretAccessKey())))
                     .httpClient(http)
                     .overrideConfiguration(o -> o.retryStrategy(RetryMode.STANDARD))
                     .build()) {
            acknowledged.addAll(KillBurst.untilKilled(child, THREADS, ACKS_BEFORE_KILL, (thread, i) -> {
                String name = "burst-" + thread + "-" + i;
                lambda.createFunction(LocalEndpointFixture.function(name).code(c -> c.zipFile(TestZips.zipOf(name)))
                        .build());
                return name;
            }));
        }

        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKS_BEFORE_KILL);
        try (LocalEndpoint restarted = LocalEndpoint.start(LocalEndpointConfig.defaults(dataDir).withPort(0)
                .withPendingMillis(0).withCredentials(KEYS));
             LambdaClient lambda = LambdaClient.builder().endpointOverride(restarted.endpointUri())
                     .region(Region.US_EAST_1)
                     .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                             KEYS.accessKeyId(), KEYS.secretAccessKey())))
                     .httpClient(ApacheHttpClient.create()).build()) {
            Set<String> present = lambda.listFunctionsPaginator().functions().stream()
                    .map(FunctionConfiguration::functionName).collect(Collectors.toSet());
            assertThat(present).containsAll(List.copyOf(acknowledged));
            String sample = acknowledged.peek();
            assertThat(lambda.getFunction(r -> r.functionName(sample)).code().location()).isNotBlank();
        }
    }
}
