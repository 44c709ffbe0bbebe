package dev.lambdadesk.local.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.lambdadesk.local.signing.DeploymentVerdict.Outcome;
import dev.lambdadesk.local.signing.DeploymentVerdict.VerificationFailure;

class DeploymentSignatureCheckTest {

    private static final String FUNCTION_ARN = "arn:aws:lambda:us-east-1:000000000000:function:orders";
    private static final String TRUSTED = ZipSignerTest.PROFILE_VERSION_ARN;
    private static final String UNTRUSTED = "arn:aws:signer:us-east-1:000000000000:/signing-profiles/Team_B/ELAcw04kNv";
    private static final SigningKeyMaterial TRUSTED_KEY = SigningKeyMaterial.generate(TRUSTED);
    private static final SigningKeyMaterial UNTRUSTED_KEY = SigningKeyMaterial.generate(UNTRUSTED);
    private static final Instant SIGNED_AT = Instant.parse("2025-06-01T12:00:00Z");
    private static final Duration VALIDITY = Duration.ofDays(1);
    private static final String AWS_MESSAGE = "Lambda cannot deploy the function. The function or layer might be "
            + "signed using a signature that the client is not configured to accept. Check the provided signature for "
            + FUNCTION_ARN + ".";

    private final SignedZipVerifier verifier = new SignedZipVerifier(this::publicKey);
    private final InMemoryRevocations revocations = new InMemoryRevocations();
    private Clock clock = Clock.fixed(SIGNED_AT.plus(Duration.ofHours(1)), ZoneOffset.UTC);

    private Optional<PublicKey> publicKey(String arn) {
        return Optional.ofNullable(Map.of(TRUSTED, TRUSTED_KEY.publicKey(), UNTRUSTED, UNTRUSTED_KEY.publicKey())
                .get(arn));
    }

    private static byte[] signedBy(SigningKeyMaterial key) throws SigningRefusedException {
        return new ZipSigner().sign(TestZips.handlerZip(), key, "Team", ZipSignerTest.JOB_ARN, SIGNED_AT,
                SIGNED_AT.plus(VALIDITY));
    }

    private DeploymentVerdict deploy(byte[] zip, CodeSigningPolicy policy) {
        return new DeploymentSignatureCheck(clock, revocations)
                .check(verifier.inspect(zip), List.of(TRUSTED), policy, FUNCTION_ARN);
    }

