package dev.lambdadesk.local.s3;

import java.io.IOException;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

import dev.lambdadesk.local.http.ApiRequest;
import dev.lambdadesk.local.http.ApiResponse;

/** CopyObject: a new object (or version) made from another one, with its metadata copied or replaced. */
final class CopyOperations {

    private final S3Storage storage;
    private final S3Responses responses;

    CopyOperations(S3Storage storage, S3Responses responses) {
        this.storage = storage;
        this.responses = responses;
    }

    ApiResponse copyObject(ApiRequest request) throws IOException {
        String bucket = request.pathParam("Bucket");
        String key = request.pathParam("Key");
        CopySource source = CopySource.read(request, storage);
        ObjectRecord from = source.object();
        boolean replace = request.header("x-amz-metadata-directive").filter("REPLACE"::equalsIgnoreCase)
                .isPresent();
        if (from.bucket().equals(bucket) && from.key().equals(key) && !replace
                && request.header("x-amz-checksum-algorithm").isEmpty()) {
            throw S3Error.INVALID_REQUEST.withMessage("This copy request is illegal because it is trying to copy an "
                    + "object to itself without changing the object's metadata, storage class, website redirect "
                    + "location or encryption attributes.");
        }
        S3Storage.ObjectContent content = replace
                ? new S3Storage.ObjectContent(ObjectOperations.contentType(request),
                        ObjectOperations.contentEncoding(request), checksums(request, from, source.bytes()),
                        ObjectOperations.metadata(request))
                : new S3Storage.ObjectContent(from.contentType(), from.contentEncoding(),
                        checksums(request, from, source.bytes()), from.metadata());
        ObjectRecord stored = storage.put(bucket, key, source.bytes(), content);
        ApiResponse response = responses.xml(new S3Xml.CopyObjectResult(stored.etag(),
                S3Xml.time(stored.lastModified()), S3Xml.Checksums.of(stored.checksums(), true)));
        if (!stored.isNullVersion()) {
            response = response.withHeader("x-amz-version-id", stored.versionId());
        }
        return from.isNullVersion() ? response : response.withHeader("x-amz-copy-source-version-id",
                from.versionId());
    }

    /**
     * The copy's checksum: of the algorithm asked for, else the source's full-object one; a composite checksum
     * describes parts the copy does not have, so it is computed again over the whole object.
     */
    private static Map<String, String> checksums(ApiRequest request, ObjectRecord from, byte[] bytes) {
        String algorithm = request.header("x-amz-checksum-algorithm").map(a -> a.toUpperCase(Locale.ROOT))
                .orElse(from.checksums().isEmpty() ? null : from.checksums().keySet().iterator().next());
        if (algorithm == null) {
            return Map.of();
        }
        String kept = from.checksums().get(algorithm);
        if (kept != null && "FULL_OBJECT".equals(ObjectChecksums.type(kept))) {
            return Map.of(algorithm, kept);
        }
        return ObjectChecksums.compute(algorithm, bytes)
                .map(c -> Map.of(algorithm, Base64.getEncoder().encodeToString(c))).orElse(Map.of());
    }
}
