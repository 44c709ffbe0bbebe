package dev.lambdadesk.ui.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.lambdadesk.core.CodeSigningConfigInfo;
import dev.lambdadesk.core.SigningJobInfo;
import dev.lambdadesk.core.SigningProfileInfo;
import dev.lambdadesk.ui.deploy.DeployablePackage;
import dev.lambdadesk.ui.deploy.RefusalDiagnosis;
import dev.lambdadesk.aws.AwsProblem;
import dev.lambdadesk.ui.common.Refusal;

/** Which check a refused deployment failed, worked out in Lambda's order from the package and the configuration. */
class RefusalDiagnosisTest {

    private static final Instant SIGNED = Instant.parse("2026-01-10T10:00:00Z");
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final String VERSION_ARN = "arn:aws:signer:us-east-1:000000000000:/signing-profiles/Release/AbCdEfGhIj";
    private static final String VERIFICATION = "CodeVerificationFailedException";
    private static final String LAMBDA_TEXT = "Lambda cannot deploy the function. The function or layer might be "
            + "signed using a signature that the client is not configured to accept.";

    @Test
    void anIntegrityFailureIsSaidToBeOneWhateverElseIsKnown() {
        Refusal r = diagnose("InvalidCodeSignatureException", facts(job(NOW.plusSeconds(999), false), profile(null),
                config(VERSION_ARN))).orElseThrow();
        assertThat(r.title()).isEqualTo(RefusalDiagnosis.INTEGRITY);
        assertThat(r.explanation()).contains("both policies");
        assertThat(r.remedy()).contains("Sign the original package again");
    }

    @Test
    void anUnsignedPackageIsSaidToBeUnsigned() {
        DeployablePackage upload = DeployablePackage.unsigned(new SigningJobInfo.S3Location("code", "a.zip", "v1"));
        Refusal r = diagnose(VERIFICATION, new RefusalDiagnosis.Facts(upload, Optional.empty(), Optional.empty(),
                Optional.of(config(VERSION_ARN)))).orElseThrow();
        assertThat(r.title()).isEqualTo(RefusalDiagnosis.UNSIGNED);
        assertThat(r.explanation()).contains("s3://code/a.zip").contains("Enforce");
    }

    @Test
    void aSignerTheConfigurationDoesNotListIsAnUntrustedPublisher() {
        Refusal r = diagnose(VERIFICATION, facts(job(NOW.plusSeconds(999), false), profile(null),
                config("arn:aws:signer:us-east-1:000000000000:/signing-profiles/Other/ZzZzZzZzZz"))).orElseThrow();
        assertThat(r.title()).isEqualTo(RefusalDiagnosis.UNTRUSTED_PUBLISHER);
        assertThat(r.remedy()).contains("Add " + VERSION_ARN);
    }

    @Test
    void aSignatureWhoseValidityEndedIsExpired() {
        Refusal r = diagnose(VERIFICATION, facts(job(NOW.minusSeconds(60), false), profile(null),
                config(VERSION_ARN))).orElseThrow();
        assertThat(r.title()).isEqualTo(RefusalDiagnosis.EXPIRED);
        assertThat(r.remedy()).contains("Sign the package again");
    }

    @Test
    void aRevokedJobSignatureIsRevoked() {
        Refusal r = diagnose(VERIFICATION, facts(job(NOW.plusSeconds(999), true), profile(null),
                config(VERSION_ARN))).orElseThrow();
        assertThat(r.title()).isEqualTo(RefusalDiagnosis.REVOKED);
        assertThat(r.explanation()).contains("(\"wrong build\")");
    }

    @Test
    void aProfileRevokedFromBeforeTheSigningTimeIsRevokedButOneRevokedLaterIsNot() {
        Refusal before = diagnose(VERIFICATION, facts(job(NOW.plusSeconds(999), false),
                profile(SIGNED.minusSeconds(3600)), config(VERSION_ARN))).orElseThrow();
        assertThat(before.title()).isEqualTo(RefusalDiagnosis.REVOKED);
        assertThat(before.explanation()).contains("Signing profile Release was revoked");

        Refusal after = diagnose(VERIFICATION, facts(job(NOW.plusSeconds(999), false),
                profile(SIGNED.plusSeconds(3600)), config(VERSION_ARN))).orElseThrow();
        assertThat(after.title()).isEqualTo(RefusalDiagnosis.VERIFICATION);
    }

