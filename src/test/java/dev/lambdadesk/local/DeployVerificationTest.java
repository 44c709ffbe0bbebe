package dev.lambdadesk.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.model.CodeSigningPolicy;
import software.amazon.awssdk.services.lambda.model.CodeVerificationFailedException;
import software.amazon.awssdk.services.lambda.model.CreateFunctionResponse;
import software.amazon.awssdk.services.lambda.model.InvalidCodeSignatureException;
import software.amazon.awssdk.services.signer.model.DescribeSigningJobResponse;
import software.amazon.awssdk.services.signer.model.SigningProfileStatus;
import software.amazon.awssdk.services.signer.model.ValidationException;

/**
 * Lambda's checks on deploy, in AWS's order: integrity (always refused), then publisher, expiry and revocation
 * (refused under Enforce, accepted under Warn). The endpoint and its clients share a clock the test moves.
 */
class DeployVerificationTest {

    private static final String INTEGRITY = "The code signature failed the integrity check";

    @TempDir
    static Path dataDir;
    static MutableClock clock = MutableClock.startingNow();
    static LocalEndpoint endpoint;
    static ServiceClients clients;
    static SigningScenario scenario;

    @BeforeAll
    static void start() throws IOException {
        endpoint = LocalEndpoint.start(LocalEndpointConfig.defaults(dataDir).withPort(0).withPendingMillis(0)
                .withClock(clock));
        clients = new ServiceClients(endpoint, clock);
        scenario = new SigningScenario(clients);
        scenario.versionedBucket("verify-code");
    }

    @AfterAll
    static void stop() {
        clients.close();
        endpoint.close();
    }

    private static byte[] signedPackage(String profile, String key) {
        return scenario.signedBytes(scenario.sign(profile, "verify-code", key, TestZips.handler("'" + key + "'")));
    }

    private static CreateFunctionResponse deploy(String name, byte[] zip, String csc) {
        return clients.lambda.createFunction(LocalEndpointFixture.function(name)
                .code(c -> c.zipFile(SdkBytes.fromByteArray(zip))).codeSigningConfigArn(csc).build());
    }

    private static String arnOf(String profile) {
        return clients.signer.getSigningProfile(r -> r.profileName(profile)).profileVersionArn();
    }

