package dev.lambdadesk.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.ChecksumType;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Multipart and copy refusals, each compared with the answer AWS gave to the same request (recorded by LocalStack
 * against AWS; copied with its source into {@code recorded/s3-errors.json}).
 */
class S3MultipartErrorsTest {

    private static final int PART = 5 * 1024 * 1024;

    @TempDir
    static Path dataDir;
    static LocalEndpointFixture fixture;
    static ServiceClients clients;
    static S3Client s3;
    static JsonNode answers;

    @BeforeAll
    static void start() throws IOException {
        fixture = LocalEndpointFixture.start(dataDir);
        clients = new ServiceClients(fixture.endpoint);
        s3 = clients.s3;
        s3.createBucket(b -> b.bucket("mpu"));
        try (InputStream in = S3MultipartErrorsTest.class.getResourceAsStream(
                "/dev/lambdadesk/local/recorded/s3-errors.json")) {
            answers = new ObjectMapper().readTree(in).get("answers");
        }
    }

    @AfterAll
    static void stop() {
        clients.close();
        fixture.close();
    }

    @Test
    void checksumTypesAreCheckedWhenAnUploadStarts() {
        answersAsAws("type-without-algorithm", () -> s3.createMultipartUpload(b -> b.bucket("mpu").key("a")
                .checksumType(ChecksumType.FULL_OBJECT)));
        answersAsAws("composite-crc64nvme", () -> s3.createMultipartUpload(b -> b.bucket("mpu").key("a")
                .checksumAlgorithm(ChecksumAlgorithm.CRC64_NVME).checksumType(ChecksumType.COMPOSITE)));
        answersAsAws("full-object-sha256", () -> s3.createMultipartUpload(b -> b.bucket("mpu").key("a")
                .checksumAlgorithm(ChecksumAlgorithm.SHA256).checksumType(ChecksumType.FULL_OBJECT)));
    }

    @Test
    void partsAndCompletionKeepTheUploadsChecksum() {
        String upload = s3.createMultipartUpload(b -> b.bucket("mpu").key("b")
                .checksumAlgorithm(ChecksumAlgorithm.SHA256)).uploadId();
        answersAsAws("part-algorithm-mismatch", () -> s3.uploadPart(b -> b.bucket("mpu").key("b").uploadId(upload)
                .partNumber(1).checksumAlgorithm(ChecksumAlgorithm.CRC32), RequestBody.fromString("x")));
        String etag = s3.uploadPart(b -> b.bucket("mpu").key("b").uploadId(upload).partNumber(1)
                .checksumAlgorithm(ChecksumAlgorithm.SHA256), RequestBody.fromString("x")).eTag();
        answersAsAws("complete-other-mode", () -> s3.completeMultipartUpload(b -> b.bucket("mpu").key("b")
                .uploadId(upload).checksumType(ChecksumType.FULL_OBJECT)
                .multipartUpload(u -> u.parts(p -> p.partNumber(1).eTag(etag)))));

        String crc = s3.createMultipartUpload(b -> b.bucket("mpu").key("c")
                .checksumAlgorithm(ChecksumAlgorithm.CRC32)).uploadId();
        String crcTag = s3.uploadPart(b -> b.bucket("mpu").key("c").uploadId(crc).partNumber(1)
                .checksumAlgorithm(ChecksumAlgorithm.CRC32), RequestBody.fromString("x")).eTag();
        answersAsAws("complete-without-part-checksum", () -> s3.completeMultipartUpload(b -> b.bucket("mpu")
                .key("c").uploadId(crc).multipartUpload(u -> u.parts(p -> p.partNumber(1).eTag(crcTag)))));
    }

    @Test
    void whatACompletionClaimsOfTheWholeObjectMustHold() {
        String full = s3.createMultipartUpload(b -> b.bucket("mpu").key("d")
                .checksumAlgorithm(ChecksumAlgorithm.CRC32_C).checksumType(ChecksumType.FULL_OBJECT)).uploadId();
        String tag = s3.uploadPart(b -> b.bucket("mpu").key("d").uploadId(full).partNumber(1)
                .checksumAlgorithm(ChecksumAlgorithm.CRC32_C), RequestBody.fromString("abcd")).eTag();
        answersAsAws("complete-wrong-full-checksum", () -> s3.completeMultipartUpload(b -> b.bucket("mpu").key("d")
                .uploadId(full).checksumCRC32C("AAAAAA==").checksumType(ChecksumType.FULL_OBJECT)
                .multipartUpload(u -> u.parts(p -> p.partNumber(1).eTag(tag)))));
        answersAsAws("complete-wrong-size", () -> s3.completeMultipartUpload(b -> b.bucket("mpu").key("d")
                .uploadId(full).mpuObjectSize(5L).checksumType(ChecksumType.FULL_OBJECT)
                .multipartUpload(u -> u.parts(p -> p.partNumber(1).eTag(tag)))));
    }

