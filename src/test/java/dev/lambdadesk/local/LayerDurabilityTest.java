package dev.lambdadesk.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.GetLayerVersionResponse;
import software.amazon.awssdk.services.lambda.model.LayerVersionsListItem;
import software.amazon.awssdk.services.lambda.model.PublishLayerVersionResponse;

/** Layers survive a restart (content, policy, counter) and SIGKILL loses no acknowledged publish. */
class LayerDurabilityTest {

    private static final EndpointCredentials KEYS = new EndpointCredentials("AKIALAYERKILL0000000", "layer-kill-key");
    private static final int THREADS = 8;
    private static final int ACKS_BEFORE_KILL = 120;

    @TempDir
    Path dataDir;
    @TempDir
    Path logs;

    @Test
    void layersAreStillThereAfterARestart() throws Exception {
        byte[] large = TestZips.zip(Map.of("data.bin", random(400 * 1024)));
        byte[] small = TestZips.handler("'small'");
        String revision;
        try (LocalEndpointFixture fixture = LocalEndpointFixture.start(dataDir)) {
            publish(fixture.lambda, "kept", TestZips.handler("'gone'"));
            publish(fixture.lambda, "kept", large);
            publish(fixture.lambda, "kept", small);
            fixture.lambda.deleteLayerVersion(r -> r.layerName("kept").versionNumber(1L));
            revision = fixture.lambda.addLayerVersionPermission(r -> r.layerName("kept").versionNumber(2L)
                    .statementId("everyone").action("lambda:GetLayerVersion").principal("*")).revisionId();
        }

        try (LocalEndpointFixture fixture = LocalEndpointFixture.start(dataDir)) {
            assertThat(fixture.lambda.listLayerVersions(r -> r.layerName("kept")).layerVersions())
                    .extracting(LayerVersionsListItem::version).containsExactly(3L, 2L);
            SignedHttp http = new SignedHttp(fixture.endpoint);
            assertThat(http.get(URI.create(get(fixture.lambda, "kept", 2).content().location())).body())
                    .isEqualTo(large);
            assertThat(http.get(URI.create(get(fixture.lambda, "kept", 3).content().location())).body())
                    .isEqualTo(small);
            assertThat(fixture.lambda.getLayerVersionPolicy(r -> r.layerName("kept").versionNumber(2L))
                    .revisionId()).isEqualTo(revision);
            assertThat(publish(fixture.lambda, "kept", small).version()).isEqualTo(4L);
        }
    }

    @Test
    void everyAcknowledgedPublishSurvivesSigkill() throws Exception {
        Queue<PublishLayerVersionResponse> acknowledged = new ConcurrentLinkedQueue<>();
        try (ChildEndpoint child = ChildEndpoint.start(logs.resolve("child.err"), "--port", "0", "--data-dir",
                dataDir.toString(), "--pending-ms", "0", "--access-key", KEYS.accessKeyId(), "--secret-key",
                KEYS.secretAccessKey());
             ApacheHttpClient http = (ApacheHttpClient) ApacheHttpClient.builder().maxConnections(THREADS).build();
             LambdaClient lambda = client(URI.create("http://127.0.0.1:" + child.awaitPort()), http)) {
            // Half the threads share one layer, so concurrent publishes number its versions.
            acknowledged.addAll(KillBurst.untilKilled(child, THREADS, ACKS_BEFORE_KILL, (thread, i) ->
                    publish(lambda, thread % 2 == 0 ? "shared" : "own-" + thread,
                            TestZips.handler("'" + thread + "-" + i + "'"))));
        }

        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKS_BEFORE_KILL);
        assertThat(acknowledged.stream().map(PublishLayerVersionResponse::layerVersionArn).distinct())
                .hasSameSizeAs(acknowledged);
        try (LocalEndpoint restarted = LocalEndpoint.start(LocalEndpointConfig.defaults(dataDir).withPort(0)
                .withPendingMillis(0).withCredentials(KEYS));
             ApacheHttpClient http = (ApacheHttpClient) ApacheHttpClient.builder().build();
             LambdaClient lambda = client(restarted.endpointUri(), http)) {
            for (PublishLayerVersionResponse published : acknowledged) {
                assertThat(lambda.getLayerVersionByArn(r -> r.arn(published.layerVersionArn())).content()
                        .codeSha256()).as(published.layerVersionArn())
                        .isEqualTo(published.content().codeSha256());
            }
            PublishLayerVersionResponse sample = acknowledged.peek();
            assertThat(new SignedHttp(restarted).get(URI.create(lambda.getLayerVersionByArn(r -> r.arn(
                    sample.layerVersionArn())).content().location())).statusCode()).isEqualTo(200);
        }
    }

    private static LambdaClient client(URI endpoint, ApacheHttpClient http) {
        return LambdaClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(KEYS.accessKeyId(),
                        KEYS.secretAccessKey())))
                .httpClient(http).overrideConfiguration(o -> o.retryStrategy(RetryMode.STANDARD)).build();
    }

    private static PublishLayerVersionResponse publish(LambdaClient lambda, String name, byte[] zip) {
        return lambda.publishLayerVersion(r -> r.layerName(name).content(c -> c.zipFile(SdkBytes.fromByteArray(zip))));
    }

    private static GetLayerVersionResponse get(LambdaClient lambda, String name, long version) {
        return lambda.getLayerVersion(r -> r.layerName(name).versionNumber(version));
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(13).nextBytes(bytes);
        return bytes;
    }
}
