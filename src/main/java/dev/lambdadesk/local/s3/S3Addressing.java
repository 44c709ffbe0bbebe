package dev.lambdadesk.local.s3;

import java.util.Locale;
import java.util.Optional;

import dev.lambdadesk.local.http.UriCodec;
import dev.lambdadesk.local.sigv4.ReceivedRequest;

/**
 * Where an S3 request points: path style ({@code /bucket/key}) or virtual-host style ({@code Host:
 * bucket.localhost:4599} or {@code bucket.127.0.0.1:4599}, path {@code /key}). Keys keep their slashes, including
 * a trailing one.
 *
 * @param bucket the bucket, or null for the service (ListBuckets)
 * @param key    the object key, or null for the bucket itself
 */
record S3Addressing(String bucket, String key) {

    private static final String[] VIRTUAL_HOST_SUFFIXES = {".localhost", ".127.0.0.1"};

    /** The request's target, or empty when its path cannot be decoded. */
    static Optional<S3Addressing> of(ReceivedRequest request) {
        try {
            String path = request.rawPath().startsWith("/") ? request.rawPath().substring(1) : request.rawPath();
            Optional<String> hostBucket = virtualHostBucket(request.header("Host").orElse(""));
            if (hostBucket.isPresent()) {
                return Optional.of(new S3Addressing(hostBucket.get(), path.isEmpty() ? null : UriCodec.decode(path)));
            }
            if (path.isEmpty()) {
                return Optional.of(new S3Addressing(null, null));
            }
            int slash = path.indexOf('/');
            if (slash < 0 || slash == path.length() - 1) {
                String bucket = slash < 0 ? path : path.substring(0, slash);
                return Optional.of(new S3Addressing(UriCodec.decode(bucket), null));
            }
            return Optional.of(new S3Addressing(UriCodec.decode(path.substring(0, slash)),
                    UriCodec.decode(path.substring(slash + 1))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static Optional<String> virtualHostBucket(String hostHeader) {
        String host = hostHeader.trim().toLowerCase(Locale.ROOT);
        int colon = host.lastIndexOf(':');
        if (colon > 0 && host.indexOf(']') < colon) {
            host = host.substring(0, colon);
        }
        for (String suffix : VIRTUAL_HOST_SUFFIXES) {
            if (host.endsWith(suffix) && host.length() > suffix.length()) {
                return Optional.of(host.substring(0, host.length() - suffix.length()));
            }
        }
        return Optional.empty();
    }

    Level level() {
        return bucket == null ? Level.SERVICE : key == null ? Level.BUCKET : Level.OBJECT;
    }

    /** What a request addresses. */
    enum Level { SERVICE, BUCKET, OBJECT }
}
