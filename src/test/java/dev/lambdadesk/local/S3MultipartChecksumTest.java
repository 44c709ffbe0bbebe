package dev.lambdadesk.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.zip.CRC32;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.ChecksumMode;
import software.amazon.awssdk.services.s3.model.ChecksumType;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadResponse;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.CreateMultipartUploadResponse;
import software.amazon.awssdk.services.s3.model.GetObjectAttributesResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListPartsResponse;
import software.amazon.awssdk.services.s3.model.ObjectAttributes;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.UploadPartResponse;

/**
 * Multipart uploads with checksums, copies and object attributes through the SDK's S3 client, checked against
 * checksums computed here the way S3 documents them (a composite CRC32 is the CRC32 of the parts' CRC32s).
 */
class S3MultipartChecksumTest {

    private static final int PART = 5 * 1024 * 1024;

    @TempDir
    static Path dataDir;
    static LocalEndpointFixture fixture;
    static ServiceClients clients;
    static S3Client s3;

    @BeforeAll
    static void start() throws IOException {
        fixture = LocalEndpointFixture.start(dataDir);
        clients = new ServiceClients(fixture.endpoint);
        s3 = clients.s3;
        s3.createBucket(b -> b.bucket("parts"));
    }

    @AfterAll
    static void stop() {
        clients.close();
        fixture.close();
    }

    @Test
    void partsWithChecksumsMakeACompositeChecksumThatHeadAndAttributesReport() {
        byte[] first = filled(PART, 'a');
        byte[] second = filled(1000, 'b');
        CreateMultipartUploadResponse created = s3.createMultipartUpload(b -> b.bucket("parts").key("composite.bin")
                .checksumAlgorithm(ChecksumAlgorithm.CRC32));
        assertThat(created.checksumAlgorithm()).isEqualTo(ChecksumAlgorithm.CRC32);
        assertThat(created.checksumType()).isEqualTo(ChecksumType.COMPOSITE);
        List<CompletedPart> parts = List.of(upload(created.uploadId(), "composite.bin", 1, first),
                upload(created.uploadId(), "composite.bin", 2, second));

        ListPartsResponse listed = s3.listParts(b -> b.bucket("parts").key("composite.bin")
                .uploadId(created.uploadId()));
        assertThat(listed.parts()).extracting(p -> p.checksumCRC32())
                .containsExactly(crc32(first), crc32(second));
        assertThat(listed.checksumAlgorithm()).isEqualTo(ChecksumAlgorithm.CRC32);

        CompleteMultipartUploadResponse done = s3.completeMultipartUpload(b -> b.bucket("parts")
                .key("composite.bin").uploadId(created.uploadId()).multipartUpload(u -> u.parts(parts)));
        String composite = crc32(concat(raw(crc32(first)), raw(crc32(second)))) + "-2";
        assertThat(done.checksumCRC32()).isEqualTo(composite);
        assertThat(done.checksumType()).isEqualTo(ChecksumType.COMPOSITE);
        assertThat(done.location()).isEqualTo(fixture.endpoint.endpointUri() + "/parts/composite.bin");

        HeadObjectResponse head = s3.headObject(b -> b.bucket("parts").key("composite.bin")
                .checksumMode(ChecksumMode.ENABLED));
        assertThat(head.checksumCRC32()).isEqualTo(composite);
        assertThat(head.checksumType()).isEqualTo(ChecksumType.COMPOSITE);
        GetObjectAttributesResponse attributes = s3.getObjectAttributes(b -> b.bucket("parts").key("composite.bin")
                .objectAttributes(ObjectAttributes.E_TAG, ObjectAttributes.CHECKSUM, ObjectAttributes.OBJECT_PARTS,
                        ObjectAttributes.OBJECT_SIZE));
        assertThat(attributes.checksum().checksumCRC32()).isEqualTo(composite);
        assertThat(attributes.objectParts().totalPartsCount()).isEqualTo(2);
        assertThat(attributes.objectSize()).isEqualTo(PART + 1000L);
        assertThat(attributes.eTag()).isEqualTo(done.eTag().replace("\"", ""));
    }

