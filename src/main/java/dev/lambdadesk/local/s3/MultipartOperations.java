package dev.lambdadesk.local.s3;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.lambdadesk.local.http.ApiRequest;
import dev.lambdadesk.local.http.ApiResponse;
import dev.lambdadesk.local.store.BlobStore;
import dev.lambdadesk.local.store.StagedBlob;
import dev.lambdadesk.local.store.Table;

/**
 * Multipart uploads, which the AWS CLI ({@code aws s3 cp}) and SAM use for files above 8 MB:
 * CreateMultipartUpload, UploadPart, CompleteMultipartUpload and AbortMultipartUpload.
 */
final class MultipartOperations {

    private static final long MIN_PART_BYTES = 5L * 1024 * 1024;
    private static final int MAX_PART_NUMBER = 10_000;

    private final S3Storage storage;
    private final S3Responses responses;
    private final Table<UploadRecord> uploads;
    private final Table<PartRecord> parts;
    private final SecureRandom random = new SecureRandom();

    MultipartOperations(S3Storage storage, S3Responses responses) {
        this.storage = storage;
        this.responses = responses;
        this.uploads = storage.store().table(S3Records.UPLOADS);
        this.parts = storage.store().table(S3Records.PARTS);
    }

    ApiResponse create(ApiRequest request) {
        String bucket = request.pathParam("Bucket");
        String key = request.pathParam("Key");
        storage.requireBucket(bucket);
        byte[] id = new byte[48];
        random.nextBytes(id);
        UploadRecord upload = new UploadRecord(Base64.getUrlEncoder().withoutPadding().encodeToString(id), bucket,
                key, storage.now(), ObjectOperations.contentType(request),
                ObjectOperations.contentEncoding(request), ObjectOperations.metadata(request));
        storage.store().write(tx -> {
            tx.put(S3Records.UPLOADS, upload.uploadId(), upload);
            return null;
        });
        return responses.xml(new S3Xml.InitiateMultipartUploadResult(bucket, key, upload.uploadId()));
    }

    ApiResponse uploadPart(ApiRequest request) throws IOException {
        UploadRecord upload = requireUpload(request);
        int number = partNumber(request);
        byte[] body = request.body();
        Map<String, String> checksums = ObjectChecksums.verify(request.received(), body);
        StagedBlob blob = storage.blobs().stage(body, BlobStore.sha256(body));
        PartRecord part = new PartRecord(upload.uploadId(), number, blob.id(), body.length,
                ObjectChecksums.etag(body));
        storage.store().write(tx -> {
            if (tx.get(S3Records.UPLOADS, upload.uploadId()).isEmpty()) {
                throw S3Error.NO_SUCH_UPLOAD.with("UploadId", upload.uploadId());
            }
            tx.put(S3Records.PARTS, S3Records.partKey(upload.uploadId(), number), part);
            tx.attach(blob);
            return null;
        });
        ApiResponse response = ApiResponse.empty(200).withHeader("ETag", part.etag());
        for (Map.Entry<String, String> checksum : checksums.entrySet()) {
            response = response.withHeader(ObjectChecksums.header(checksum.getKey()), checksum.getValue());
        }
        return response;
    }

    ApiResponse complete(ApiRequest request) throws IOException {
        UploadRecord upload = requireUpload(request);
        List<S3Xml.CompletedPart> listed = responses.read(request.body(), S3Xml.CompleteMultipartUpload.class).parts();
        if (listed == null || listed.isEmpty()) {
            throw S3Error.MALFORMED_XML.error();
        }
        ByteArrayOutputStream object = new ByteArrayOutputStream();
        ByteArrayOutputStream digests = new ByteArrayOutputStream();
        int previous = 0;
        for (int i = 0; i < listed.size(); i++) {
            S3Xml.CompletedPart wanted = listed.get(i);
            if (wanted.partNumber() <= previous) {
                throw S3Error.INVALID_PART_ORDER.error();
            }
            previous = wanted.partNumber();
            PartRecord part = parts.get(S3Records.partKey(upload.uploadId(), wanted.partNumber()))
                    .filter(p -> unquoted(p.etag()).equals(unquoted(wanted.etag())))
                    .orElseThrow(() -> S3Error.INVALID_PART.with("UploadId", upload.uploadId(),
                            "PartNumber", Integer.toString(wanted.partNumber())));
            if (i < listed.size() - 1 && part.size() < MIN_PART_BYTES) {
                throw S3Error.ENTITY_TOO_SMALL.with("ProposedSize", Long.toString(part.size()),
                        "MinSizeAllowed", Long.toString(MIN_PART_BYTES), "PartNumber", Integer.toString(previous));
            }
            if (object.size() + part.size() > S3Storage.MAX_OBJECT_BYTES) {
                throw S3Error.ENTITY_TOO_LARGE.with("MaxSizeAllowed", Long.toString(S3Storage.MAX_OBJECT_BYTES));
            }
            object.write(storage.blobs().read(part.blob()).orElseThrow(() -> new IOException("Part " + part
                    .partNumber() + " of upload " + part.uploadId() + " is missing from the blob store")));
            digests.write(HexFormat.of().parseHex(unquoted(part.etag())));
        }
        String etag = "\"" + HexFormat.of().formatHex(md5(digests.toByteArray())) + "-" + listed.size() + "\"";
        ObjectRecord stored = storage.put(upload.bucket(), upload.key(), object.toByteArray(),
                new S3Storage.ObjectContent(upload.contentType(), upload.contentEncoding(), Map.of(),
                        upload.metadata()), etag);
        forget(upload.uploadId());
        ApiResponse response = responses.xml(new S3Xml.CompleteMultipartUploadResult("/" + upload.bucket() + "/"
                + upload.key(), upload.bucket(), upload.key(), etag));
        return stored.isNullVersion() ? response : response.withHeader("x-amz-version-id", stored.versionId());
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

    private static String unquoted(String etag) {
        return etag == null ? "" : etag.replace("\"", "").trim();
    }

    private static byte[] md5(byte[] bytes) {
        try {
            return MessageDigest.getInstance("MD5").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java runtime has no MD5", e);
        }
    }
}
