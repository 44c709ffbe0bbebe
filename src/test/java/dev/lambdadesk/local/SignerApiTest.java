package dev.lambdadesk.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.signer.SignerClient;
import software.amazon.awssdk.services.signer.model.DescribeSigningJobResponse;
import software.amazon.awssdk.services.signer.model.GetSigningPlatformResponse;
import software.amazon.awssdk.services.signer.model.GetSigningProfileResponse;
import software.amazon.awssdk.services.signer.model.ListSigningProfilesResponse;
import software.amazon.awssdk.services.signer.model.PutSigningProfileResponse;
import software.amazon.awssdk.services.signer.model.ResourceNotFoundException;
import software.amazon.awssdk.services.signer.model.SignerException;
import software.amazon.awssdk.services.signer.model.SigningPlatform;
import software.amazon.awssdk.services.signer.model.SigningProfile;
import software.amazon.awssdk.services.signer.model.SigningProfileStatus;
import software.amazon.awssdk.services.signer.model.SigningStatus;
import software.amazon.awssdk.services.signer.model.ValidationException;
import software.amazon.awssdk.services.signer.model.ValidityType;

/** Signer's operations, their refusals and the jobs that fail, through the SDK's Signer client. */
class SignerApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dataDir;
    static LocalEndpointFixture fixture;
    static ServiceClients clients;
    static SigningScenario scenario;

    @BeforeAll
    static void start() throws IOException {
        fixture = LocalEndpointFixture.start(dataDir);
        clients = new ServiceClients(fixture.endpoint);
        scenario = new SigningScenario(clients);
        scenario.versionedBucket("signer-code");
    }

    @AfterAll
    static void stop() {
        clients.close();
        fixture.close();
    }

    @Test
    void platformsAreListedWithTheirRealNamesAndLimits() {
        List<SigningPlatform> platforms = clients.signer.listSigningPlatforms().platforms();
        GetSigningPlatformResponse lambda = clients.signer.getSigningPlatform(r -> r
                .platformId("AWSLambda-SHA384-ECDSA"));

        assertThat(platforms).extracting(SigningPlatform::platformId)
                .containsExactly("AWSLambda-SHA384-ECDSA", "Notation-OCI-SHA384-ECDSA");
        assertThat(platforms).extracting(SigningPlatform::displayName)
                .containsExactly("AWS Lambda", "Notation for container registries");
        assertThat(lambda.maxSizeInMB()).isEqualTo(250);
        assertThat(lambda.revocationSupported()).isTrue();
        assertThat(lambda.signingConfiguration().hashAlgorithmOptions().defaultValueAsString()).isEqualTo("SHA384");
        assertThat(lambda.signingImageFormat().defaultFormatAsString()).isEqualTo("JSONDetached");
        assertThatThrownBy(() -> clients.signer.getSigningPlatform(r -> r.platformId("NoSuchPlatform")))
                .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> assertThat(e.statusCode())
                        .isEqualTo(404));
    }

    @Test
    void profilesHaveVersionsArnsAndTheDefaultValidity() {
        PutSigningProfileResponse put = clients.signer.putSigningProfile(r -> r.profileName("defaults_1")
                .platformId("AWSLambda-SHA384-ECDSA").tags(Map.of("team", "blue")));
        GetSigningProfileResponse got = clients.signer.getSigningProfile(r -> r.profileName("defaults_1"));

        assertThat(put.profileVersion()).matches("[A-Za-z0-9]{10}");
        assertThat(got.profileVersionArn()).isEqualTo("arn:aws:signer:us-east-1:000000000000:/signing-profiles/"
                + "defaults_1/" + put.profileVersion());
        assertThat(got.status()).isEqualTo(SigningProfileStatus.ACTIVE);
        assertThat(got.platformDisplayName()).isEqualTo("AWS Lambda");
        assertThat(got.signatureValidityPeriod().value()).isEqualTo(135);
        assertThat(got.signatureValidityPeriod().type()).isEqualTo(ValidityType.MONTHS);
        assertThat(got.tags()).containsEntry("team", "blue");
        assertThat(clients.signer.putSigningProfile(r -> r.profileName("defaults_1")
                .platformId("AWSLambda-SHA384-ECDSA")).profileVersion()).isEqualTo(put.profileVersion());
        assertThatThrownBy(() -> clients.signer.putSigningProfile(r -> r.profileName("defaults_1")
                .platformId("AWSLambda-SHA384-ECDSA").signatureValidityPeriod(p -> p.value(2)
                        .type(ValidityType.YEARS)))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> clients.signer.getSigningProfile(r -> r.profileName("nobody")))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void profileRequestsAreValidatedWithTheSharedRulesAndAnswerMessageAndCode() throws IOException {
        assertThatThrownBy(() -> clients.signer.putSigningProfile(r -> r.profileName("has-hyphen")
                .platformId("AWSLambda-SHA384-ECDSA")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.awsErrorDetails()
                        .errorMessage()).startsWith("1 validation error detected: Value 'has-hyphen' at "
                        + "'profileName' failed to satisfy constraint"));
        assertThatThrownBy(() -> clients.signer.putSigningProfile(r -> r.profileName("too_long")
                .platformId("AWSLambda-SHA384-ECDSA").signatureValidityPeriod(p -> p.value(136)
                        .type(ValidityType.MONTHS)))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> clients.signer.putSigningProfile(r -> r.profileName("unknown_platform")
                .platformId("NoSuchPlatform"))).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.getMessage()).contains("NoSuchPlatform"));

        HttpResponse<String> raw = new SignedHttp(fixture.endpoint).send("PUT", "/signing-profiles/bad-name",
                "{\"platformId\":\"AWSLambda-SHA384-ECDSA\"}", "signer", "application/json", Clock.systemUTC());
        JsonNode body = JSON.readTree(raw.body());
        assertThat(raw.statusCode()).isEqualTo(400);
        assertThat(raw.headers().firstValue("x-amzn-ErrorType")).hasValue("ValidationException");
        assertThat(body.path("code").asText()).isEqualTo("ValidationException");
        assertThat(body.path("message").asText()).startsWith("1 validation error detected");
    }

    @Test
    void profilesAreListedPageByPageWithFilters() {
        for (String name : List.of("page_a", "page_b", "page_c")) {
            scenario.profile(name);
        }
        clients.signer.putSigningProfile(r -> r.profileName("page_notation").platformId("Notation-OCI-SHA384-ECDSA"));

        List<ListSigningProfilesResponse> pages = clients.signer.listSigningProfilesPaginator(r -> r.maxResults(1))
                .stream().toList();
        List<String> paged = pages.stream().flatMap(p -> p.profiles().stream()).map(SigningProfile::profileName)
                .filter(n -> n.startsWith("page_")).toList();
        List<String> notation = clients.signer.listSigningProfiles(r -> r.platformId("Notation-OCI-SHA384-ECDSA"))
                .profiles().stream().map(SigningProfile::profileName).toList();

        assertThat(pages).allSatisfy(p -> assertThat(p.profiles()).hasSizeLessThanOrEqualTo(1));
        assertThat(paged).containsExactly("page_a", "page_b", "page_c", "page_notation");
        assertThat(notation).containsExactly("page_notation");
        assertThatThrownBy(() -> clients.signer.listSigningProfiles(r -> r.maxResults(26)))
                .isInstanceOf(ValidationException.class);
        clients.signer.cancelSigningProfile(r -> r.profileName("page_c"));
        assertThat(clients.signer.listSigningProfiles(r -> r.statusesWithStrings("Canceled")).profiles())
                .extracting(SigningProfile::profileName).contains("page_c").doesNotContain("page_a");
    }

    @Test
    void profilesAreTagged() {
        String arn = scenario.profile("tagged").arn();

        clients.signer.tagResource(r -> r.resourceArn(arn).tags(Map.of("env", "dev", "owner", "me")));
        clients.signer.untagResource(r -> r.resourceArn(arn).tagKeys("owner"));

        assertThat(clients.signer.listTagsForResource(r -> r.resourceArn(arn)).tags())
                .containsExactlyEntriesOf(Map.of("env", "dev"));
    }

    @Test
    void revocationStatusNamesTheRevokedJobAndProfileVersion() {
        scenario.profile("revoked_later");
        DescribeSigningJobResponse job = scenario.sign("revoked_later", "signer-code", "revocable.zip",
                TestZips.handler("'revocable'"));
        String profileVersionArn = "arn:aws:signer:us-east-1:000000000000:/signing-profiles/revoked_later/"
                + job.profileVersion();
        String jobArn = "arn:aws:signer:us-east-1:000000000000:/signing-jobs/" + job.jobId();
        Instant signedAt = Instant.now();
        assertThat(clients.signer.getRevocationStatus(r -> r.signatureTimestamp(signedAt).platformId(
                job.platformId()).profileVersionArn(profileVersionArn).jobArn(jobArn).certificateHashes("00"))
                .revokedEntities()).isEmpty();

        clients.signer.revokeSignature(r -> r.jobId(job.jobId()).reason("leaked"));
        clients.signer.revokeSigningProfile(r -> r.profileName("revoked_later").profileVersion(job.profileVersion())
                .reason("retired").effectiveTime(signedAt.minusSeconds(60)));

        assertThat(clients.signer.getRevocationStatus(r -> r.signatureTimestamp(signedAt).platformId(
                job.platformId()).profileVersionArn(profileVersionArn).jobArn(jobArn).certificateHashes("00"))
                .revokedEntities()).containsExactlyInAnyOrder(jobArn, profileVersionArn);
        try (SignerClient prefixed = clients.signerWithHostPrefix()) {
            assertThat(prefixed.getRevocationStatus(r -> r.signatureTimestamp(signedAt.minusSeconds(120))
                    .platformId(job.platformId()).profileVersionArn(profileVersionArn).jobArn(jobArn)
                    .certificateHashes("00")).revokedEntities()).containsExactly(jobArn);
        }
        assertThatThrownBy(() -> clients.signer.getRevocationStatus(r -> r.signatureTimestamp(signedAt)
                .platformId(job.platformId()).profileVersionArn(profileVersionArn).certificateHashes("00")))
                .isInstanceOfSatisfying(SignerException.class, e -> assertThat(e.awsErrorDetails().errorMessage())
                        .isEqualTo("1 validation error detected: Value null at 'jobArn' failed to satisfy "
                                + "constraint: Member must not be null"));
    }

    @Test
    void startingAJobTwiceWithOneTokenStartsOneJob() {
        scenario.profile("idempotent");
        String version = scenario.upload("signer-code", "once.zip", TestZips.handler("'once'"));

        String first = clients.signer.startSigningJob(r -> r.profileName("idempotent").clientRequestToken("token-1")
                .source(s -> s.s3(s3 -> s3.bucketName("signer-code").key("once.zip").version(version)))
                .destination(d -> d.s3(s3 -> s3.bucketName("signer-code").prefix("signed/")))).jobId();
        String second = clients.signer.startSigningJob(r -> r.profileName("idempotent").clientRequestToken("token-1")
                .source(s -> s.s3(s3 -> s3.bucketName("signer-code").key("once.zip").version(version)))
                .destination(d -> d.s3(s3 -> s3.bucketName("signer-code").prefix("signed/")))).jobId();

        assertThat(second).isEqualTo(first);
        assertThat(clients.signer.listSigningJobs().jobs()).filteredOn(j -> j.profileName().equals("idempotent"))
                .hasSize(1);
    }

    @Test
    void jobsWhoseSourceCannotBeSignedFailWithAReasonAPersonUnderstands() {
        scenario.profile("failing");
        clients.s3.createBucket(b -> b.bucket("unversioned-code"));
        String plain = clients.s3.putObject(b -> b.bucket("unversioned-code").key("app.zip"),
                RequestBody.fromBytes(TestZips.handler("'x'"))).versionId();
        String empty = scenario.upload("signer-code", "empty.zip", new byte[0]);
        String text = scenario.upload("signer-code", "notes.zip", "just text".getBytes());
        String good = scenario.upload("signer-code", "good.zip", TestZips.handler("'good'"));
        DescribeSigningJobResponse signed = scenario.sign("failing", "signer-code", "to-sign-again.zip",
                TestZips.handler("'again'"));
        String signedVersion = clients.s3.headObject(b -> b.bucket("signer-code")
                .key(signed.signedObject().s3().key())).versionId();

        assertThat(failure("unversioned-code", "app.zip", plain == null ? "null" : plain))
                .contains("versioning is not enabled on the source bucket unversioned-code");
        assertThat(failure("no-such-bucket", "app.zip", "v")).contains("source bucket no-such-bucket does not exist");
        assertThat(failure("signer-code", "missing.zip", good)).contains("does not exist in bucket signer-code");
        assertThat(failure("signer-code", "good.zip", "NoSuchVersion000000000000000000"))
                .contains("version NoSuchVersion000000000000000000 of good.zip does not exist");
        assertThat(failure("signer-code", "empty.zip", empty)).contains("the source file is empty");
        assertThat(failure("signer-code", "notes.zip", text)).contains("not a zip file");
        assertThat(failure("signer-code", signed.signedObject().s3().key(), signedVersion))
                .contains("already has a signature");
        String toNowhere = clients.signer.startSigningJob(r -> r.profileName("failing")
                .source(s -> s.s3(s3 -> s3.bucketName("signer-code").key("good.zip").version(good)))
                .destination(d -> d.s3(s3 -> s3.bucketName("no-such-destination")))).jobId();
        assertThat(clients.signer.describeSigningJob(r -> r.jobId(toNowhere)).statusReason())
                .contains("destination bucket no-such-destination does not exist");
        assertThat(clients.signer.listSigningJobs(r -> r.status(SigningStatus.FAILED)).jobs())
                .allSatisfy(j -> assertThat(j.status()).isEqualTo(SigningStatus.FAILED)).hasSizeGreaterThanOrEqualTo(8);
    }

    /** Starts a job that must fail; checks the waiter stops on it; returns its statusReason. */
    private static String failure(String bucket, String key, String version) {
        String jobId = scenario.startJob("failing", bucket, key, version);
        assertThatThrownBy(() -> clients.signer.waiter().waitUntilSuccessfulSigningJob(r -> r.jobId(jobId)))
                .isInstanceOf(SdkClientException.class);
        DescribeSigningJobResponse job = clients.signer.describeSigningJob(r -> r.jobId(jobId));
        assertThat(job.status()).isEqualTo(SigningStatus.FAILED);
        assertThat(job.signedObject()).isNull();
        assertThat(job.statusReason()).startsWith("Signing failed: ");
        return job.statusReason();
    }

    @Test
    void jobsAreRefusedUpFrontForUnknownProfilesAndContainerPlatforms() {
        clients.signer.putSigningProfile(r -> r.profileName("for_images").platformId("Notation-OCI-SHA384-ECDSA"));

        assertThatThrownBy(() -> scenario.startJob("no_such_profile", "signer-code", "a.zip", "v"))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> scenario.startJob("for_images", "signer-code", "a.zip", "v"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getMessage())
                        .contains("Notation CLI"));
        assertThatThrownBy(() -> clients.signer.describeSigningJob(r -> r.jobId("00000000-0000-0000-0000-"
                + "000000000000"))).isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> clients.signer.waiter().waitUntilSuccessfulSigningJob(r -> r.jobId("00000000-0000-"
                + "0000-0000-000000000000"))).isInstanceOf(SdkClientException.class);
        assertThatThrownBy(() -> clients.signer.revokeSignature(r -> r.jobId("00000000-0000-0000-0000-000000000000")
                .reason("r"))).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void revocationNeedsAPastEffectiveTimeAndTheProfilesVersion() throws IOException {
        String version = scenario.profile("revoke_rules").profileVersion();

        assertThatThrownBy(() -> clients.signer.revokeSigningProfile(r -> r.profileName("revoke_rules")
                .profileVersion(version).reason("r").effectiveTime(Instant.now().plus(Duration.ofDays(1)))))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> clients.signer.revokeSigningProfile(r -> r.profileName("revoke_rules")
                .profileVersion("AAAAAAAAAA").reason("r").effectiveTime(Instant.now())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getMessage())
                        .contains("has no version AAAAAAAAAA"));
        long epochSeconds = Instant.now().getEpochSecond() - 60;
        HttpResponse<String> cliStyle = new SignedHttp(fixture.endpoint).send("PUT",
                "/signing-profiles/revoke_rules/revoke", "{\"profileVersion\":\"" + version + "\",\"reason\":\"cli\","
                        + "\"effectiveTime\":" + epochSeconds + "}", "signer", "application/json", Clock.systemUTC());
        assertThat(cliStyle.statusCode()).isEqualTo(200);
        JsonNode profile = JSON.readTree(new SignedHttp(fixture.endpoint).send("GET", "/signing-profiles/revoke_rules",
                null, "signer", null, Clock.systemUTC()).body());
        assertThat(profile.path("status").asText()).isEqualTo("Revoked");
        assertThat(profile.path("revocationRecord").path("revocationEffectiveFrom").isNumber()).isTrue();
        assertThat(profile.path("revocationRecord").path("revocationEffectiveFrom").asLong()).isEqualTo(epochSeconds);
    }
}
