package dev.lambdadesk.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A short fixed-seed round of the endpoint fuzzer: no 5xx, no hang, every error AWS-shaped, still serving after. */
class EndpointFuzzTest {

    @TempDir
    Path dataDir;

    @Test
    void mutatedRequestsGetAwsErrorsAndTheEndpointKeepsServing() throws Exception {
        try (LocalEndpoint endpoint = LocalEndpoint.start(LocalEndpointConfig.defaults(dataDir).withPort(0)
                .withPendingMillis(0))) {
            EndpointFuzzer fuzzer = new EndpointFuzzer(endpoint, 20261121L);

            int broken = fuzzer.run(1500);

            assertThat(fuzzer.failures()).as("requests that broke the rules").isEmpty();
            assertThat(broken).isZero();
            assertThat(fuzzer.outcomes()).doesNotContainKeys("5xx", "no-response", "timeout");
            assertThat(fuzzer.outcomes().keySet()).anyMatch(k -> k.startsWith("aws-error-400"));
            assertThat(fuzzer.stillServes()).isTrue();
        }
    }
}
