package dev.lambdadesk.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Bucket;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.ChecksumMode;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.DeleteMarkerEntry;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectVersionsResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectVersion;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/** S3 through the SDK's S3 client with its default checksums (aws-chunked uploads with trailing checksums). */
class S3ApiTest {

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
    }

    @AfterAll
    static void stop() {
        clients.close();
        fixture.close();
    }

    private static byte[] text(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void bucketsAreCreatedListedAndDeleted() {
        s3.createBucket(b -> b.bucket("life-cycle"));

        assertThat(s3.listBuckets().buckets()).extracting(Bucket::name).contains("life-cycle");
        assertThat(s3.headBucket(b -> b.bucket("life-cycle")).bucketRegion()).isEqualTo("us-east-1");
        s3.deleteBucket(b -> b.bucket("life-cycle"));
        assertThatThrownBy(() -> s3.headBucket(b -> b.bucket("life-cycle"))).isInstanceOf(NoSuchBucketException.class);
        assertThatThrownBy(() -> s3.deleteBucket(b -> b.bucket("life-cycle")))
                .isInstanceOfSatisfying(NoSuchBucketException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(404);
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("The specified bucket does not exist");
                });
    }

    @Test
    void putAndGetRoundTripWithChecksumsAndMetadata() {
        s3.createBucket(b -> b.bucket("round-trip"));
        byte[] content = text("hello, local S3");

        PutObjectResponse put = s3.putObject(b -> b.bucket("round-trip").key("dir/hello.txt")
                .contentType("text/plain").metadata(Map.of("team", "blue")), RequestBody.fromBytes(content));
        ResponseBytes<GetObjectResponse> got = s3.getObjectAsBytes(b -> b.bucket("round-trip").key("dir/hello.txt")
                .checksumMode(ChecksumMode.ENABLED));
        HeadObjectResponse head = s3.headObject(b -> b.bucket("round-trip").key("dir/hello.txt"));

        assertThat(clients.uploadEncodings).last().asString()
                .startsWith("STREAMING-").contains("TRAILER").endsWith("aws-chunked");
        assertThat(put.eTag()).isEqualTo("\"" + md5Hex(content) + "\"");
        assertThat(put.versionId()).isNull();
        assertThat(put.checksumCRC32()).isNotBlank();
        assertThat(got.asByteArray()).isEqualTo(content);
        assertThat(got.response().contentType()).isEqualTo("text/plain");
        assertThat(got.response().metadata()).containsEntry("team", "blue");
        assertThat(got.response().checksumCRC32()).isEqualTo(put.checksumCRC32());
        assertThat(head.contentLength()).isEqualTo(content.length);
        assertThat(head.eTag()).isEqualTo(put.eTag());
    }

    private static String md5Hex(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void versioningKeepsEveryVersionAndDeleteMarkers() {
        s3.createBucket(b -> b.bucket("versioned"));
        assertThat(s3.getBucketVersioning(b -> b.bucket("versioned")).status()).isNull();
        s3.putBucketVersioning(b -> b.bucket("versioned").versioningConfiguration(v -> v
                .status(BucketVersioningStatus.ENABLED)));

        String v1 = s3.putObject(b -> b.bucket("versioned").key("app.zip"), RequestBody.fromBytes(text("one")))
                .versionId();
        String v2 = s3.putObject(b -> b.bucket("versioned").key("app.zip"), RequestBody.fromBytes(text("two")))
                .versionId();
        var deleted = s3.deleteObject(b -> b.bucket("versioned").key("app.zip"));

        assertThat(s3.getBucketVersioning(b -> b.bucket("versioned")).status())
                .isEqualTo(BucketVersioningStatus.ENABLED);
        assertThat(v1).isNotBlank().isNotEqualTo(v2);
        assertThat(deleted.deleteMarker()).isTrue();
        assertThatThrownBy(() -> s3.getObject(b -> b.bucket("versioned").key("app.zip")))
                .isInstanceOf(NoSuchKeyException.class);
        assertThat(s3.getObjectAsBytes(b -> b.bucket("versioned").key("app.zip").versionId(v1)).asUtf8String())
                .isEqualTo("one");
        ListObjectVersionsResponse versions = s3.listObjectVersions(b -> b.bucket("versioned"));
        assertThat(versions.versions()).extracting(ObjectVersion::versionId).containsExactly(v2, v1);
        assertThat(versions.deleteMarkers()).extracting(DeleteMarkerEntry::isLatest).containsExactly(true);
        assertThatThrownBy(() -> s3.getObject(b -> b.bucket("versioned").key("app.zip").versionId("nope")))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(404);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("NoSuchVersion");
                });
        assertThatThrownBy(() -> s3.deleteBucket(b -> b.bucket("versioned")))
                .isInstanceOfSatisfying(S3Exception.class, e ->
                        assertThat(e.awsErrorDetails().errorCode()).isEqualTo("BucketNotEmpty"));
    }

    @Test
    void listingsPageAndRollUpCommonPrefixes() {
        s3.createBucket(b -> b.bucket("listing"));
        for (String key : List.of("a.txt", "b/1.txt", "b/2.txt", "c d+e.txt", "z.txt")) {
            s3.putObject(b -> b.bucket("listing").key(key), RequestBody.fromBytes(text(key)));
        }

        ListObjectsV2Response all = s3.listObjectsV2(b -> b.bucket("listing"));
        ListObjectsV2Response folders = s3.listObjectsV2(b -> b.bucket("listing").delimiter("/"));
        List<String> paged = s3.listObjectsV2Paginator(b -> b.bucket("listing").maxKeys(2)).contents().stream()
                .map(S3Object::key).toList();

        assertThat(all.contents()).extracting(S3Object::key)
                .containsExactly("a.txt", "b/1.txt", "b/2.txt", "c d+e.txt", "z.txt");
        assertThat(all.keyCount()).isEqualTo(5);
        assertThat(folders.contents()).extracting(S3Object::key).containsExactly("a.txt", "c d+e.txt", "z.txt");
        assertThat(folders.commonPrefixes()).extracting(CommonPrefix::prefix).containsExactly("b/");
        assertThat(paged).containsExactly("a.txt", "b/1.txt", "b/2.txt", "c d+e.txt", "z.txt");
        assertThat(s3.listObjectsV2(b -> b.bucket("listing").prefix("b/")).contents()).hasSize(2);
    }

    @Test
    void errorsUseS3CodesAndMessages() throws IOException {
        s3.createBucket(b -> b.bucket("errors"));

        assertThatThrownBy(() -> s3.getObject(b -> b.bucket("errors").key("missing.zip")))
                .isInstanceOfSatisfying(NoSuchKeyException.class, e -> assertThat(e.awsErrorDetails()
                        .errorMessage()).isEqualTo("The specified key does not exist."));
        assertThatThrownBy(() -> s3.putObject(b -> b.bucket("no-such-bucket").key("k"),
                RequestBody.fromBytes(text("x")))).isInstanceOf(NoSuchBucketException.class);
        HttpResponse<String> invalid = new SignedHttp(fixture.endpoint).send("PUT", "/Not_Valid", null, "s3", null,
                Clock.systemUTC());
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).startsWith("<?xml").contains("<Code>InvalidBucketName</Code>")
                .contains("<Message>The specified bucket is not valid.</Message>")
                .contains("<BucketName>Not_Valid</BucketName>");
        s3.putObject(b -> b.bucket("errors").key("k"), RequestBody.fromBytes(text("x")));
        assertThatThrownBy(() -> s3.deleteBucket(b -> b.bucket("errors")))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(409);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("BucketNotEmpty");
                });
    }

    @Test
    void recreatingAnOwnedBucketIsAllowedInUsEast1AndRefusedElsewhere() {
        s3.createBucket(b -> b.bucket("owned-east"));
        s3.createBucket(b -> b.bucket("owned-east"));
        try (S3Client west = clients.s3(Region.US_WEST_2)) {
            west.createBucket(b -> b.bucket("owned-west").createBucketConfiguration(c -> c
                    .locationConstraint("us-west-2")));

            assertThatThrownBy(() -> west.createBucket(b -> b.bucket("owned-west").createBucketConfiguration(c -> c
                    .locationConstraint("us-west-2")))).isInstanceOfSatisfying(BucketAlreadyOwnedByYouException.class,
                    e -> assertThat(e.statusCode()).isEqualTo(409));
            assertThat(west.headBucket(b -> b.bucket("owned-west")).bucketRegion()).isEqualTo("us-west-2");
        }
    }

    @Test
    void virtualHostStyleRequestsReachTheSameBuckets() {
        s3.createBucket(b -> b.bucket("virtual-host"));
        try (S3Client virtual = clients.s3VirtualHost()) {
            virtual.putObject(b -> b.bucket("virtual-host").key("nested/key.txt"), RequestBody.fromBytes(text("vh")));

            assertThat(virtual.getObjectAsBytes(b -> b.bucket("virtual-host").key("nested/key.txt")).asUtf8String())
                    .isEqualTo("vh");
            assertThat(virtual.listObjectsV2(b -> b.bucket("virtual-host")).contents()).extracting(S3Object::key)
                    .containsExactly("nested/key.txt");
        }
        assertThat(s3.getObjectAsBytes(b -> b.bucket("virtual-host").key("nested/key.txt")).asUtf8String())
                .isEqualTo("vh");
    }

    @Test
    void multipartUploadsAssembleTheirPartsInOrder() {
        s3.createBucket(b -> b.bucket("multipart"));
        byte[] first = new byte[5 * 1024 * 1024];
        Arrays.fill(first, (byte) 'a');
        byte[] last = text("the end");
        String uploadId = s3.createMultipartUpload(b -> b.bucket("multipart").key("big.zip")
                .contentType("application/zip")).uploadId();

        String etag1 = s3.uploadPart(b -> b.bucket("multipart").key("big.zip").uploadId(uploadId).partNumber(1),
                RequestBody.fromBytes(first)).eTag();
        String etag2 = s3.uploadPart(b -> b.bucket("multipart").key("big.zip").uploadId(uploadId).partNumber(2),
                RequestBody.fromBytes(last)).eTag();
        String etag = s3.completeMultipartUpload(b -> b.bucket("multipart").key("big.zip").uploadId(uploadId)
                .multipartUpload(u -> u.parts(p -> p.partNumber(1).eTag(etag1), p -> p.partNumber(2).eTag(etag2))))
                .eTag();

        ResponseBytes<GetObjectResponse> got = s3.getObjectAsBytes(b -> b.bucket("multipart").key("big.zip"));
        assertThat(got.asByteArray()).hasSize(first.length + last.length).endsWith(last).startsWith(first[0]);
        assertThat(got.response().contentType()).isEqualTo("application/zip");
        assertThat(etag).matches("\"[0-9a-f]{32}-2\"");
        assertThatThrownBy(() -> s3.uploadPart(b -> b.bucket("multipart").key("big.zip").uploadId(uploadId)
                .partNumber(3), RequestBody.fromBytes(last))).isInstanceOfSatisfying(S3Exception.class, e ->
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("NoSuchUpload"));

        String small = s3.createMultipartUpload(b -> b.bucket("multipart").key("small.zip")).uploadId();
        String tag1 = s3.uploadPart(b -> b.bucket("multipart").key("small.zip").uploadId(small).partNumber(1),
                RequestBody.fromBytes(last)).eTag();
        String tag2 = s3.uploadPart(b -> b.bucket("multipart").key("small.zip").uploadId(small).partNumber(2),
                RequestBody.fromBytes(last)).eTag();
        assertThatThrownBy(() -> s3.completeMultipartUpload(b -> b.bucket("multipart").key("small.zip")
                .uploadId(small).multipartUpload(u -> u.parts(p -> p.partNumber(1).eTag(tag1),
                        p -> p.partNumber(2).eTag(tag2))))).isInstanceOfSatisfying(S3Exception.class, e ->
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("EntityTooSmall"));
        s3.abortMultipartUpload(b -> b.bucket("multipart").key("small.zip").uploadId(small));
        assertThatThrownBy(() -> s3.getObject(b -> b.bucket("multipart").key("small.zip")))
                .isInstanceOf(NoSuchKeyException.class);
    }
}