    @Test
    void aPackageChangedAfterSigningIsRefusedUnderBothPolicies() {
        scenario.profile("tamper");
        byte[] signed = signedPackage("tamper", "tamper.zip");
        byte[] tampered = SigningScenario.withComment(TestZips.zip(Map.of("app.py",
                "def handler(e, c):\n    return 'changed'\n".getBytes(StandardCharsets.UTF_8))),
                SigningScenario.commentOf(signed));
        String enforce = scenario.codeSigningConfig(CodeSigningPolicy.ENFORCE, arnOf("tamper"));
        String warn = scenario.codeSigningConfig(CodeSigningPolicy.WARN, arnOf("tamper"));

        for (String csc : new String[] {enforce, warn}) {
            assertThatThrownBy(() -> deploy("tampered", tampered, csc))
                    .isInstanceOfSatisfying(InvalidCodeSignatureException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(400);
                        assertThat(e.awsErrorDetails().errorMessage()).startsWith(INTEGRITY)
                                .contains("modified after it was signed");
                    });
        }
        String comment = SigningScenario.commentOf(signed);
        byte[] forgedBlock = SigningScenario.withComment(TestZips.handler("'tamper.zip'"),
                comment.substring(0, comment.length() - 8) + "AAAAAAA=");
        assertThatThrownBy(() -> deploy("forged", forgedBlock, warn))
                .isInstanceOfSatisfying(InvalidCodeSignatureException.class, e ->
                        assertThat(e.awsErrorDetails().errorMessage()).startsWith(INTEGRITY));
        assertThat(deploy("untampered", signed, enforce).signingProfileVersionArn()).isEqualTo(arnOf("tamper"));
    }

    @Test
    void aSignatureFromAnotherProfileIsRefusedUnderEnforceAndAcceptedUnderWarn() {
        scenario.profile("trusted");
        scenario.profile("stranger");
        byte[] signed = signedPackage("stranger", "stranger.zip");

        assertThatThrownBy(() -> deploy("untrusted-enforced", signed,
                scenario.codeSigningConfig(CodeSigningPolicy.ENFORCE, arnOf("trusted"))))
                .isInstanceOfSatisfying(CodeVerificationFailedException.class, e -> assertThat(e.awsErrorDetails()
                        .errorMessage()).isEqualTo("Lambda cannot deploy the function. The function or layer might be "
                        + "signed using a signature that the client is not configured to accept. Check the provided "
                        + "signature for arn:aws:lambda:us-east-1:000000000000:function:untrusted-enforced."));
        CreateFunctionResponse warned = deploy("untrusted-warned", signed,
                scenario.codeSigningConfig(CodeSigningPolicy.WARN, arnOf("trusted")));
        assertThat(warned.signingProfileVersionArn()).isEqualTo(arnOf("stranger"));
    }

    @Test
    void unsignedCodeIsAMismatch() {
        scenario.profile("only_signed");

        assertThatThrownBy(() -> deploy("unsigned-enforced", TestZips.handler("'u'"),
                scenario.codeSigningConfig(CodeSigningPolicy.ENFORCE, arnOf("only_signed"))))
                .isInstanceOf(CodeVerificationFailedException.class);
        CreateFunctionResponse warned = deploy("unsigned-warned", TestZips.handler("'u'"),
                scenario.codeSigningConfig(CodeSigningPolicy.WARN, arnOf("only_signed")));
        assertThat(warned.signingProfileVersionArn()).isNull();
        assertThat(warned.signingJobArn()).isNull();
    }

    @Test
    void anExpiredSignatureIsRefusedUnderEnforceAndAcceptedUnderWarn() {
        scenario.profile("one_day", 1);
        DescribeSigningJobResponse job = scenario.sign("one_day", "verify-code", "expiring.zip",
                TestZips.handler("'expiring'"));
        byte[] signed = scenario.signedBytes(job);
        String enforce = scenario.codeSigningConfig(CodeSigningPolicy.ENFORCE, arnOf("one_day"));
        String warn = scenario.codeSigningConfig(CodeSigningPolicy.WARN, arnOf("one_day"));

        assertThat(job.signatureExpiresAt()).isEqualTo(job.createdAt().plus(Duration.ofDays(1)));
        deploy("fresh", signed, enforce);
        clock.advance(Duration.ofDays(2));

        assertThatThrownBy(() -> deploy("expired-enforced", signed, enforce))
                .isInstanceOf(CodeVerificationFailedException.class);
        assertThat(deploy("expired-warned", signed, warn).signingJobArn()).endsWith(job.jobId());
        assertThat(clients.signer.listSigningJobs(r -> r.signatureExpiresBefore(clock.instant())).jobs())
                .anySatisfy(j -> assertThat(j.jobId()).isEqualTo(job.jobId()));
    }

    @Test
    void aRevokedProfileInvalidatesOnlySignaturesMadeFromItsEffectiveTime() {
        String version = scenario.profile("revoked_later").profileVersion();
        byte[] before = signedPackage("revoked_later", "before.zip");
        Instant effective = clock.instant().plus(Duration.ofMinutes(30));
        clock.advance(Duration.ofHours(1));
        byte[] after = signedPackage("revoked_later", "after.zip");
        String enforce = scenario.codeSigningConfig(CodeSigningPolicy.ENFORCE, arnOf("revoked_later"));

        clients.signer.revokeSigningProfile(r -> r.profileName("revoked_later").profileVersion(version)
                .effectiveTime(effective).reason("key compromised"));

        assertThat(deploy("signed-before-revocation", before, enforce).signingProfileVersionArn())
                .isEqualTo(arnOf("revoked_later"));
        assertThatThrownBy(() -> deploy("signed-after-revocation", after, enforce))
                .isInstanceOf(CodeVerificationFailedException.class);
        assertThat(deploy("revoked-warned", after, scenario.codeSigningConfig(CodeSigningPolicy.WARN,
                arnOf("revoked_later"))).signingProfileVersionArn()).isEqualTo(arnOf("revoked_later"));
        var profile = clients.signer.getSigningProfile(r -> r.profileName("revoked_later"));
        assertThat(profile.status()).isEqualTo(SigningProfileStatus.REVOKED);
        assertThat(profile.revocationRecord().revocationEffectiveFrom())
                .isEqualTo(effective.truncatedTo(ChronoUnit.MILLIS));
        assertThatThrownBy(() -> scenario.startJob("revoked_later", "verify-code", "after.zip", "x"))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> clients.signer.revokeSigningProfile(r -> r.profileName("revoked_later")
                .profileVersion(version).effectiveTime(effective.plus(Duration.ofMinutes(1))).reason("later")))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.getMessage()).contains("can only be moved earlier"));
        clients.signer.revokeSigningProfile(r -> r.profileName("revoked_later").profileVersion(version)
                .effectiveTime(effective.minus(Duration.ofHours(2))).reason("earlier"));
        assertThatThrownBy(() -> deploy("signed-before-earlier-revocation", before, enforce))
                .isInstanceOf(CodeVerificationFailedException.class);
    }

    @Test
    void aRevokedSignatureIsRefusedWhileTheProfileSignsOn() {
        scenario.profile("one_revoked");
        DescribeSigningJobResponse revoked = scenario.sign("one_revoked", "verify-code", "revoked.zip",
                TestZips.handler("'revoked'"));
        byte[] kept = signedPackage("one_revoked", "kept.zip");
        String enforce = scenario.codeSigningConfig(CodeSigningPolicy.ENFORCE, arnOf("one_revoked"));

        clients.signer.revokeSignature(r -> r.jobId(revoked.jobId()).reason("built from the wrong branch"));

        assertThatThrownBy(() -> deploy("revoked-signature", scenario.signedBytes(revoked), enforce))
                .isInstanceOf(CodeVerificationFailedException.class);
        assertThat(deploy("kept-signature", kept, enforce).signingProfileVersionArn()).isEqualTo(arnOf("one_revoked"));
        var described = clients.signer.describeSigningJob(r -> r.jobId(revoked.jobId()));
        assertThat(described.revocationRecord().reason()).isEqualTo("built from the wrong branch");
        assertThat(clients.signer.listSigningJobs(r -> r.isRevoked(true)).jobs())
                .extracting(j -> j.jobId()).contains(revoked.jobId());
    }

    @Test
    void aCanceledProfileKeepsItsSignaturesValidButCannotSignOrBeRecreated() {
        scenario.profile("canceled_one");
        byte[] signed = signedPackage("canceled_one", "canceled.zip");
        String arn = arnOf("canceled_one");

        clients.signer.cancelSigningProfile(r -> r.profileName("canceled_one"));

        assertThat(deploy("canceled-signature", signed, scenario.codeSigningConfig(CodeSigningPolicy.ENFORCE, arn))
                .signingProfileVersionArn()).isEqualTo(arn);
        String version = scenario.upload("verify-code", "canceled-next.zip", TestZips.handler("'n'"));
        assertThatThrownBy(() -> scenario.startJob("canceled_one", "verify-code", "canceled-next.zip", version))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.getMessage()).contains("canceled"));
        assertThatThrownBy(() -> scenario.profile("canceled_one")).isInstanceOf(ValidationException.class);
        assertThat(clients.signer.listSigningProfiles(r -> r.includeCanceled(true)).profiles())
                .anySatisfy(p -> {
                    assertThat(p.profileName()).isEqualTo("canceled_one");
                    assertThat(p.status()).isEqualTo(SigningProfileStatus.CANCELED);
                });
        assertThat(clients.signer.listSigningProfiles().profiles()).noneMatch(p -> p.profileName()
                .equals("canceled_one"));
    }
}
