package dev.lambdadesk.local.s3;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import dev.lambdadesk.local.http.ApiRequest;
import dev.lambdadesk.local.http.ApiResponse;

/** PutObject, GetObject, HeadObject and DeleteObject. */
final class ObjectOperations {

    private static final int MAX_KEY_BYTES = 1024;
    private static final String META_PREFIX = "x-amz-meta-";
    private static final String DEFAULT_CONTENT_TYPE = "binary/octet-stream";

    private final S3Storage storage;

    ObjectOperations(S3Storage storage) {
        this.storage = storage;
    }

    ApiResponse put(ApiRequest request) throws IOException {
        String bucket = request.pathParam("Bucket");
        String key = request.pathParam("Key");
        if (key.getBytes(StandardCharsets.UTF_8).length > MAX_KEY_BYTES) {
            throw S3Error.KEY_TOO_LONG.with("Size", Integer.toString(key.getBytes(StandardCharsets.UTF_8).length),
                    "MaxSizeAllowed", Integer.toString(MAX_KEY_BYTES));
        }
        storage.requireBucket(bucket);
        byte[] body = request.body();
        if (body.length > S3Storage.MAX_OBJECT_BYTES) {
            throw S3Error.ENTITY_TOO_LARGE.with("ProposedSize", Integer.toString(body.length),
                    "MaxSizeAllowed", Long.toString(S3Storage.MAX_OBJECT_BYTES));
        }
        Map<String, String> checksums = ObjectChecksums.verify(request.received(), body);
        ObjectRecord stored = storage.put(bucket, key, body, new S3Storage.ObjectContent(contentType(request),
                contentEncoding(request), checksums, metadata(request)));
        ApiResponse response = ApiResponse.empty(200).withHeader("ETag", stored.etag());
        if (!stored.isNullVersion()) {
            response = response.withHeader("x-amz-version-id", stored.versionId());
        }
        for (Map.Entry<String, String> checksum : checksums.entrySet()) {
            response = response.withHeader(ObjectChecksums.header(checksum.getKey()), checksum.getValue());
        }
        return response;
    }

    ApiResponse get(ApiRequest request) throws IOException {
        ObjectRecord object = find(request);
        byte[] bytes = storage.read(object);
        ApiResponse headers = describe(object, request);
        return ByteRanges.answer(request.header("Range"), bytes, headers);
    }

    ApiResponse head(ApiRequest request) {
        ObjectRecord object = find(request);
        return describe(object, request).withHeader("Content-Length", Long.toString(object.size()));
    }

    ApiResponse delete(ApiRequest request) {
        S3Storage.Deletion deletion = storage.delete(request.pathParam("Bucket"), request.pathParam("Key"),
                request.query("versionId").orElse(null));
        ApiResponse response = ApiResponse.empty(204);
        if (deletion.versionId() != null) {
            response = response.withHeader("x-amz-version-id", deletion.versionId());
        }
        return deletion.deleteMarker() ? response.withHeader("x-amz-delete-marker", "true") : response;
    }

    private ObjectRecord find(ApiRequest request) {
        return storage.find(request.pathParam("Bucket"), request.pathParam("Key"),
                request.query("versionId").orElse(null));
    }

    /** The headers of GetObject and HeadObject, with an empty body. */
    private static ApiResponse describe(ObjectRecord object, ApiRequest request) {
        ApiResponse response = ApiResponse.bytes(200, object.contentType(), new byte[0])
                .withHeader("ETag", object.etag())
                .withHeader("Last-Modified", S3Responses.httpDate(object.lastModified()))
                .withHeader("Accept-Ranges", "bytes");
        if (!object.isNullVersion()) {
            response = response.withHeader("x-amz-version-id", object.versionId());
        }
        if (object.contentEncoding() != null) {
            response = response.withHeader("Content-Encoding", object.contentEncoding());
        }
        for (Map.Entry<String, String> entry : object.metadata().entrySet()) {
            response = response.withHeader(META_PREFIX + entry.getKey(), entry.getValue());
        }
        boolean wantsChecksums = request.header("x-amz-checksum-mode").filter("ENABLED"::equalsIgnoreCase)
                .isPresent();
        if (wantsChecksums && request.header("Range").isEmpty() && !object.checksums().isEmpty()) {
            for (Map.Entry<String, String> checksum : object.checksums().entrySet()) {
                response = response.withHeader(ObjectChecksums.header(checksum.getKey()), checksum.getValue())
                        .withHeader("x-amz-checksum-type", ObjectChecksums.type(checksum.getValue()));
            }
        }
        return response;
    }

    static String contentType(ApiRequest request) {
        return request.header("Content-Type").orElse(DEFAULT_CONTENT_TYPE);
    }

    static String contentEncoding(ApiRequest request) {
        String kept = request.header("Content-Encoding").map(value -> Arrays.stream(value.split(","))
                .map(String::trim).filter(e -> !e.isEmpty() && !e.equalsIgnoreCase("aws-chunked"))
                .collect(Collectors.joining(","))).orElse("");
        return kept.isEmpty() ? null : kept;
    }

    static Map<String, String> metadata(ApiRequest request) {
        Map<String, String> metadata = new TreeMap<>();
        request.received().headers().forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.startsWith(META_PREFIX) && values != null && !values.isEmpty()) {
                metadata.put(lower.substring(META_PREFIX.length()), values.get(0));
            }
        });
        return metadata;
    }
}