    @Test
    void anUploadAskingForAFullObjectChecksumGetsTheChecksumOfTheWholeObject() {
        byte[] first = filled(PART, 'c');
        byte[] second = filled(10, 'd');
        String uploadId = s3.createMultipartUpload(b -> b.bucket("parts").key("full.bin")
                .checksumAlgorithm(ChecksumAlgorithm.CRC32).checksumType(ChecksumType.FULL_OBJECT)).uploadId();
        List<CompletedPart> parts = List.of(upload(uploadId, "full.bin", 1, first),
                upload(uploadId, "full.bin", 2, second));

        CompleteMultipartUploadResponse done = s3.completeMultipartUpload(b -> b.bucket("parts").key("full.bin")
                .uploadId(uploadId).multipartUpload(u -> u.parts(parts)));

        assertThat(done.checksumCRC32()).isEqualTo(crc32(concat(first, second)));
        assertThat(done.checksumType()).isEqualTo(ChecksumType.FULL_OBJECT);
    }

    @Test
    void objectsAndRangesOfThemAreCopied() {
        byte[] source = filled(PART + 20, 'e');
        source[PART] = 'z';
        s3.putObject(b -> b.bucket("parts").key("source.bin").contentType("application/zip")
                .metadata(java.util.Map.of("team", "orders")), RequestBody.fromBytes(source));

        s3.copyObject(b -> b.sourceBucket("parts").sourceKey("source.bin").destinationBucket("parts")
                .destinationKey("copy.bin"));
        assertThat(s3.getObjectAsBytes(b -> b.bucket("parts").key("copy.bin")).asByteArray()).isEqualTo(source);
        assertThat(s3.headObject(b -> b.bucket("parts").key("copy.bin")).metadata()).containsEntry("team", "orders");

        String uploadId = s3.createMultipartUpload(b -> b.bucket("parts").key("assembled.bin")).uploadId();
        String etag1 = s3.uploadPartCopy(b -> b.sourceBucket("parts").sourceKey("source.bin")
                .destinationBucket("parts").destinationKey("assembled.bin").uploadId(uploadId).partNumber(1)
                .copySourceRange("bytes=0-" + (PART - 1))).copyPartResult().eTag();
        String etag2 = s3.uploadPartCopy(b -> b.sourceBucket("parts").sourceKey("source.bin")
                .destinationBucket("parts").destinationKey("assembled.bin").uploadId(uploadId).partNumber(2)
                .copySourceRange("bytes=" + PART + "-" + (PART + 19))).copyPartResult().eTag();
        s3.completeMultipartUpload(b -> b.bucket("parts").key("assembled.bin").uploadId(uploadId)
                .multipartUpload(u -> u.parts(p -> p.partNumber(1).eTag(etag1), p -> p.partNumber(2).eTag(etag2))));

        assertThat(s3.getObjectAsBytes(b -> b.bucket("parts").key("assembled.bin")).asByteArray()).isEqualTo(source);
        assertThatThrownBy(() -> s3.copyObject(b -> b.sourceBucket("parts").sourceKey("source.bin")
                .destinationBucket("parts").destinationKey("source.bin")))
                .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.awsErrorDetails().errorCode())
                        .isEqualTo("InvalidRequest"));
    }

    @Test
    void everyAnswerCarriesAnExtendedRequestId() {
        s3.putObject(b -> b.bucket("parts").key("small.txt"), RequestBody.fromString("hi"));

        HeadObjectResponse head = s3.headObject(b -> b.bucket("parts").key("small.txt"));

        assertThat(head.responseMetadata().extendedRequestId()).isNotBlank();
        assertThatThrownBy(() -> s3.headObject(b -> b.bucket("parts").key("missing.txt")))
                .isInstanceOfSatisfying(S3Exception.class, e -> assertThat(e.extendedRequestId()).isNotBlank());
    }

    private static CompletedPart upload(String uploadId, String key, int number, byte[] bytes) {
        UploadPartResponse part = s3.uploadPart(b -> b.bucket("parts").key(key).uploadId(uploadId)
                .partNumber(number).checksumAlgorithm(ChecksumAlgorithm.CRC32), RequestBody.fromBytes(bytes));
        return CompletedPart.builder().partNumber(number).eTag(part.eTag()).checksumCRC32(part.checksumCRC32())
                .build();
    }

    private static byte[] filled(int size, char c) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) c);
        return bytes;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static String crc32(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return Base64.getEncoder().encodeToString(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static byte[] raw(String base64) {
        return Base64.getDecoder().decode(base64);
    }
}