    @ParameterizedTest
    @EnumSource(CodeSigningPolicy.class)
    void trustedUnexpiredUnrevokedSignatureDeploysWithItsArns(CodeSigningPolicy policy) throws Exception {
        DeploymentVerdict verdict = deploy(signedBy(TRUSTED_KEY), policy);

        assertThat(verdict.outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(verdict.deploys()).isTrue();
        assertThat(verdict.signingProfileVersionArn()).isEqualTo(TRUSTED);
        assertThat(verdict.signingJobArn()).isEqualTo(ZipSignerTest.JOB_ARN);
        assertThat(verdict.awsErrorCode()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(CodeSigningPolicy.class)
    void unsignedPackageFailsThePolicy(CodeSigningPolicy policy) {
        DeploymentVerdict verdict = deploy(TestZips.handlerZip(), policy);

        assertPolicyFailure(verdict, policy, VerificationFailure.UNSIGNED, "The package is not signed.");
        assertThat(verdict.signingProfileVersionArn()).isNull();
        assertThat(verdict.signingJobArn()).isNull();
    }

    @ParameterizedTest
    @EnumSource(CodeSigningPolicy.class)
    void signatureFromAProfileNotAllowedFailsThePolicy(CodeSigningPolicy policy) throws Exception {
        DeploymentVerdict verdict = deploy(signedBy(UNTRUSTED_KEY), policy);

        assertPolicyFailure(verdict, policy, VerificationFailure.UNTRUSTED_PUBLISHER, UNTRUSTED);
        assertThat(verdict.signingProfileVersionArn()).isEqualTo(UNTRUSTED);
    }

    @ParameterizedTest
    @EnumSource(CodeSigningPolicy.class)
    void expiredSignatureFailsThePolicyOnceTheClockPassesTheValidity(CodeSigningPolicy policy) throws Exception {
        byte[] zip = signedBy(TRUSTED_KEY);
        clock = Clock.offset(Clock.fixed(SIGNED_AT, ZoneOffset.UTC), Duration.ofDays(2));

        assertPolicyFailure(deploy(zip, policy), policy, VerificationFailure.EXPIRED, "expired");

        clock = Clock.offset(Clock.fixed(SIGNED_AT, ZoneOffset.UTC), VALIDITY);
        assertThat(deploy(zip, policy).outcome()).as("valid up to and at expiresAt").isEqualTo(Outcome.ACCEPTED);
    }

    @ParameterizedTest
    @EnumSource(CodeSigningPolicy.class)
    void revokedJobSignatureFailsThePolicy(CodeSigningPolicy policy) throws Exception {
        revocations.revokedJobs.add(ZipSignerTest.JOB_ARN);

        assertPolicyFailure(deploy(signedBy(TRUSTED_KEY), policy), policy, VerificationFailure.REVOKED,
                ZipSignerTest.JOB_ARN);
    }

    @ParameterizedTest
    @EnumSource(CodeSigningPolicy.class)
    void profileRevokedEffectiveAtOrBeforeSigningFailsThePolicy(CodeSigningPolicy policy) throws Exception {
        byte[] zip = signedBy(TRUSTED_KEY);

        revocations.profileRevokedFrom.put(TRUSTED, SIGNED_AT.minus(Duration.ofMinutes(5)));
        assertPolicyFailure(deploy(zip, policy), policy, VerificationFailure.REVOKED, "was revoked effective");

        revocations.profileRevokedFrom.put(TRUSTED, SIGNED_AT);
        assertPolicyFailure(deploy(zip, policy), policy, VerificationFailure.REVOKED, "was revoked effective");
    }

    @ParameterizedTest
    @EnumSource(CodeSigningPolicy.class)
    void profileRevokedEffectiveAfterSigningKeepsOlderSignaturesValid(CodeSigningPolicy policy) throws Exception {
        revocations.profileRevokedFrom.put(TRUSTED, SIGNED_AT.plus(Duration.ofMinutes(5)));

        assertThat(deploy(signedBy(TRUSTED_KEY), policy).outcome()).isEqualTo(Outcome.ACCEPTED);
    }

    @Test
    void checksRunInLambdasOrder() throws Exception {
        revocations.revokedJobs.add(ZipSignerTest.JOB_ARN);
        clock = Clock.offset(Clock.fixed(SIGNED_AT, ZoneOffset.UTC), Duration.ofDays(2));

        assertThat(deploy(signedBy(UNTRUSTED_KEY), CodeSigningPolicy.ENFORCE).failure())
                .isEqualTo(VerificationFailure.UNTRUSTED_PUBLISHER);
        assertThat(deploy(signedBy(TRUSTED_KEY), CodeSigningPolicy.ENFORCE).failure())
                .as("expired signatures fail on expiry rather than revocation").isEqualTo(VerificationFailure.EXPIRED);
    }

    @ParameterizedTest
    @EnumSource(CodeSigningPolicy.class)
    void packageChangedAfterSigningIsRefusedWhateverThePolicy(CodeSigningPolicy policy) throws Exception {
        byte[] signed = signedBy(TRUSTED_KEY);
        Map<String, byte[]> entries = new HashMap<>(TestZips.readStreaming(signed));
        entries.put("index.py", new byte[] {'x'});

        DeploymentVerdict verdict = deploy(TestZips.zip(entries, TestZips.comment(signed)), policy);

        assertIntegrityFailure(verdict, "The code signature failed the integrity check: the package was modified "
                + "after it was signed.");
    }

    @ParameterizedTest
    @EnumSource(CodeSigningPolicy.class)
    void forgedOrUnreadableSignaturesAreRefusedWhateverThePolicy(CodeSigningPolicy policy) throws Exception {
        SigningKeyMaterial forged = new SigningKeyMaterial(TRUSTED, UNTRUSTED_KEY.privateKeyPkcs8(),
                UNTRUSTED_KEY.publicKeyX509());
        byte[] garbage = TestZips.withComment(TestZips.handlerZip(), SignatureBlockCodec.MAGIC + "garbage!");
        SigningKeyMaterial unknown = SigningKeyMaterial.generate(TRUSTED.replace("B1oks0DM6r", "Unknown000"));

        assertIntegrityFailure(deploy(signedBy(forged), policy), "the signature does not verify");
        assertIntegrityFailure(deploy(garbage, policy), "the signature block cannot be read");
        assertIntegrityFailure(deploy(signedBy(unknown), policy), "the signature does not verify");
    }

    private static void assertPolicyFailure(DeploymentVerdict verdict, CodeSigningPolicy policy,
                                            VerificationFailure failure, String reasonPart) {
        assertThat(verdict.failure()).isEqualTo(failure);
        assertThat(verdict.message()).isEqualTo(AWS_MESSAGE);
        assertThat(verdict.reason()).contains(reasonPart);
        if (policy == CodeSigningPolicy.ENFORCE) {
            assertThat(verdict.outcome()).isEqualTo(Outcome.REFUSED_VERIFICATION);
            assertThat(verdict.deploys()).isFalse();
            assertThat(verdict.awsErrorCode()).contains("CodeVerificationFailedException");
            assertThat(verdict.reason()).endsWith("or set the code signing policy to Warn.");
        } else {
            assertThat(verdict.outcome()).isEqualTo(Outcome.ACCEPTED_WITH_WARNING);
            assertThat(verdict.deploys()).isTrue();
            assertThat(verdict.awsErrorCode()).isEmpty();
            assertThat(verdict.reason()).contains("Deployed anyway because the code signing policy is Warn.");
        }
    }

    private static void assertIntegrityFailure(DeploymentVerdict verdict, String messagePart) {
        assertThat(verdict.outcome()).isEqualTo(Outcome.REFUSED_INTEGRITY);
        assertThat(verdict.deploys()).isFalse();
        assertThat(verdict.awsErrorCode()).contains("InvalidCodeSignatureException");
        assertThat(verdict.message()).startsWith("The code signature failed the integrity check").contains(messagePart);
        assertThat(verdict.reason()).contains("whatever the policy");
        assertThat(verdict.signingProfileVersionArn()).isNull();
    }

    /** Revocation records as Signer's store would answer them. */
    private static final class InMemoryRevocations implements RevocationLookup {
        final Set<String> revokedJobs = new HashSet<>();
        final Map<String, Instant> profileRevokedFrom = new HashMap<>();

        @Override
        public boolean isSignatureRevoked(String jobArn) {
            return revokedJobs.contains(jobArn);
        }

        @Override
        public Optional<Instant> profileVersionRevokedFrom(String profileVersionArn) {
            return Optional.ofNullable(profileRevokedFrom.get(profileVersionArn));
        }
    }
}
