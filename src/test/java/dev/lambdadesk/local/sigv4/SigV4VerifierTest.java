package dev.lambdadesk.local.sigv4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/** The verifier accepts what the SDK's signer (and AWS's published example) sign, and nothing altered. */
class SigV4VerifierTest {

    private static final String KEY = "AKIDEXAMPLE";
    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    private static final Instant NOW = Instant.parse("2015-08-30T12:36:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private final SigV4Verifier verifier = new SigV4Verifier(KEY, SECRET, CLOCK);

    @Test
    void acceptsAwsPublishedGetVanillaExample() throws Exception {
        ReceivedRequest request = received("GET", "/", Map.of(), Map.of(
                "Host", "example.amazonaws.com",
                "X-Amz-Date", "20150830T123600Z",
                "Authorization", "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
                        + "SignedHeaders=host;x-amz-date, "
                        + "Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"), new byte[0]);

        SignatureClaim claim = SignatureClaims.parse(request).orElseThrow();

        assertThat(claim.service()).isEqualTo("service");
        assertThat(claim.region()).isEqualTo("us-east-1");
        assertThatCode(() -> verifier.verify(request, claim, true)).doesNotThrowAnyException();
    }

    @Test
    void acceptsSdkSignedRequestsWithEncodedArnPathsQueriesAndBodies() throws Exception {
        byte[] body = "{\"Timeout\":5}".getBytes(StandardCharsets.UTF_8);
        SdkHttpRequest unsigned = SdkHttpRequest.builder().method(SdkHttpMethod.PUT)
                .uri(URI.create("http://127.0.0.1:4599/2015-03-31/functions/arn%3Aaws%3Alambda%3Aus-east-1%3A"
                        + "000000000000%3Afunction%3Af/configuration?Qualifier=%24LATEST&tagKeys=a%20b"))
                .putHeader("Content-Type", "application/json").build();

        ReceivedRequest signed = sign(unsigned, body, "lambda", true, true);

        assertThatCode(() -> verifier.verify(signed, SignatureClaims.parse(signed).orElseThrow(), true))
                .doesNotThrowAnyException();
        ReceivedRequest tampered = new ReceivedRequest(signed.method(), signed.rawPath(), signed.query(),
                signed.headers(), "{\"Timeout\":6}".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> verifier.verify(tampered, SignatureClaims.parse(tampered).orElseThrow(), true))
                .isInstanceOfSatisfying(SigV4Exception.class, e -> assertThat(e.failure().kind())
                        .isEqualTo(AuthFailure.Kind.BAD_SIGNATURE));
    }

    @Test
    void acceptsS3StylePathsThatAreNotEncodedTwiceAndUnsignedPayloads() throws Exception {
        SdkHttpRequest unsigned = SdkHttpRequest.builder().method(SdkHttpMethod.PUT)
                .uri(URI.create("https://127.0.0.1:4599/bucket/dir/a%20file%2Bplus.zip")).build();

        ReceivedRequest signed = sign(unsigned, new byte[] {1, 2, 3}, "s3", false, false);

        assertThat(signed.header("x-amz-content-sha256")).hasValue("UNSIGNED-PAYLOAD");
        assertThatCode(() -> verifier.verify(signed, SignatureClaims.parse(signed).orElseThrow(), false))
                .doesNotThrowAnyException();
        assertThatCode(() -> verifier.verify(signed, SignatureClaims.parse(signed).orElseThrow(), true))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesUnknownKeysAndSkewedClocks() throws Exception {
        SdkHttpRequest unsigned = SdkHttpRequest.builder().method(SdkHttpMethod.GET)
                .uri(URI.create("http://127.0.0.1:4599/2015-03-31/functions")).build();
        ReceivedRequest signed = sign(unsigned, new byte[0], "lambda", true, true);
        SignatureClaim claim = SignatureClaims.parse(signed).orElseThrow();

        assertThatThrownBy(() -> new SigV4Verifier("AKIDOTHER", SECRET, CLOCK).verify(signed, claim, true))
                .isInstanceOfSatisfying(SigV4Exception.class, e -> assertThat(e.failure().kind())
                        .isEqualTo(AuthFailure.Kind.UNKNOWN_KEY));
        assertThatThrownBy(() -> new SigV4Verifier(KEY, SECRET, Clock.offset(CLOCK, Duration.ofMinutes(16)))
                .verify(signed, claim, true)).isInstanceOfSatisfying(SigV4Exception.class, e -> {
                    assertThat(e.failure().kind()).isEqualTo(AuthFailure.Kind.EXPIRED);
                    assertThat(e.getMessage()).isEqualTo("Signature expired: 20150830T123600Z is now earlier than "
                            + "20150830T123700Z (20150830T125200Z - 15 min.)");
                });
        assertThatCode(() -> new SigV4Verifier(KEY, SECRET, Clock.offset(CLOCK, Duration.ofMinutes(14)))
                .verify(signed, claim, true)).doesNotThrowAnyException();
    }

    @Test
    void presignedUrlsVerifyUntilTheyExpire() throws Exception {
        URI url = new UrlPresigner(KEY, SECRET, CLOCK).presignGet(
                URI.create("http://127.0.0.1:4599/_lambdadesk/code/abc"), "us-east-1", "lambda", Duration.ofMinutes(10));
        ReceivedRequest request = received("GET", url.getRawPath(), query(url),
                Map.of("Host", "127.0.0.1:4599"), new byte[0]);
        SignatureClaim claim = SignatureClaims.parse(request).orElseThrow();

        assertThat(claim.presigned()).isTrue();
        assertThatCode(() -> verifier.verify(request, claim, true)).doesNotThrowAnyException();
        assertThatThrownBy(() -> new SigV4Verifier(KEY, SECRET, Clock.offset(CLOCK, Duration.ofMinutes(11)))
                .verify(request, claim, true)).isInstanceOfSatisfying(SigV4Exception.class,
                    e -> assertThat(e.failure().kind()).isEqualTo(AuthFailure.Kind.EXPIRED));
    }

    @Test
    void malformedAuthorizationIsReported() {
        ReceivedRequest request = received("GET", "/", Map.of(), Map.of("Host", "h",
                "Authorization", "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request"),
                new byte[0]);

        assertThatThrownBy(() -> SignatureClaims.parse(request)).isInstanceOfSatisfying(SigV4Exception.class, e -> {
            assertThat(e.failure().kind()).isEqualTo(AuthFailure.Kind.MALFORMED);
            assertThat(e.getMessage()).contains("Authorization header requires 'Signature' parameter.");
        });
    }

    private static ReceivedRequest sign(SdkHttpRequest unsigned, byte[] body, String service, boolean doubleEncode,
                                        boolean payloadSigning) {
        SdkHttpRequest signed = AwsV4HttpSigner.create().sign(r -> r
                .identity(AwsCredentialsIdentity.create(KEY, SECRET))
                .request(unsigned)
                .payload(ContentStreamProvider.fromByteArray(body))
                .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
                .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, service)
                .putProperty(AwsV4FamilyHttpSigner.DOUBLE_URL_ENCODE, doubleEncode)
                .putProperty(AwsV4FamilyHttpSigner.NORMALIZE_PATH, doubleEncode)
                .putProperty(AwsV4FamilyHttpSigner.PAYLOAD_SIGNING_ENABLED, payloadSigning)
                .putProperty(AwsV4FamilyHttpSigner.SIGNING_CLOCK, CLOCK)).request();
        Map<String, String> headers = new LinkedHashMap<>();
        signed.forEachHeader((name, values) -> headers.put(name, String.join(",", values)));
        return received(signed.method().name(), signed.encodedPath(), signed.rawQueryParameters(), headers, body);
    }

    private static Map<String, List<String>> query(URI url) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        SdkHttpRequest.builder().uri(url).method(SdkHttpMethod.GET).build().rawQueryParameters()
                .forEach(query::put);
        return query;
    }

    private static ReceivedRequest received(String method, String path, Map<String, List<String>> query,
                                            Map<String, String> headers, byte[] body) {
        Map<String, List<String>> caseInsensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, value) -> caseInsensitive.put(name, List.of(value)));
        return new ReceivedRequest(method, path, query, caseInsensitive, body);
    }
}
