package dev.lambdadesk.local.s3;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.lambdadesk.local.http.ApiRequest;
import dev.lambdadesk.local.http.ApiResponse;
import dev.lambdadesk.local.store.BlobStore;
import dev.lambdadesk.local.store.StagedBlob;
import dev.lambdadesk.local.store.Table;

/**
 * Multipart uploads, which the AWS CLI ({@code aws s3 cp}) and SAM use for files above 8 MB:
 * CreateMultipartUpload (with a checksum algorithm and type), UploadPart, ListParts, CompleteMultipartUpload and
 * AbortMultipartUpload.
 */
final class MultipartOperations {

    private static final int MAX_PART_NUMBER = 10_000;

    private final S3Storage storage;
    private final S3Responses responses;
    private final Table<UploadRecord> uploads;
    private final Table<PartRecord> parts;
    private final SecureRandom random = new SecureRandom();
    private final MultipartCompletion completion;

    MultipartOperations(S3Storage storage, S3Responses responses) {
        this.storage = storage;
        this.responses = responses;
        this.uploads = storage.store().table(S3Records.UPLOADS);
        this.parts = storage.store().table(S3Records.PARTS);
        this.completion = new MultipartCompletion(storage, responses, parts);
    }

    ApiResponse create(ApiRequest request) {
        String bucket = request.pathParam("Bucket");
        String key = request.pathParam("Key");
        storage.requireBucket(bucket);
        byte[] id = new byte[48];
        random.nextBytes(id);
        String algorithm = request.header("x-amz-checksum-algorithm").map(a -> a.toUpperCase(Locale.ROOT))
                .orElse(null);
        if (algorithm != null && !ObjectChecksums.isAlgorithm(algorithm)) {
            throw S3Error.INVALID_REQUEST.withMessage("Checksum algorithm provided is unsupported. Please try again "
                    + "with any of the valid types: [CRC32, CRC32C, CRC64NVME, SHA1, SHA256]");
        }
        String type = checksumType(request, algorithm);
        UploadRecord upload = new UploadRecord(Base64.getUrlEncoder().withoutPadding().encodeToString(id), bucket,
                key, storage.now(), ObjectOperations.contentType(request),
                ObjectOperations.contentEncoding(request), ObjectOperations.metadata(request), algorithm, type);
        storage.store().write(tx -> {
            tx.put(S3Records.UPLOADS, upload.uploadId(), upload);
            return null;
        });
        ApiResponse response = responses.xml(new S3Xml.InitiateMultipartUploadResult(bucket, key,
                upload.uploadId()));
        return algorithm == null ? response : response.withHeader("x-amz-checksum-algorithm", algorithm)
                .withHeader("x-amz-checksum-type", type);
    }

    /** The upload's checksum type: as asked, else what the algorithm supports (CRC64NVME only full-object). */
    private static String checksumType(ApiRequest request, String algorithm) {
        Optional<String> asked = request.header("x-amz-checksum-type").map(t -> t.toUpperCase(Locale.ROOT));
        if (algorithm == null) {
            if (asked.isPresent()) {
                throw S3Error.INVALID_REQUEST.withMessage("The x-amz-checksum-type header can only be used with the "
                        + "x-amz-checksum-algorithm header.");
            }
            return null;
        }
        String type = asked.orElse("CRC64NVME".equals(algorithm) ? "FULL_OBJECT" : "COMPOSITE");
        boolean fullObjectOnly = "CRC64NVME".equals(algorithm);
        boolean compositeOnly = algorithm.startsWith("SHA");
        if ("COMPOSITE".equals(type) && fullObjectOnly || "FULL_OBJECT".equals(type) && compositeOnly) {
            throw S3Error.INVALID_REQUEST.withMessage("The " + type + " checksum type cannot be used with the "
                    + algorithm.toLowerCase(Locale.ROOT) + " checksum algorithm.");
        }
        return type;
    }

    /** UploadPart, or UploadPartCopy when the request names a copy source. */
    ApiResponse uploadPart(ApiRequest request) throws IOException {
        UploadRecord upload = requireUpload(request);
        int number = partNumber(request);
        if (CopySource.requested(request)) {
            CopySource source = CopySource.read(request, storage);
            PartRecord part = keep(upload, number, source.bytes(), copiedChecksums(upload, source.bytes()));
            ApiResponse response = responses.xml(new S3Xml.CopyPartResult(part.etag(), S3Xml.time(part.uploadedAt()),
                    S3Xml.Checksums.of(part.checksums(), false)));
            return source.object().isNullVersion() ? response
                    : response.withHeader("x-amz-copy-source-version-id", source.object().versionId());
        }
        byte[] body = request.body();
        Map<String, String> checksums = ObjectChecksums.verify(request.received(), body);
        String expected = upload.checksumAlgorithm();
        if (expected != null && !checksums.isEmpty() && !checksums.containsKey(expected)) {
            throw S3Error.INVALID_REQUEST.withMessage("Checksum Type mismatch occurred, expected checksum Type: "
                    + expected.toLowerCase(Locale.ROOT) + ", actual checksum Type: "
                    + checksums.keySet().iterator().next().toLowerCase(Locale.ROOT));
        }
        PartRecord part = keep(upload, number, body, checksums);
        ApiResponse response = ApiResponse.empty(200).withHeader("ETag", part.etag());
        for (Map.Entry<String, String> checksum : part.checksums().entrySet()) {
            response = response.withHeader(ObjectChecksums.header(checksum.getKey()), checksum.getValue());
        }
        return response;
    }