    @Test
    void aMissingConfigurationAndOtherFailuresAreToldApart() {
        assertThat(diagnose("CodeSigningConfigNotFoundException", facts(job(NOW, false), profile(null),
                config(VERSION_ARN)))).hasValueSatisfying(r ->
                assertThat(r.title()).isEqualTo(RefusalDiagnosis.CONFIG_NOT_FOUND));
        assertThat(diagnose("ResourceConflictException", facts(job(NOW, false), profile(null),
                config(VERSION_ARN)))).isEmpty();
    }

    @Test
    void withNothingKnownAboutThePackageTheVerificationChecksAreNamedWithoutGuessing() {
        Refusal r = RefusalDiagnosis.diagnose(refused(VERIFICATION), Optional.empty(), NOW);
        assertThat(r.title()).isEqualTo(RefusalDiagnosis.VERIFICATION);
        assertThat(r.explanation()).contains("unsigned").contains("not trust").contains("revoked");
        assertThat(r.serviceDetail()).isEqualTo(VERIFICATION + ": " + LAMBDA_TEXT);
    }

    private static Refusal refused(String code) {
        return new Refusal(AwsProblem.Kind.CODE_SIGNING, "Code signing check failed", LAMBDA_TEXT, "", code,
                LAMBDA_TEXT, List.of());
    }

    private static Optional<Refusal> diagnose(String code, RefusalDiagnosis.Facts facts) {
        Refusal failed = refused(code);
        Refusal r = RefusalDiagnosis.diagnose(failed, Optional.of(facts), NOW);
        return r == failed ? Optional.empty() : Optional.of(r);
    }

    private static RefusalDiagnosis.Facts facts(SigningJobInfo job, SigningProfileInfo profile,
            CodeSigningConfigInfo config) {
        return new RefusalDiagnosis.Facts(DeployablePackage.signed(job), Optional.of(job), Optional.of(profile),
                Optional.of(config));
    }

    private static SigningJobInfo job(Instant expires, boolean revoked) {
        return new SigningJobInfo("5b5544c6-0851-443b-91c6-4e26a73cf51f", "", new SigningJobInfo.S3Location("code",
                "a.zip", "v1"), Optional.of(new SigningJobInfo.S3Location("code", "signed/5b55.zip", "")), "Release",
                "AbCdEfGhIj", VERSION_ARN, "AWSLambda-SHA384-ECDSA", "AWS Lambda", SigningJobInfo.Status.SUCCEEDED,
                "Signing Succeeded", Optional.of(SIGNED), Optional.of(SIGNED), Optional.of(expires), revoked,
                revoked ? Optional.of(new SigningJobInfo.Revocation("wrong build", NOW, "me")) : Optional.empty(), "");
    }

    private static SigningProfileInfo profile(Instant revokedFrom) {
        return new SigningProfileInfo("Release", "", "AbCdEfGhIj", VERSION_ARN, "AWSLambda-SHA384-ECDSA", "AWS Lambda",
                revokedFrom == null ? SigningProfileInfo.Status.ACTIVE : SigningProfileInfo.Status.REVOKED,
                SigningProfileInfo.ValidityPeriod.DEFAULT, Optional.ofNullable(revokedFrom)
                .map(t -> new SigningProfileInfo.Revocation(t, NOW, "me")), "", Map.of());
    }

    private static CodeSigningConfigInfo config(String publisher) {
        return new CodeSigningConfigInfo("csc-0123456789abcdef0", "arn:aws:lambda:us-east-1:000000000000:"
                + "code-signing-config:csc-0123456789abcdef0", "", "Enforce", List.of(publisher), "");
    }
}
