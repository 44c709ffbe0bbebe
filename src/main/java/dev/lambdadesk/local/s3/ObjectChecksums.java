package dev.lambdadesk.local.s3;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import software.amazon.awssdk.checksums.DefaultChecksumAlgorithm;
import software.amazon.awssdk.checksums.SdkChecksum;
import software.amazon.awssdk.checksums.spi.ChecksumAlgorithm;

import dev.lambdadesk.local.sigv4.ReceivedRequest;

/**
 * The integrity headers of an upload: {@code Content-MD5} and the flexible checksums {@code x-amz-checksum-*}
 * (sent as headers or as aws-chunked trailers), verified with the SDK's own checksum implementations. CRC64NVME
 * needs the AWS CRT, which the endpoint does not ship: it is accepted and kept without being verified.
 */
final class ObjectChecksums {

    private static final Logger LOG = Logger.getLogger(ObjectChecksums.class.getName());
    private static final Map<String, ChecksumAlgorithm> ALGORITHMS = new LinkedHashMap<>();

    static {
        ALGORITHMS.put("CRC32", DefaultChecksumAlgorithm.CRC32);
        ALGORITHMS.put("CRC32C", DefaultChecksumAlgorithm.CRC32C);
        ALGORITHMS.put("SHA1", DefaultChecksumAlgorithm.SHA1);
        ALGORITHMS.put("SHA256", DefaultChecksumAlgorithm.SHA256);
        ALGORITHMS.put("CRC64NVME", DefaultChecksumAlgorithm.CRC64NVME);
    }

    private ObjectChecksums() {
    }

    /** The header that carries an algorithm's checksum, e.g. {@code x-amz-checksum-crc32}. */
    static String header(String algorithm) {
        return "x-amz-checksum-" + algorithm.toLowerCase(Locale.ROOT);
    }

    /** S3's ETag of a single-part object: the quoted hex MD5. */
    static String etag(byte[] bytes) {
        return "\"" + HexFormat.of().formatHex(md5(bytes)) + "\"";
    }

    /** The checksums of an object stored without any (S3 computes one for every new object too). */
    static Map<String, String> computed(byte[] bytes) {
        return Map.of("CRC32", Base64.getEncoder().encodeToString(compute(DefaultChecksumAlgorithm.CRC32, bytes)
                .orElseThrow()));
    }

    /** Checks every integrity header against the body; returns the checksums to keep, by algorithm. */
    static Map<String, String> verify(ReceivedRequest request, byte[] body) {
        Optional<String> md5 = request.header("Content-MD5");
        if (md5.isPresent()) {
            byte[] sent = decode(md5.get()).filter(b -> b.length == 16)
                    .orElseThrow(S3Error.INVALID_DIGEST::error);
            if (!MessageDigest.isEqual(sent, md5(body))) {
                throw S3Error.BAD_DIGEST.withMessage("The Content-MD5 you specified did not match what we received.");
            }
        }
        Map<String, String> kept = new LinkedHashMap<>();
        for (Map.Entry<String, ChecksumAlgorithm> algorithm : ALGORITHMS.entrySet()) {
            String name = algorithm.getKey();
            Optional<String> sent = request.header(header(name)).map(String::trim);
            if (sent.isEmpty()) {
                continue;
            }
            byte[] claimed = decode(sent.get()).orElseThrow(() -> S3Error.INVALID_REQUEST.withMessage(
                    "Value for " + header(name) + " header is invalid."));
            Optional<byte[]> actual = compute(algorithm.getValue(), body);
            if (actual.isPresent() && !MessageDigest.isEqual(claimed, actual.get())) {
                throw S3Error.BAD_DIGEST.withMessage("The " + name + " you specified did not match the calculated "
                        + "checksum.");
            }
            kept.put(name, sent.get());
        }
        return kept;
    }

    /** The checksum of {@code bytes} with a named algorithm (CRC32, SHA256...), empty when it cannot be computed. */
    static Optional<byte[]> compute(String algorithm, byte[] bytes) {
        ChecksumAlgorithm known = ALGORITHMS.get(algorithm.toUpperCase(Locale.ROOT));
        return known == null ? Optional.empty() : compute(known, bytes);
    }

    /** Whether S3 knows the algorithm a request names ({@code x-amz-checksum-algorithm}). */
    static boolean isAlgorithm(String algorithm) {
        return ALGORITHMS.containsKey(algorithm.toUpperCase(Locale.ROOT));
    }

    /** The type of a stored checksum: a multipart object's checksum of checksums ends in "-parts". */
    static String type(String value) {
        return value.contains("-") ? "COMPOSITE" : "FULL_OBJECT";
    }

    private static Optional<byte[]> compute(ChecksumAlgorithm algorithm, byte[] body) {
        SdkChecksum checksum;
        try {
            checksum = SdkChecksum.forAlgorithm(algorithm);
        } catch (RuntimeException unavailable) {
            LOG.fine(() -> algorithm.algorithmId() + " cannot be computed here; keeping the client's value");
            return Optional.empty();
        }
        checksum.update(body);
        return Optional.of(checksum.getChecksumBytes());
    }

    private static Optional<byte[]> decode(String base64) {
        try {
            return Optional.of(Base64.getDecoder().decode(base64.trim()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static byte[] md5(byte[] bytes) {
        try {
            return MessageDigest.getInstance("MD5").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java runtime has no MD5", e);
        }
    }
}