    private PartRecord keep(UploadRecord upload, int number, byte[] body, Map<String, String> checksums)
            throws IOException {
        StagedBlob blob = storage.blobs().stage(body, BlobStore.sha256(body));
        PartRecord part = new PartRecord(upload.uploadId(), number, blob.id(), body.length,
                ObjectChecksums.etag(body), checksums, storage.now());
        storage.store().write(tx -> {
            if (tx.get(S3Records.UPLOADS, upload.uploadId()).isEmpty()) {
                throw S3Error.NO_SUCH_UPLOAD.with("UploadId", upload.uploadId());
            }
            tx.put(S3Records.PARTS, S3Records.partKey(upload.uploadId(), number), part);
            tx.attach(blob);
            return null;
        });
        return part;
    }

    /** A copied part gets the checksum of the upload's algorithm, computed by S3 as the bytes are copied. */
    private static Map<String, String> copiedChecksums(UploadRecord upload, byte[] bytes) {
        if (upload.checksumAlgorithm() == null) {
            return Map.of();
        }
        return ObjectChecksums.compute(upload.checksumAlgorithm(), bytes).map(c -> Map.of(upload.checksumAlgorithm(),
                Base64.getEncoder().encodeToString(c))).orElse(Map.of());
    }

    ApiResponse complete(ApiRequest request) throws IOException {
        UploadRecord upload = requireUpload(request);
        ApiResponse response = completion.complete(request, upload);
        forget(upload.uploadId());
        return response;
    }

    /** ListParts: the parts uploaded so far, in part-number order, a page at a time. */
    ApiResponse listParts(ApiRequest request) {
        UploadRecord upload = requireUpload(request);
        int marker = number(request.query("part-number-marker").orElse("0"), 0);
        int max = Math.min(number(request.query("max-parts").orElse("1000"), 1000), 1000);
        List<PartRecord> after = parts.withPrefix(upload.uploadId() + ":").values().stream()
                .filter(p -> p.partNumber() > marker)
                .sorted(Comparator.comparingInt(PartRecord::partNumber)).toList();
        List<PartRecord> page = after.subList(0, Math.min(max, after.size()));
        boolean truncated = after.size() > page.size();
        List<S3Xml.Part> listed = page.stream().map(p -> new S3Xml.Part(p.partNumber(), S3Xml.time(p.uploadedAt()),
                p.etag(), p.size(), S3Xml.Checksums.of(p.checksums(), false))).toList();
        return responses.xml(new S3Xml.ListPartsResult(upload.bucket(), upload.key(), upload.uploadId(), marker,
                page.isEmpty() ? null : page.get(page.size() - 1).partNumber(), max, truncated, listed,
                S3Xml.OWNER, S3Xml.OWNER, "STANDARD", upload.checksumAlgorithm(), upload.checksumType()));
    }

    ApiResponse abort(ApiRequest request) {
        forget(requireUpload(request).uploadId());
        return ApiResponse.empty(204);
    }

    Set<String> referencedBlobs() {
        Set<String> referenced = new HashSet<>();
        parts.all().values().forEach(p -> referenced.add(p.blob()));
        return referenced;
    }

    private void forget(String uploadId) {
        storage.store().write(tx -> {
            tx.delete(S3Records.UPLOADS, uploadId);
            parts.withPrefix(uploadId + ":").keySet().forEach(k -> tx.delete(S3Records.PARTS, k));
            return null;
        });
    }

    private UploadRecord requireUpload(ApiRequest request) {
        String uploadId = request.query("uploadId").orElse("");
        return uploads.get(uploadId)
                .filter(u -> u.bucket().equals(request.pathParam("Bucket")) && u.key().equals(request.pathParam("Key")))
                .orElseThrow(() -> S3Error.NO_SUCH_UPLOAD.with("UploadId", uploadId));
    }

    private static int partNumber(ApiRequest request) {
        try {
            int number = Integer.parseInt(request.query("partNumber").orElse(""));
            if (number >= 1 && number <= MAX_PART_NUMBER) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw S3Error.INVALID_ARGUMENT.withMessage("Part number must be an integer between 1 and 10000, inclusive");
    }

    private static int number(String text, int fallback) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