    @Test
    void theListOfPartsIsChecked() {
        String upload = s3.createMultipartUpload(b -> b.bucket("mpu").key("e")).uploadId();
        String tag1 = s3.uploadPart(b -> b.bucket("mpu").key("e").uploadId(upload).partNumber(1),
                RequestBody.fromString("small")).eTag();
        String tag2 = s3.uploadPart(b -> b.bucket("mpu").key("e").uploadId(upload).partNumber(2),
                RequestBody.fromString("small")).eTag();

        answersAsAws("complete-no-parts", () -> s3.completeMultipartUpload(b -> b.bucket("mpu").key("e")
                .uploadId(upload).multipartUpload(u -> u.parts(java.util.List.of()))));
        answersAsAws("complete-unordered", () -> s3.completeMultipartUpload(b -> b.bucket("mpu").key("e")
                .uploadId(upload).multipartUpload(u -> u.parts(p -> p.partNumber(2).eTag(tag2),
                        p -> p.partNumber(1).eTag(tag1)))));
        answersAsAws("complete-wrong-etag", () -> s3.completeMultipartUpload(b -> b.bucket("mpu").key("e")
                .uploadId(upload).multipartUpload(u -> u.parts(p -> p.partNumber(1).eTag("\"0000\"")))));
        answersAsAws("complete-too-small", () -> s3.completeMultipartUpload(b -> b.bucket("mpu").key("e")
                .uploadId(upload).multipartUpload(u -> u.parts(p -> p.partNumber(1).eTag(tag1),
                        p -> p.partNumber(2).eTag(tag2)))));
    }

    @Test
    void copiesAreRefusedAsAwsRefusesThem() {
        s3.putObject(b -> b.bucket("mpu").key("ten"), RequestBody.fromString("0123456789"));
        String upload = s3.createMultipartUpload(b -> b.bucket("mpu").key("f")).uploadId();
        for (String[] range : new String[][] {{"1-0", "copy-range-backwards"}, {"0-100", "copy-range-past-end"},
                {"100-200", "copy-range-after-end"}}) {
            answersAsAws(range[1], () -> s3.uploadPartCopy(b -> b.sourceBucket("mpu").sourceKey("ten")
                    .destinationBucket("mpu").destinationKey("f").uploadId(upload).partNumber(1)
                    .copySourceRange("bytes=" + range[0])));
        }

        s3.createBucket(b -> b.bucket("mpu-versions"));
        s3.putBucketVersioning(b -> b.bucket("mpu-versions").versioningConfiguration(v -> v.status(
                BucketVersioningStatus.ENABLED)));
        s3.putObject(b -> b.bucket("mpu-versions").key("gone"), RequestBody.fromBytes(filled(10)));
        String marker = s3.deleteObject(b -> b.bucket("mpu-versions").key("gone")).versionId();
        answersAsAws("copy-from-delete-marker", () -> s3.copyObject(b -> b.sourceBucket("mpu-versions")
                .sourceKey("gone").sourceVersionId(marker).destinationBucket("mpu").destinationKey("copy")));
    }

    private static void answersAsAws(String name, ThrowingCallable call) {
        JsonNode aws = answers.get(name);
        assertThatThrownBy(call).as(name).isInstanceOfSatisfying(S3Exception.class, e -> {
            assertThat(e.awsErrorDetails().errorCode()).as(name).isEqualTo(aws.get("code").asText());
            assertThat(e.statusCode()).as(name).isEqualTo(aws.get("status").asInt());
            assertThat(e.awsErrorDetails().errorMessage()).as(name).isEqualTo(aws.get("message").asText());
        });
    }

    private static byte[] filled(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) 'v');
        return bytes;
    }
}
