package dev.lambdadesk.local.s3;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import software.amazon.awssdk.utils.http.SdkHttpUtils;

import dev.lambdadesk.local.http.ApiRequest;
import dev.lambdadesk.local.http.ApiResponse;
import dev.lambdadesk.local.store.Table;

/**
 * CompleteMultipartUpload: joins the listed parts into one object whose ETag is the MD5 of the parts' MD5s and whose
 * checksum, when the parts carry checksums, is S3's composite checksum ({@code base64(checksum of the parts'
 * checksums)-N}) or, when the upload asked for FULL_OBJECT, the checksum of the whole object.
 */
final class MultipartCompletion {

    private static final long MIN_PART_BYTES = 5L * 1024 * 1024;

    private final S3Storage storage;
    private final S3Responses responses;
    private final Table<PartRecord> parts;

    MultipartCompletion(S3Storage storage, S3Responses responses, Table<PartRecord> parts) {
        this.storage = storage;
        this.responses = responses;
        this.parts = parts;
    }

    /** Stores the object and returns the answer; the caller forgets the upload afterwards. */
    ApiResponse complete(ApiRequest request, UploadRecord upload) throws IOException {
        List<S3Xml.CompletedPart> listed = responses.read(request.body(), S3Xml.CompleteMultipartUpload.class).parts();
        if (listed == null || listed.isEmpty()) {
            throw S3Error.INVALID_REQUEST.withMessage("You must specify at least one part");
        }
        requireSameMode(request, upload, listed);
        List<PartRecord> chosen = chosenParts(upload, listed);
        ByteArrayOutputStream object = new ByteArrayOutputStream();
        ByteArrayOutputStream digests = new ByteArrayOutputStream();
        List<byte[]> bytes = new ArrayList<>();
        for (PartRecord part : chosen) {
            if (object.size() + part.size() > S3Storage.MAX_OBJECT_BYTES) {
                throw S3Error.ENTITY_TOO_LARGE.with("MaxSizeAllowed", Long.toString(S3Storage.MAX_OBJECT_BYTES));
            }
            byte[] partBytes = storage.blobs().read(part.blob()).orElseThrow(() -> new IOException("Part "
                    + part.partNumber() + " of upload " + part.uploadId() + " is missing from the blob store"));
            bytes.add(partBytes);
            object.write(partBytes);
            digests.write(HexFormat.of().parseHex(unquoted(part.etag())));
        }
        String etag = "\"" + HexFormat.of().formatHex(ObjectChecksums.md5(digests.toByteArray())) + "-"
                + chosen.size() + "\"";
        Map<String, String> checksums = checksums(upload, chosen, bytes, object.toByteArray());
        requireClaims(request, object.size(), checksums);
        ObjectRecord stored = storage.put(upload.bucket(), upload.key(), object.toByteArray(),
                new S3Storage.ObjectContent(upload.contentType(), upload.contentEncoding(), checksums,
                        upload.metadata()), etag);
        ApiResponse response = responses.xml(new S3Xml.CompleteMultipartUploadResult(location(request, upload),
                upload.bucket(), upload.key(), etag, S3Xml.Checksums.of(checksums, true)));
        return stored.isNullVersion() ? response : response.withHeader("x-amz-version-id", stored.versionId());
    }

    private List<PartRecord> chosenParts(UploadRecord upload, List<S3Xml.CompletedPart> listed) {
        for (int i = 1; i < listed.size(); i++) {
            if (listed.get(i).partNumber() <= listed.get(i - 1).partNumber()) {
                throw S3Error.INVALID_PART_ORDER.error();
            }
        }
        List<PartRecord> chosen = new ArrayList<>();
        for (int i = 0; i < listed.size(); i++) {
            S3Xml.CompletedPart wanted = listed.get(i);
            PartRecord part = parts.get(S3Records.partKey(upload.uploadId(), wanted.partNumber()))
                    .filter(p -> unquoted(p.etag()).equals(unquoted(wanted.etag())))
                    .filter(p -> sameChecksums(wanted.checksums(), p.checksums()))
                    .orElseThrow(() -> S3Error.INVALID_PART.with("UploadId", upload.uploadId(),
                            "PartNumber", Integer.toString(wanted.partNumber())));
            if (i < listed.size() - 1 && part.size() < MIN_PART_BYTES) {
                throw S3Error.ENTITY_TOO_SMALL.with("ProposedSize", Long.toString(part.size()),
                        "MinSizeAllowed", Long.toString(MIN_PART_BYTES), "PartNumber",
                        Integer.toString(wanted.partNumber()));
            }
            chosen.add(part);
        }
        return chosen;
    }

