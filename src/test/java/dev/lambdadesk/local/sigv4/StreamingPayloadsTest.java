package dev.lambdadesk.local.sigv4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.checksums.DefaultChecksumAlgorithm;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/** aws-chunked bodies made by the SDK's own signer decode to the original bytes; altered chunks are refused. */
class StreamingPayloadsTest {

    private static final String KEY = "AKIDEXAMPLE";
    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private final SigV4Verifier verifier = new SigV4Verifier(KEY, SECRET, CLOCK);
    /** Three full 128 KiB chunks and a partial one. */
    private final byte[] payload = payload(3 * 128 * 1024 + 1000);

    @Test
    void signedChunksDecodeAndEveryChunkSignatureIsChecked() throws Exception {
        ReceivedRequest request = signedUpload(true, false);

        assertThat(request.header("x-amz-content-sha256")).hasValue(StreamingPayloads.SIGNED);
        ReceivedRequest decoded = verifyAndDecode(request);
        assertThat(decoded.body()).isEqualTo(payload);

        ReceivedRequest altered = withBody(request, alterByteAt(request.body(), request.body().length / 2));
        SignatureClaim claim = SignatureClaims.parse(altered).orElseThrow();
        assertThatThrownBy(() -> verifier.decodePayload(altered, claim))
                .isInstanceOfSatisfying(SigV4Exception.class, e ->
                        assertThat(e.failure().kind()).isEqualTo(AuthFailure.Kind.BAD_SIGNATURE));
    }

    @Test
    void signedTrailersCarryTheChecksumAndAreChecked() throws Exception {
        ReceivedRequest request = signedUpload(true, true);

        assertThat(request.header("x-amz-content-sha256")).hasValue(StreamingPayloads.SIGNED_TRAILER);
        ReceivedRequest decoded = verifyAndDecode(request);
        assertThat(decoded.body()).isEqualTo(payload);
        assertThat(decoded.header("x-amz-checksum-crc32")).hasValue(crc32(payload));

        String text = new String(request.body(), StandardCharsets.ISO_8859_1);
        int trailer = text.indexOf("x-amz-checksum-crc32:") + "x-amz-checksum-crc32:".length();
        ReceivedRequest forged = withBody(request, alterByteAt(request.body(), trailer));
        assertThatThrownBy(() -> verifier.decodePayload(forged, SignatureClaims.parse(forged).orElseThrow()))
                .isInstanceOf(SigV4Exception.class);
    }

    @Test
    void unsignedChunksWithTrailersDecode() throws Exception {
        ReceivedRequest request = signedUpload(false, true);

        assertThat(request.header("x-amz-content-sha256")).hasValue(StreamingPayloads.UNSIGNED_TRAILER);
        ReceivedRequest decoded = verifyAndDecode(request);
        assertThat(decoded.body()).isEqualTo(payload);
        assertThat(decoded.header("x-amz-checksum-crc32")).hasValue(crc32(payload));
    }

    @Test
    void brokenFramingAndWrongDecodedLengthAreMalformed() throws Exception {
        ReceivedRequest request = signedUpload(false, true);
        SignatureClaim claim = SignatureClaims.parse(request).orElseThrow();
        ReceivedRequest truncated = withBody(request, Arrays.copyOf(request.body(), 1000));
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(request.headers());
        headers.put("x-amz-decoded-content-length", List.of("5"));
        ReceivedRequest wrongLength = new ReceivedRequest(request.method(), request.rawPath(), request.query(), headers,
                request.body());

        assertThatThrownBy(() -> verifier.decodePayload(truncated, claim)).isInstanceOf(MalformedPayloadException.class);
        assertThatThrownBy(() -> verifier.decodePayload(wrongLength, claim))
                .isInstanceOf(MalformedPayloadException.class)
                .hasMessageContaining("x-amz-decoded-content-length");
    }

    @Test
    void plainBodiesPassThroughUnchanged() throws Exception {
        ReceivedRequest plain = new ReceivedRequest("PUT", "/b/k", Map.of(), Map.of(), payload);

        assertThat(verifier.decodePayload(plain, null)).isSameAs(plain);
    }

    private ReceivedRequest verifyAndDecode(ReceivedRequest request) throws Exception {
        SignatureClaim claim = SignatureClaims.parse(request).orElseThrow();
        verifier.verify(request, claim, false);
        return verifier.decodePayload(request, claim);
    }

    private ReceivedRequest signedUpload(boolean signChunks, boolean trailingChecksum) {
        SdkHttpRequest unsigned = SdkHttpRequest.builder().method(SdkHttpMethod.PUT)
                .uri(URI.create("https://127.0.0.1:4599/bucket/app.zip"))
                .putHeader("Content-Length", Integer.toString(payload.length)).build();
        SignedRequest signed = AwsV4HttpSigner.create().sign(r -> {
            r.identity(AwsCredentialsIdentity.create(KEY, SECRET))
                    .request(unsigned)
                    .payload(ContentStreamProvider.fromByteArray(payload))
                    .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
                    .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, "s3")
                    .putProperty(AwsV4FamilyHttpSigner.DOUBLE_URL_ENCODE, false)
                    .putProperty(AwsV4FamilyHttpSigner.NORMALIZE_PATH, false)
                    .putProperty(AwsV4FamilyHttpSigner.CHUNK_ENCODING_ENABLED, true)
                    .putProperty(AwsV4FamilyHttpSigner.PAYLOAD_SIGNING_ENABLED, signChunks)
                    .putProperty(AwsV4FamilyHttpSigner.SIGNING_CLOCK, CLOCK);
            if (trailingChecksum) {
                r.putProperty(AwsV4FamilyHttpSigner.CHECKSUM_ALGORITHM, DefaultChecksumAlgorithm.CRC32);
            }
        });
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(signed.request().headers());
        return new ReceivedRequest("PUT", "/bucket/app.zip", Map.of(), headers, readAll(signed));
    }

    private static byte[] readAll(SignedRequest signed) {
        try (InputStream in = signed.payload().orElseThrow().newStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ReceivedRequest withBody(ReceivedRequest request, byte[] body) {
        return new ReceivedRequest(request.method(), request.rawPath(), request.query(), request.headers(), body);
    }

    private static byte[] alterByteAt(byte[] bytes, int at) {
        byte[] copy = bytes.clone();
        copy[at] = (byte) (copy[at] == 'A' ? 'B' : 'A');
        return copy;
    }

    private static byte[] payload(int size) {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) ('a' + i % 26);
        }
        return bytes;
    }

    private static String crc32(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        long value = crc.getValue();
        return Base64.getEncoder().encodeToString(new byte[] {(byte) (value >>> 24), (byte) (value >>> 16),
                (byte) (value >>> 8), (byte) value});
    }
}
