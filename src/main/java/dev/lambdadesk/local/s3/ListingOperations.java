package dev.lambdadesk.local.s3;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import dev.lambdadesk.local.http.ApiRequest;
import dev.lambdadesk.local.http.ApiResponse;
import dev.lambdadesk.local.http.Paging;

/**
 * ListObjects (V1 and V2) and ListObjectVersions, with prefix, delimiter (common prefixes), paging and
 * {@code encoding-type=url}, which the SDKs ask for and decode.
 */
final class ListingOperations {

    private static final int MAX_KEYS = 1000;
    private static final String STANDARD = "STANDARD";

    private final S3Storage storage;
    private final S3Responses responses;

    ListingOperations(S3Storage storage, S3Responses responses) {
        this.storage = storage;
        this.responses = responses;
    }

    ApiResponse listObjects(ApiRequest request) {
        String bucket = request.pathParam("Bucket");
        storage.requireBucket(bucket);
        boolean v2 = request.query("list-type").filter("2"::equals).isPresent();
        String prefix = request.query("prefix").orElse("");
        String delimiter = request.query("delimiter").filter(d -> !d.isEmpty()).orElse(null);
        int maxKeys = maxKeys(request);
        Optional<String> token = request.query("continuation-token");
        String after = v2 ? token.map(ListingOperations::decodeToken).orElse(request.query("start-after").orElse(""))
                : request.query("marker").orElse("");
        KeyWalk walk = new KeyWalk(prefix, delimiter, after, maxKeys);
        for (ObjectRecord version : storage.versionsOf(bucket).values()) {
            if (walk.isNewKey(version.key()) && !version.deleteMarker() && walk.offer(version.key())) {
                walk.contents.add(version);
            }
            if (walk.full) {
                break;
            }
        }
        UnaryOperator<String> enc = encoder(request);
        List<S3Xml.Contents> contents = walk.contents.stream().map(o -> new S3Xml.Contents(enc.apply(o.key()),
                S3Xml.time(o.lastModified()), o.etag(), o.size(), STANDARD, v2 ? null : S3Xml.OWNER)).toList();
        List<S3Xml.CommonPrefix> prefixes = walk.commonPrefixes.stream()
                .map(p -> new S3Xml.CommonPrefix(enc.apply(p))).toList();
        String next = walk.full ? walk.last : null;
        String encodingType = request.query("encoding-type").orElse(null);
        return responses.xml(v2
                ? new S3Xml.ListBucketResult(bucket, enc.apply(prefix), null, null, token.orElse(null),
                next == null ? null : Paging.encode(next), request.query("start-after").map(enc).orElse(null),
                contents.size() + prefixes.size(), maxKeys, encodeOrNull(enc, delimiter), encodingType, next != null,
                contents, prefixes)
                : new S3Xml.ListBucketResult(bucket, enc.apply(prefix), enc.apply(after),
                next == null ? null : enc.apply(next), null, null, null, null, maxKeys, encodeOrNull(enc, delimiter),
                encodingType, next != null, contents, prefixes));
    }

    ApiResponse listVersions(ApiRequest request) {
        String bucket = request.pathParam("Bucket");
        storage.requireBucket(bucket);
        String prefix = request.query("prefix").orElse("");
        String delimiter = request.query("delimiter").filter(d -> !d.isEmpty()).orElse(null);
        String keyMarker = request.query("key-marker").orElse("");
        String versionMarker = request.query("version-id-marker").filter(v -> !v.isEmpty()).orElse(null);
        KeyWalk walk = new KeyWalk(prefix, delimiter, versionMarker == null ? keyMarker : "", maxKeys(request));
        boolean pastVersionMarker = versionMarker == null;
        List<ObjectRecord> page = new ArrayList<>();
        List<Boolean> latest = new ArrayList<>();
        String lastVersion = null;
        for (ObjectRecord version : storage.versionsOf(bucket).values()) {
            boolean newest = walk.isNewKey(version.key());
            if (!pastVersionMarker) {
                pastVersionMarker = version.key().equals(keyMarker) && version.versionId().equals(versionMarker);
                continue;
            }
            if (walk.offer(version.key())) {
                page.add(version);
                latest.add(newest);
                lastVersion = version.versionId();
            }
            if (walk.full) {
                break;
            }
        }
        UnaryOperator<String> enc = encoder(request);
        List<S3Xml.Version> versions = new ArrayList<>();
        List<S3Xml.DeleteMarker> markers = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            ObjectRecord v = page.get(i);
            String when = S3Xml.time(v.lastModified());
            if (v.deleteMarker()) {
                markers.add(new S3Xml.DeleteMarker(enc.apply(v.key()), v.versionId(), latest.get(i), when,
                        S3Xml.OWNER));
            } else {
                versions.add(new S3Xml.Version(enc.apply(v.key()), v.versionId(), latest.get(i), when, v.etag(),
                        v.size(), STANDARD, S3Xml.OWNER));
            }
        }
        boolean truncated = walk.full;
        boolean endsOnPrefix = truncated && walk.commonPrefixes.contains(walk.last);
        return responses.xml(new S3Xml.ListVersionsResult(bucket, enc.apply(prefix), enc.apply(keyMarker),
                request.query("version-id-marker").orElse(""), truncated ? enc.apply(walk.last) : null,
                truncated && !endsOnPrefix ? lastVersion : null, walk.maxKeys, encodeOrNull(enc, delimiter),
                request.query("encoding-type").orElse(null), truncated, versions, markers,
                walk.commonPrefixes.stream().map(p -> new S3Xml.CommonPrefix(enc.apply(p))).toList()));
    }

    private static int maxKeys(ApiRequest request) {
        try {
            int value = Integer.parseInt(request.query("max-keys").orElse(Integer.toString(MAX_KEYS)));
            if (value < 0) {
                throw new NumberFormatException();
            }
            return Math.min(value, MAX_KEYS);
        } catch (NumberFormatException e) {
            throw S3Error.INVALID_ARGUMENT.withMessage("Provided max-keys not an integer or within integer range");
        }
    }

    private static String decodeToken(String token) {
        try {
            return Paging.decode(token);
        } catch (IllegalArgumentException e) {
            throw S3Error.INVALID_ARGUMENT.withMessage("The continuation token provided is incorrect");
        }
    }

    private static UnaryOperator<String> encoder(ApiRequest request) {
        boolean url = request.query("encoding-type").filter("url"::equalsIgnoreCase).isPresent();
        return url ? value -> URLEncoder.encode(value, StandardCharsets.UTF_8) : value -> value;
    }

    private static String encodeOrNull(UnaryOperator<String> enc, String value) {
        return value == null ? null : enc.apply(value);
    }
}
