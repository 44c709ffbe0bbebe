package dev.lambdadesk.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.waiters.WaiterResponse;
import software.amazon.awssdk.services.lambda.model.GetFunctionResponse;
import software.amazon.awssdk.services.lambda.model.LastUpdateStatus;
import software.amazon.awssdk.services.lambda.model.ResourceConflictException;
import software.amazon.awssdk.services.lambda.model.State;

/** The state machine of spec §7.1, driven by the endpoint's clock, and the SDK waiters that poll it. */
class FunctionLifecycleTest {

    @TempDir
    Path dataDir;

    @Test
    void pendingBecomesActiveAfterThePendingTimeAndRefusesUpdatesMeanwhile() throws Exception {
        MutableClock clock = MutableClock.startingNow();
        try (LocalEndpointFixture fixture = LocalEndpointFixture.start(dataDir, 60_000, clock)) {
            String arn = fixture.lambda.createFunction(LocalEndpointFixture.function("slow").build()).functionArn();

            GetFunctionResponse pending = fixture.lambda.getFunction(r -> r.functionName("slow"));
            assertThat(pending.configuration().state()).isEqualTo(State.PENDING);
            assertThat(pending.configuration().stateReasonCodeAsString()).isEqualTo("Creating");
            assertThat(pending.configuration().lastUpdateStatus()).isNull();
            assertThatThrownBy(() -> fixture.lambda.updateFunctionConfiguration(r -> r.functionName("slow")
                    .timeout(9))).isInstanceOfSatisfying(ResourceConflictException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(409);
                        assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("The operation cannot be performed "
                                + "at this time. The function is currently in the following state: Pending");
                    });
            assertThatThrownBy(() -> fixture.lambda.publishVersion(r -> r.functionName("slow")))
                    .isInstanceOf(ResourceConflictException.class);

            clock.advance(Duration.ofSeconds(61));
            GetFunctionResponse active = fixture.lambda.getFunction(r -> r.functionName("slow"));
            assertThat(active.configuration().state()).isEqualTo(State.ACTIVE);
            assertThat(active.configuration().stateReason()).isNull();
            assertThat(active.configuration().lastUpdateStatus()).isEqualTo(LastUpdateStatus.SUCCESSFUL);

            fixture.lambda.updateFunctionCode(r -> r.functionName("slow")
                    .zipFile(SdkBytes.fromByteArray(TestZips.handler("'v2'"))));
            GetFunctionResponse updating = fixture.lambda.getFunction(r -> r.functionName("slow"));
            assertThat(updating.configuration().state()).isEqualTo(State.ACTIVE);
            assertThat(updating.configuration().lastUpdateStatus()).isEqualTo(LastUpdateStatus.IN_PROGRESS);
            assertThatThrownBy(() -> fixture.lambda.updateFunctionCode(r -> r.functionName("slow")
                    .zipFile(SdkBytes.fromByteArray(TestZips.handler("'v3'")))))
                    .isInstanceOfSatisfying(ResourceConflictException.class, e -> assertThat(
                            e.awsErrorDetails().errorMessage()).isEqualTo("The operation cannot be performed at "
                            + "this time. An update is in progress for resource: " + arn));

            clock.advance(Duration.ofSeconds(61));
            assertThat(fixture.lambda.getFunctionConfiguration(r -> r.functionName("slow")).lastUpdateStatus())
                    .isEqualTo(LastUpdateStatus.SUCCESSFUL);
        }
    }

    @Test
    void zeroPendingTimeIsActiveOnTheNextRead() throws Exception {
        try (LocalEndpointFixture fixture = LocalEndpointFixture.start(dataDir, 0, Clock.systemUTC())) {
            assertThat(fixture.lambda.createFunction(LocalEndpointFixture.function("quick").build()).state())
                    .isEqualTo(State.PENDING);
            assertThat(fixture.lambda.getFunction(r -> r.functionName("quick")).configuration().state())
                    .isEqualTo(State.ACTIVE);
            assertThat(fixture.lambda.updateFunctionConfiguration(r -> r.functionName("quick").timeout(5))
                    .lastUpdateStatus()).isEqualTo(LastUpdateStatus.IN_PROGRESS);
            assertThat(fixture.lambda.getFunctionConfiguration(r -> r.functionName("quick")).lastUpdateStatus())
                    .isEqualTo(LastUpdateStatus.SUCCESSFUL);
        }
    }

    @Test
    void sdkWaitersFinishSoonAfterThePendingTime() throws Exception {
        try (LocalEndpointFixture fixture = LocalEndpointFixture.start(dataDir, 300, Clock.systemUTC())) {
            fixture.lambda.createFunction(LocalEndpointFixture.function("waited").build());
            long started = System.nanoTime();
            WaiterResponse<GetFunctionResponse> active = fixture.lambda.waiter()
                    .waitUntilFunctionActiveV2(r -> r.functionName("waited"));
            assertThat(active.matched().response()).hasValueSatisfying(
                    r -> assertThat(r.configuration().state()).isEqualTo(State.ACTIVE));

            fixture.lambda.updateFunctionConfiguration(r -> r.functionName("waited").memorySize(512));
            WaiterResponse<GetFunctionResponse> updated = fixture.lambda.waiter()
                    .waitUntilFunctionUpdatedV2(r -> r.functionName("waited"));
            assertThat(updated.matched().response()).hasValueSatisfying(
                    r -> assertThat(r.configuration().lastUpdateStatus()).isEqualTo(LastUpdateStatus.SUCCESSFUL));
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        }
    }
}
