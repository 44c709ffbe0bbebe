package dev.lambdadesk.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import software.amazon.awssdk.services.lambda.model.GetFunctionResponse;
import software.amazon.awssdk.services.lambda.model.InvalidParameterValueException;
import software.amazon.awssdk.services.lambda.model.LambdaException;
import software.amazon.awssdk.services.lambda.model.PackageType;
import software.amazon.awssdk.services.lambda.model.PublishVersionResponse;
import software.amazon.awssdk.services.lambda.model.Runtime;
import software.amazon.awssdk.services.lambda.model.SnapStartApplyOn;
import software.amazon.awssdk.services.lambda.model.SnapStartOptimizationStatus;

/** Answers that follow AWS's behaviour beyond the recorded error cases: SnapStart, image digests, qualifiers. */
class LambdaFidelityTest {

    private static final String DIGEST = "0123456789abcdef".repeat(4);

    @TempDir
    static Path dataDir;
    static LocalEndpointFixture fixture;

    @BeforeAll
    static void start() throws IOException {
        fixture = LocalEndpointFixture.start(dataDir);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void aVersionPublishedWithSnapStartReportsItOn() {
        fixture.lambda.createFunction(LocalEndpointFixture.function("snappy").runtime(Runtime.JAVA21)
                .handler("example.Handler").snapStart(s -> s.applyOn(SnapStartApplyOn.PUBLISHED_VERSIONS)).build());

        PublishVersionResponse version = fixture.lambda.publishVersion(r -> r.functionName("snappy"));

        assertThat(version.snapStart().optimizationStatus()).isEqualTo(SnapStartOptimizationStatus.ON);
        assertThat(fixture.lambda.getFunctionConfiguration(r -> r.functionName("snappy")).snapStart()
                .optimizationStatus()).isEqualTo(SnapStartOptimizationStatus.OFF);
    }

    @Test
    void snapStartIsRefusedWithLargeEphemeralStorage() {
        assertThatThrownBy(() -> fixture.lambda.createFunction(LocalEndpointFixture.function("snappy-large")
                .runtime(Runtime.JAVA21).handler("example.Handler").ephemeralStorage(e -> e.size(1024))
                .snapStart(s -> s.applyOn(SnapStartApplyOn.PUBLISHED_VERSIONS)).build()))
                .isInstanceOfSatisfying(InvalidParameterValueException.class, e -> assertThat(
                        e.awsErrorDetails().errorMessage()).contains("ephemeral storage greater than 512 MB"));
    }

    @Test
    void anImageFunctionReportsItsDigestInHex() {
        String image = "000000000000.dkr.ecr.us-east-1.amazonaws.com/orders@sha256:" + DIGEST;
        fixture.lambda.createFunction(r -> r.functionName("imaged").packageType(PackageType.IMAGE)
                .role(LocalEndpointFixture.ROLE).code(c -> c.imageUri(image)));

        GetFunctionResponse function = fixture.lambda.getFunction(r -> r.functionName("imaged"));

        assertThat(function.configuration().codeSha256()).isEqualTo(DIGEST);
        assertThat(function.code().resolvedImageUri()).isEqualTo(image);
    }

    @Test
    void aBadNameAndABadQualifierAreReportedTogether() {
        assertThatThrownBy(() -> fixture.lambda.getFunction(r -> r.functionName("my-function!").qualifier("x!")))
                .isInstanceOfSatisfying(LambdaException.class, e -> {
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
                    assertThat(e.awsErrorDetails().errorMessage()).startsWith("2 validation errors detected: Value "
                            + "'my-function!' at 'functionName'").contains("; Value 'x!' at 'qualifier'");
                });
    }

    @Test
    void deletingAVersionThatIsNotThereSucceedsAndTheFunctionStays() {
        fixture.lambda.createFunction(LocalEndpointFixture.function("keeps-versions").build());

        fixture.lambda.deleteFunction(r -> r.functionName("keeps-versions").qualifier("7"));

        assertThat(fixture.lambda.getFunction(r -> r.functionName("keeps-versions")).configuration().functionName())
                .isEqualTo("keeps-versions");
    }
}
