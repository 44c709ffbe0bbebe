package dev.lambdadesk.local.sigv4;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.internal.signer.CredentialScope;
import software.amazon.awssdk.http.auth.aws.internal.signer.DefaultV4RequestSigner;
import software.amazon.awssdk.http.auth.aws.internal.signer.V4Properties;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/**
 * Checks a request's SigV4 signature by signing the received request again with the SDK's V4 signer, using the
 * received signed headers, signing time, credential scope and payload hash, then comparing in constant time.
 * <p>
 * {@code AwsV4HttpSigner} itself always adds and signs {@code x-amz-content-sha256}, which botocore does not send
 * for Lambda or IAM, so the verifier drives the V4 request signer that {@code AwsV4HttpSigner} is built on: it signs
 * exactly the headers it is given with the content hash it is given.
 */
public final class SigV4Verifier {

    /** How far a signing time may be from the endpoint's clock, as AWS allows. */
    public static final Duration MAX_SKEW = Duration.ofMinutes(15);

    private static final String UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";
    private static final String CONTENT_SHA256 = "x-amz-content-sha256";
    private static final Pattern HEX_SHA256 = Pattern.compile("[0-9a-f]{64}");
    /** The hash of an empty body (every GET and DELETE). */
    private static final String EMPTY_SHA256 = HexFormat.of().formatHex(sha256(new byte[0]));

    private final AwsCredentialsIdentity credentials;
    private final Clock clock;
    private final StreamingPayloads streaming;

    public SigV4Verifier(String accessKeyId, String secretAccessKey, Clock clock) {
        this.credentials = AwsCredentialsIdentity.create(accessKeyId, secretAccessKey);
        this.clock = clock;
        this.streaming = new StreamingPayloads(credentials);
    }

    /**
     * The request as the operation should read it: an aws-chunked body decoded (chunk and trailer signatures
     * checked, trailing headers such as {@code x-amz-checksum-crc32} added to the headers); any other request
     * unchanged. Call it after {@link #verify} accepted the request's own signature.
     *
     * @throws SigV4Exception           when a chunk or trailer signature does not match
     * @throws MalformedPayloadException when the chunk framing or the decoded length is wrong
     */
    public ReceivedRequest decodePayload(ReceivedRequest request, SignatureClaim claim)
            throws SigV4Exception, MalformedPayloadException {
        return StreamingPayloads.isStreaming(request) ? streaming.decode(request, claim) : request;
    }

    /**
     * Verifies the claim; {@code doubleEncodePathFirst} is the service's path encoding (every service but S3 encodes
     * the path again when signing); the other encoding is tried second because clients differ.
     */
    public void verify(ReceivedRequest request, SignatureClaim claim, boolean doubleEncodePathFirst)
            throws SigV4Exception {
        if (!credentials.accessKeyId().equals(claim.accessKeyId())) {
            throw failure(AuthFailure.Kind.UNKNOWN_KEY, AuthFailure.INVALID_TOKEN);
        }
        if (!claim.amzDate().startsWith(claim.scopeDate())) {
            throw failure(AuthFailure.Kind.BAD_SIGNATURE, "Date in Credential scope does not match YYYYMMDD from "
                    + "ISO-8601 version of date from HTTP: '" + claim.scopeDate() + "' != '"
                    + claim.amzDate().substring(0, Math.min(8, claim.amzDate().length())) + "', from '"
                    + claim.amzDate() + "'.");
        }
        checkTime(claim);
        SdkHttpRequest signable = signable(request, claim);
        byte[] sent = claim.signature().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        for (String contentHash : contentHashes(request, claim)) {
            for (boolean doubleEncode : List.of(doubleEncodePathFirst, !doubleEncodePathFirst)) {
                if (MessageDigest.isEqual(sent, sign(signable, claim, contentHash, doubleEncode))) {
                    return;
                }
            }
        }
        throw failure(AuthFailure.Kind.BAD_SIGNATURE, AuthFailure.SIGNATURE_MISMATCH);
    }

