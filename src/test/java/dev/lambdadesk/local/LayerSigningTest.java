package dev.lambdadesk.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.model.CodeSigningPolicy;
import software.amazon.awssdk.services.lambda.model.CodeVerificationFailedException;
import software.amazon.awssdk.services.lambda.model.CreateFunctionResponse;
import software.amazon.awssdk.services.lambda.model.InvalidCodeSignatureException;
import software.amazon.awssdk.services.lambda.model.Layer;
import software.amazon.awssdk.services.lambda.model.PublishLayerVersionResponse;
import software.amazon.awssdk.services.signer.model.DescribeSigningJobResponse;

/**
 * Layers under a function's code signing configuration: verified like the function's code on CreateFunction,
 * UpdateFunctionConfiguration and UpdateFunctionCode. Integrity failures are refused whatever the policy; an
 * unsigned, untrusted, expired or revoked layer is refused under Enforce (the message names the layer version) and
 * deployed under Warn.
 */
class LayerSigningTest {

    private static final String BUCKET = "layer-code";
    private static final String REFUSED = "Lambda cannot deploy the function. The function or layer might be signed "
            + "using a signature that the client is not configured to accept. Check the provided signature for ";

    @TempDir
    static Path dataDir;
    static MutableClock clock = MutableClock.startingNow();
    static LocalEndpoint endpoint;
    static ServiceClients clients;
    static SigningScenario scenario;
    static byte[] signedFunction;
    static String enforce;
    static String warn;

    @BeforeAll
    static void start() throws IOException {
        endpoint = LocalEndpoint.start(LocalEndpointConfig.defaults(dataDir).withPort(0).withPendingMillis(0)
                .withClock(clock));
        clients = new ServiceClients(endpoint, clock);
        scenario = new SigningScenario(clients);
        scenario.versionedBucket(BUCKET);
        scenario.profile("trusted");
        scenario.profile("short_lived", 1);
        scenario.profile("stranger");
        signedFunction = scenario.signedBytes(scenario.sign("trusted", BUCKET, "fn.zip", TestZips.handler("'fn'")));
        enforce = scenario.codeSigningConfig(CodeSigningPolicy.ENFORCE, arnOf("trusted"), arnOf("short_lived"));
        warn = scenario.codeSigningConfig(CodeSigningPolicy.WARN, arnOf("trusted"), arnOf("short_lived"));
    }

    @AfterAll
    static void stop() {
        clients.close();
        endpoint.close();
    }

    @Test
    void aSignedLayerRecordsItsSignerAndDeploysUnderEnforce() {
        DescribeSigningJobResponse job = scenario.sign("trusted", BUCKET, "ok.zip", TestZips.handler("'ok'"));
        PublishLayerVersionResponse layer = publish("signed-ok", scenario.signedBytes(job));

        assertThat(layer.content().signingProfileVersionArn()).isEqualTo(arnOf("trusted"));
        assertThat(layer.content().signingJobArn()).endsWith("/signing-jobs/" + job.jobId());
        Layer reported = deploy("with-signed-layer", enforce, layer.layerVersionArn()).layers().get(0);
        assertThat(reported.signingProfileVersionArn()).isEqualTo(arnOf("trusted"));
        assertThat(reported.signingJobArn()).isEqualTo(layer.content().signingJobArn());
    }

    @Test
    void anUnsignedLayerIsRefusedUnderEnforceAndDeployedUnderWarn() {
        String layer = publish("unsigned", TestZips.handler("'unsigned'")).layerVersionArn();

        assertRefusedNaming(layer, () -> deploy("unsigned-enforced", enforce, layer));
        assertThat(deploy("unsigned-warned", warn, layer).layers().get(0).signingProfileVersionArn()).isNull();
    }

    @Test
    void aLayerFromAnUntrustedPublisherIsRefusedUnderEnforceAndDeployedUnderWarn() {
        String layer = publish("untrusted", scenario.signedBytes(scenario.sign("stranger", BUCKET, "stranger.zip",
                TestZips.handler("'stranger'")))).layerVersionArn();

        assertRefusedNaming(layer, () -> deploy("untrusted-enforced", enforce, layer));
        assertThat(deploy("untrusted-warned", warn, layer).layers().get(0).signingProfileVersionArn())
                .isEqualTo(arnOf("stranger"));
    }