    /** The complete request keeps the upload's checksum mode and, for a composite upload, lists every part's. */
    private static void requireSameMode(ApiRequest request, UploadRecord upload, List<S3Xml.CompletedPart> listed) {
        Optional<String> mode = request.header("x-amz-checksum-type").map(t -> t.toUpperCase(Locale.ROOT));
        if (mode.isPresent() && !mode.get().equals(upload.checksumType())) {
            throw S3Error.INVALID_REQUEST.withMessage("The upload was created using the " + upload.checksumType()
                    + " checksum mode. The complete request must use the same checksum mode.");
        }
        if (upload.checksumAlgorithm() == null || !"COMPOSITE".equals(upload.checksumType())) {
            return;
        }
        for (S3Xml.CompletedPart part : listed) {
            if (!part.checksums().containsKey(upload.checksumAlgorithm())) {
                throw S3Error.INVALID_REQUEST.withMessage("The upload was created using a "
                        + upload.checksumAlgorithm().toLowerCase(Locale.ROOT) + " checksum. The complete request must "
                        + "include the checksum for each part. It was missing for part " + part.partNumber()
                        + " in the request.");
            }
        }
    }

    /** What the complete request says of the whole object (its size, its full checksum) must hold. */
    private static void requireClaims(ApiRequest request, long size, Map<String, String> checksums) {
        Optional<String> claimedSize = request.header("x-amz-mp-object-size");
        if (claimedSize.isPresent() && !claimedSize.get().trim().equals(Long.toString(size))) {
            throw S3Error.INVALID_REQUEST.withMessage("The provided 'x-amz-mp-object-size' header value "
                    + claimedSize.get().trim() + " does not match what was computed: " + size);
        }
        for (Map.Entry<String, String> kept : checksums.entrySet()) {
            Optional<String> claimed = request.header(ObjectChecksums.header(kept.getKey())).map(String::trim);
            if (claimed.isPresent() && !claimed.get().equals(kept.getValue())) {
                throw S3Error.BAD_DIGEST.withMessage("The " + kept.getKey().toLowerCase(Locale.ROOT)
                        + " you specified did not match the calculated checksum.");
            }
        }
    }

    /** A checksum the request lists for a part must be the one the part was uploaded with. */
    private static boolean sameChecksums(Map<String, String> listed, Map<String, String> uploaded) {
        return listed.entrySet().stream().allMatch(e -> !uploaded.containsKey(e.getKey())
                || uploaded.get(e.getKey()).equals(e.getValue()));
    }

    /** The object's checksum: none known (the store computes its default), composite, or of the full object. */
    static Map<String, String> checksums(UploadRecord upload, List<PartRecord> chosen, List<byte[]> bytes,
                                         byte[] object) {
        String algorithm = upload.checksumAlgorithm() != null ? upload.checksumAlgorithm().toUpperCase(Locale.ROOT)
                : commonAlgorithm(chosen);
        if (algorithm == null) {
            return Map.of();
        }
        Base64.Encoder base64 = Base64.getEncoder();
        if ("FULL_OBJECT".equals(upload.checksumType())) {
            return ObjectChecksums.compute(algorithm, object).map(c -> Map.of(algorithm, base64.encodeToString(c)))
                    .orElse(Map.of());
        }
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        for (int i = 0; i < chosen.size(); i++) {
            String kept = chosen.get(i).checksums().get(algorithm);
            byte[] raw = kept != null ? Base64.getDecoder().decode(kept)
                    : ObjectChecksums.compute(algorithm, bytes.get(i)).orElse(null);
            if (raw == null) {
                return Map.of();
            }
            joined.writeBytes(raw);
        }
        return ObjectChecksums.compute(algorithm, joined.toByteArray())
                .map(c -> Map.of(algorithm, base64.encodeToString(c) + "-" + chosen.size())).orElse(Map.of());
    }

    /** The algorithm every part was uploaded with, when the upload named none. */
    private static String commonAlgorithm(List<PartRecord> chosen) {
        String common = null;
        for (PartRecord part : chosen) {
            if (part.checksums().size() != 1) {
                return null;
            }
            String algorithm = part.checksums().keySet().iterator().next();
            if (common != null && !common.equals(algorithm)) {
                return null;
            }
            common = algorithm;
        }
        return common;
    }

    /** Where the object lives, as a full URL on the host the request came to. */
    private static String location(ApiRequest request, UploadRecord upload) {
        String host = request.header("Host").orElse("127.0.0.1");
        boolean virtualHost = S3Addressing.virtualHostBucket(host).isPresent();
        return "http://" + host + "/" + (virtualHost ? "" : upload.bucket() + "/")
                + SdkHttpUtils.urlEncodeIgnoreSlashes(upload.key());
    }

    static String unquoted(String etag) {
        return etag == null ? "" : etag.replace("\"", "").trim();
    }
}