    private void checkTime(SignatureClaim claim) throws SigV4Exception {
        Instant now = clock.instant();
        Instant signedAt = claim.signedAt();
        if (claim.presigned()) {
            if (now.isAfter(signedAt.plus(claim.presignedFor()))) {
                throw failure(AuthFailure.Kind.EXPIRED, "Signature expired: " + claim.amzDate()
                        + " is now earlier than " + format(now.minus(claim.presignedFor())) + " ("
                        + format(now) + " - " + claim.presignedFor().toSeconds() + " sec.)");
            }
        } else if (signedAt.isBefore(now.minus(MAX_SKEW))) {
            throw failure(AuthFailure.Kind.EXPIRED, "Signature expired: " + claim.amzDate() + " is now earlier than "
                    + format(now.minus(MAX_SKEW)) + " (" + format(now) + " - 15 min.)");
        }
        if (signedAt.isAfter(now.plus(MAX_SKEW))) {
            throw failure(AuthFailure.Kind.EXPIRED, "Signature not yet current: " + claim.amzDate()
                    + " is still later than " + format(now.plus(MAX_SKEW)) + " (" + format(now) + " + 15 min.)");
        }
    }

    private static SdkHttpRequest signable(ReceivedRequest request, SignatureClaim claim) throws SigV4Exception {
        Map<String, List<String>> query = new LinkedHashMap<>(request.query());
        if (claim.presigned()) {
            query.remove("X-Amz-Signature");
        }
        SdkHttpRequest.Builder builder = SdkHttpRequest.builder();
        try {
            builder.protocol("http").host("localhost").method(SdkHttpMethod.fromValue(request.method()))
                    .encodedPath(request.rawPath().isEmpty() ? "/" : request.rawPath())
                    .rawQueryParameters(query);
        } catch (IllegalArgumentException e) {
            throw failure(AuthFailure.Kind.BAD_SIGNATURE, AuthFailure.SIGNATURE_MISMATCH);
        }
        for (String name : claim.signedHeaders()) {
            List<String> values = request.headers().get(name);
            if (values == null) {
                throw failure(AuthFailure.Kind.BAD_SIGNATURE, AuthFailure.SIGNATURE_MISMATCH);
            }
            builder.putHeader(name, values);
        }
        return builder.build();
    }

    private static List<String> contentHashes(ReceivedRequest request, SignatureClaim claim) throws SigV4Exception {
        String bodyHash = request.body().length == 0 ? EMPTY_SHA256 : HexFormat.of().formatHex(sha256(request.body()));
        Optional<String> declared = request.header(CONTENT_SHA256);
        if (declared.isPresent()) {
            String value = declared.get().trim();
            if (HEX_SHA256.matcher(value).matches() && !value.equals(bodyHash)) {
                throw failure(AuthFailure.Kind.BAD_SIGNATURE,
                        "The provided 'x-amz-content-sha256' header does not match what was computed.");
            }
            return List.of(value);
        }
        List<String> hashes = new ArrayList<>();
        if (claim.presigned()) {
            hashes.add(UNSIGNED_PAYLOAD);
        }
        hashes.add(bodyHash);
        return hashes;
    }

    private byte[] sign(SdkHttpRequest request, SignatureClaim claim, String contentHash, boolean doubleEncode) {
        V4Properties properties = V4Properties.builder()
                .credentials(credentials)
                .credentialScope(new CredentialScope(claim.region(), claim.service(), claim.signedAt()))
                .signingClock(Clock.fixed(claim.signedAt(), ZoneOffset.UTC))
                .doubleUrlEncode(doubleEncode)
                .normalizePath(doubleEncode)
                .build();
        try {
            String signature = new DefaultV4RequestSigner(properties, contentHash).sign(request.toBuilder())
                    .getSignature();
            return signature.getBytes(StandardCharsets.US_ASCII);
        } catch (RuntimeException e) {
            return new byte[0];
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String format(Instant instant) {
        return SignatureClaims.AMZ_DATE.format(instant);
    }

    private static SigV4Exception failure(AuthFailure.Kind kind, String message) {
        return new SigV4Exception(new AuthFailure(kind, message));
    }
}