    @Test
    void aTamperedLayerFailsIntegrityUnderBothPolicies() {
        byte[] signed = scenario.signedBytes(scenario.sign("trusted", BUCKET, "tamper.zip",
                TestZips.handler("'original'")));
        byte[] tampered = SigningScenario.withComment(TestZips.handler("'changed'"), SigningScenario.commentOf(signed));
        String layer = publish("tampered", tampered).layerVersionArn();

        for (String csc : new String[] {enforce, warn}) {
            assertThatThrownBy(() -> deploy("tampered-" + csc.substring(csc.length() - 4), csc, layer))
                    .isInstanceOfSatisfying(InvalidCodeSignatureException.class, e -> assertThat(e.awsErrorDetails()
                            .errorMessage()).startsWith("The code signature failed the integrity check"));
        }
    }

    @Test
    void aLayerWhoseSignatureWasRevokedIsRefusedUnderEnforceAndDeployedUnderWarn() {
        DescribeSigningJobResponse job = scenario.sign("trusted", BUCKET, "revoked.zip", TestZips.handler("'r'"));
        String layer = publish("revoked", scenario.signedBytes(job)).layerVersionArn();
        clients.signer.revokeSignature(r -> r.jobId(job.jobId()).reason("built from the wrong branch"));

        assertRefusedNaming(layer, () -> deploy("revoked-enforced", enforce, layer));
        deploy("revoked-warned", warn, layer);
    }

    @Test
    void anExpiredLayerSignatureIsRefusedUnderEnforceAndDeployedUnderWarn() {
        String layer = publish("expiring", scenario.signedBytes(scenario.sign("short_lived", BUCKET,
                "expiring.zip", TestZips.handler("'e'")))).layerVersionArn();
        deploy("before-expiry", enforce, layer);
        clock.advance(Duration.ofDays(2));

        assertRefusedNaming(layer, () -> deploy("expired-enforced", enforce, layer));
        deploy("expired-warned", warn, layer);
    }

    @Test
    void updatesVerifyTheLayersAgain() {
        DescribeSigningJobResponse job = scenario.sign("trusted", BUCKET, "later.zip", TestZips.handler("'l'"));
        String signed = publish("revoked-later", scenario.signedBytes(job)).layerVersionArn();
        String unsigned = publish("unsigned-later", TestZips.handler("'u'")).layerVersionArn();
        deploy("updated", enforce, signed);

        assertRefusedNaming(unsigned, () -> clients.lambda.updateFunctionConfiguration(r -> r.functionName("updated")
                .layers(unsigned)));
        assertThat(clients.lambda.getFunctionConfiguration(r -> r.functionName("updated")).layers())
                .extracting(Layer::arn).containsExactly(signed);
        clients.signer.revokeSignature(r -> r.jobId(job.jobId()).reason("leaked"));
        assertRefusedNaming(signed, () -> clients.lambda.updateFunctionCode(r -> r.functionName("updated")
                .zipFile(SdkBytes.fromByteArray(signedFunction))));
    }

    private static CreateFunctionResponse deploy(String name, String csc, String layer) {
        return clients.lambda.createFunction(LocalEndpointFixture.function(name)
                .code(c -> c.zipFile(SdkBytes.fromByteArray(signedFunction))).codeSigningConfigArn(csc)
                .layers(layer).build());
    }

    private static PublishLayerVersionResponse publish(String name, byte[] zip) {
        return clients.lambda.publishLayerVersion(r -> r.layerName(name)
                .content(c -> c.zipFile(SdkBytes.fromByteArray(zip))));
    }

    private static void assertRefusedNaming(String layerVersionArn,
                                            ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(CodeVerificationFailedException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(400);
            assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(REFUSED + layerVersionArn + ".");
        });
    }

    private static String arnOf(String profile) {
        return clients.signer.getSigningProfile(r -> r.profileName(profile)).profileVersionArn();
    }
}
