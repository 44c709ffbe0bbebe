package dev.lambdadesk.local.sigv4;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import software.amazon.awssdk.http.auth.aws.internal.signer.CredentialScope;
import software.amazon.awssdk.http.auth.aws.internal.signer.RollingSigner;
import software.amazon.awssdk.http.auth.aws.internal.signer.chunkedencoding.SigV4ChunkExtensionProvider;
import software.amazon.awssdk.http.auth.aws.internal.signer.chunkedencoding.SigV4TrailerProvider;
import software.amazon.awssdk.http.auth.aws.internal.signer.chunkedencoding.TrailerProvider;
import software.amazon.awssdk.http.auth.aws.internal.signer.util.SignerUtils;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.utils.Pair;

/**
 * Decodes {@code Content-Encoding: aws-chunked} bodies, as current SDKs and CLIs send S3 uploads: unsigned chunks
 * with trailers ({@code STREAMING-UNSIGNED-PAYLOAD-TRAILER}) and signed chunks with or without signed trailers
 * ({@code STREAMING-AWS4-HMAC-SHA256-PAYLOAD[-TRAILER]}). Signed chunks are checked with the SDK's own rolling chunk
 * signer, seeded with the request's (already verified) signature. Trailing headers such as
 * {@code x-amz-checksum-crc32} are returned as request headers.
 */
public final class StreamingPayloads {

    static final String UNSIGNED_TRAILER = "STREAMING-UNSIGNED-PAYLOAD-TRAILER";
    static final String SIGNED = "STREAMING-AWS4-HMAC-SHA256-PAYLOAD";
    static final String SIGNED_TRAILER = "STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER";
    private static final String CONTENT_SHA256 = "x-amz-content-sha256";
    private static final String TRAILER_SIGNATURE = "x-amz-trailer-signature";

    private final AwsCredentialsIdentity credentials;

    StreamingPayloads(AwsCredentialsIdentity credentials) {
        this.credentials = credentials;
    }

    /** Whether the body is aws-chunked and must be decoded before the operation reads it. */
    static boolean isStreaming(ReceivedRequest request) {
        return request.header(CONTENT_SHA256).map(h -> h.trim().startsWith("STREAMING-")).orElse(false)
                || request.header("Content-Encoding").map(e -> Arrays.stream(e.split(","))
                .anyMatch(part -> part.trim().equalsIgnoreCase("aws-chunked"))).orElse(false);
    }

    /**
     * The request with its decoded body and its trailing headers added to its headers.
     *
     * @throws SigV4Exception           when a chunk or trailer signature does not match
     * @throws MalformedPayloadException when the framing or the decoded length is wrong
     */
    ReceivedRequest decode(ReceivedRequest request, SignatureClaim claim)
            throws SigV4Exception, MalformedPayloadException {
        String mode = request.header(CONTENT_SHA256).map(String::trim).orElse("");
        boolean signed = mode.equals(SIGNED) || mode.equals(SIGNED_TRAILER);
        if (mode.startsWith("STREAMING-") && !signed && !mode.equals(UNSIGNED_TRAILER)) {
            throw new MalformedPayloadException("The streaming payload type " + mode + " is not supported; use "
                    + SIGNED + ", " + SIGNED_TRAILER + " or " + UNSIGNED_TRAILER + ".");
        }
        ChunkFrames frames = new ChunkFrames(request.body());
        ChunkSignatures signatures = signed ? new ChunkSignatures(claim) : null;
        ByteArrayOutputStream decoded = new ByteArrayOutputStream(Math.min(request.body().length, 1 << 20));
        while (true) {
            ChunkFrames.Chunk chunk = frames.next();
            if (signatures != null) {
                signatures.checkChunk(chunk);
            }
            if (chunk.data().length == 0) {
                break;
            }
            decoded.write(chunk.data(), 0, chunk.data().length);
        }
        Map<String, String> trailers = frames.trailers();
        if (signatures != null && mode.equals(SIGNED_TRAILER)) {
            signatures.checkTrailers(trailers);
        }
        trailers.remove(TRAILER_SIGNATURE);
        byte[] body = decoded.toByteArray();
        checkDecodedLength(request, body.length);
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(request.headers());
        trailers.forEach((name, value) -> headers.put(name, List.of(value)));
        return new ReceivedRequest(request.method(), request.rawPath(), request.query(), headers, body);
    }

    private static void checkDecodedLength(ReceivedRequest request, long actual) throws MalformedPayloadException {
        Optional<String> declared = request.header("x-amz-decoded-content-length");
        if (declared.isPresent() && !declared.get().trim().equals(Long.toString(actual))) {
            throw new MalformedPayloadException("You did not provide the number of bytes specified by the "
                    + "x-amz-decoded-content-length header (" + declared.get().trim() + "); the chunks hold "
                    + actual + " bytes.");
        }
    }

    /** The expected signature of each chunk and of the trailers, rolling on from the request's signature. */
    private final class ChunkSignatures {
        private final RollingSigner signer;
        private final CredentialScope scope;
        private final SigV4ChunkExtensionProvider chunks;

        ChunkSignatures(SignatureClaim claim) {
            this.scope = new CredentialScope(claim.region(), claim.service(), claim.signedAt());
            this.signer = new RollingSigner(SignerUtils.deriveSigningKey(credentials, scope),
                    claim.signature().toLowerCase(Locale.ROOT));
            this.chunks = new SigV4ChunkExtensionProvider(signer, scope);
        }

        void checkChunk(ChunkFrames.Chunk chunk) throws SigV4Exception {
            Pair<byte[], byte[]> expected = chunks.get(ByteBuffer.wrap(chunk.data()));
            require(chunk.extensions().get("chunk-signature"), new String(expected.right(), StandardCharsets.UTF_8));
        }

        void checkTrailers(Map<String, String> trailers) throws SigV4Exception {
            List<TrailerProvider> received = new ArrayList<>();
            trailers.forEach((name, value) -> {
                if (!name.equals(TRAILER_SIGNATURE)) {
                    received.add(new FixedTrailer(name, value));
                }
            });
            String expected = new SigV4TrailerProvider(received, signer, scope).get().right().get(0);
            require(trailers.get(TRAILER_SIGNATURE), expected);
        }

        private void require(String sent, String expected) throws SigV4Exception {
            if (sent == null || !MessageDigest.isEqual(sent.trim().toLowerCase(Locale.ROOT)
                    .getBytes(StandardCharsets.US_ASCII), expected.getBytes(StandardCharsets.US_ASCII))) {
                throw new SigV4Exception(new AuthFailure(AuthFailure.Kind.BAD_SIGNATURE,
                        AuthFailure.SIGNATURE_MISMATCH));
            }
        }
    }

    /** A trailer as received, in the form the SDK's trailer signer reads. */
    private record FixedTrailer(String name, String value) implements TrailerProvider {
        @Override
        public Pair<String, List<String>> get() {
            return Pair.of(name, List.of(value));
        }

        @Override
        public void reset() {
            // Nothing to rewind: the value is fixed.
        }
    }
}
