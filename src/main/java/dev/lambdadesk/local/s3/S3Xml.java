package dev.lambdadesk.local.s3;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlText;

/** S3's REST-XML documents, written and read by Jackson XML in S3's namespace. */
final class S3Xml {

    static final String NAMESPACE = "http://s3.amazonaws.com/doc/2006-03-01/";
    /** The canonical user id of the endpoint's single account. */
    static final Owner OWNER = new Owner("75aa57f09aa0c8caeab4f8c24e99d10f8e7faeebf76c078efc7c6caea54ba06a",
            "lambdadesk");

    private static final DateTimeFormatter XML_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private S3Xml() {
    }

    static String time(long epochMillis) {
        return XML_TIME.format(Instant.ofEpochMilli(epochMillis));
    }

    record Owner(@JacksonXmlProperty(localName = "ID") String id,
                 @JacksonXmlProperty(localName = "DisplayName") String displayName) {
    }

    record Bucket(@JacksonXmlProperty(localName = "Name") String name,
                  @JacksonXmlProperty(localName = "CreationDate") String creationDate,
                  @JacksonXmlProperty(localName = "BucketRegion") String bucketRegion) {
    }

    @JacksonXmlRootElement(localName = "ListAllMyBucketsResult")
    @JsonPropertyOrder({"Owner", "Buckets"})
    record ListAllMyBucketsResult(@JacksonXmlProperty(localName = "Owner") Owner owner,
                                  @JacksonXmlElementWrapper(localName = "Buckets")
                                  @JacksonXmlProperty(localName = "Bucket") List<Bucket> buckets) {
    }

    @JacksonXmlRootElement(localName = "VersioningConfiguration")
    record VersioningConfiguration(@JacksonXmlProperty(localName = "Status") String status,
                                   @JacksonXmlProperty(localName = "MfaDelete") String mfaDelete) {
    }

    @JacksonXmlRootElement(localName = "CreateBucketConfiguration")
    record CreateBucketConfiguration(@JacksonXmlProperty(localName = "LocationConstraint")
                                     String locationConstraint) {
    }

    @JacksonXmlRootElement(localName = "LocationConstraint")
    record LocationConstraint(@JacksonXmlText String value) {
    }

    record CommonPrefix(@JacksonXmlProperty(localName = "Prefix") String prefix) {
    }

    record Contents(@JacksonXmlProperty(localName = "Key") String key,
                    @JacksonXmlProperty(localName = "LastModified") String lastModified,
                    @JacksonXmlProperty(localName = "ETag") String etag,
                    @JacksonXmlProperty(localName = "Size") long size,
                    @JacksonXmlProperty(localName = "StorageClass") String storageClass,
                    @JacksonXmlProperty(localName = "Owner") Owner owner) {
    }

    /** ListObjects (V1: Marker/NextMarker) and ListObjectsV2 (KeyCount, continuation tokens). */
    @JacksonXmlRootElement(localName = "ListBucketResult")
    @JsonPropertyOrder({"Name", "Prefix", "Marker", "NextMarker", "ContinuationToken", "NextContinuationToken",
            "StartAfter", "KeyCount", "MaxKeys", "Delimiter", "EncodingType", "IsTruncated", "Contents",
            "CommonPrefixes"})
    record ListBucketResult(@JacksonXmlProperty(localName = "Name") String name,
                            @JacksonXmlProperty(localName = "Prefix") String prefix,
                            @JacksonXmlProperty(localName = "Marker") String marker,
                            @JacksonXmlProperty(localName = "NextMarker") String nextMarker,
                            @JacksonXmlProperty(localName = "ContinuationToken") String continuationToken,
                            @JacksonXmlProperty(localName = "NextContinuationToken") String nextContinuationToken,
                            @JacksonXmlProperty(localName = "StartAfter") String startAfter,
                            @JacksonXmlProperty(localName = "KeyCount") Integer keyCount,
                            @JacksonXmlProperty(localName = "MaxKeys") int maxKeys,
                            @JacksonXmlProperty(localName = "Delimiter") String delimiter,
                            @JacksonXmlProperty(localName = "EncodingType") String encodingType,
                            @JacksonXmlProperty(localName = "IsTruncated") boolean truncated,
                            @JacksonXmlElementWrapper(useWrapping = false)
                            @JacksonXmlProperty(localName = "Contents") List<Contents> contents,
                            @JacksonXmlElementWrapper(useWrapping = false)
                            @JacksonXmlProperty(localName = "CommonPrefixes") List<CommonPrefix> commonPrefixes) {
    }

    record Version(@JacksonXmlProperty(localName = "Key") String key,
                   @JacksonXmlProperty(localName = "VersionId") String versionId,
                   @JacksonXmlProperty(localName = "IsLatest") boolean latest,
                   @JacksonXmlProperty(localName = "LastModified") String lastModified,
                   @JacksonXmlProperty(localName = "ETag") String etag,
                   @JacksonXmlProperty(localName = "Size") long size,
                   @JacksonXmlProperty(localName = "StorageClass") String storageClass,
                   @JacksonXmlProperty(localName = "Owner") Owner owner) {
    }

    record DeleteMarker(@JacksonXmlProperty(localName = "Key") String key,
                        @JacksonXmlProperty(localName = "VersionId") String versionId,
                        @JacksonXmlProperty(localName = "IsLatest") boolean latest,
                        @JacksonXmlProperty(localName = "LastModified") String lastModified,
                        @JacksonXmlProperty(localName = "Owner") Owner owner) {
    }

    @JacksonXmlRootElement(localName = "ListVersionsResult")
    @JsonPropertyOrder({"Name", "Prefix", "KeyMarker", "VersionIdMarker", "NextKeyMarker", "NextVersionIdMarker",
            "MaxKeys", "Delimiter", "EncodingType", "IsTruncated", "Version", "DeleteMarker", "CommonPrefixes"})
    record ListVersionsResult(@JacksonXmlProperty(localName = "Name") String name,
                              @JacksonXmlProperty(localName = "Prefix") String prefix,
                              @JacksonXmlProperty(localName = "KeyMarker") String keyMarker,
                              @JacksonXmlProperty(localName = "VersionIdMarker") String versionIdMarker,
                              @JacksonXmlProperty(localName = "NextKeyMarker") String nextKeyMarker,
                              @JacksonXmlProperty(localName = "NextVersionIdMarker") String nextVersionIdMarker,
                              @JacksonXmlProperty(localName = "MaxKeys") int maxKeys,
                              @JacksonXmlProperty(localName = "Delimiter") String delimiter,
                              @JacksonXmlProperty(localName = "EncodingType") String encodingType,
                              @JacksonXmlProperty(localName = "IsTruncated") boolean truncated,
                              @JacksonXmlElementWrapper(useWrapping = false)
                              @JacksonXmlProperty(localName = "Version") List<Version> versions,
                              @JacksonXmlElementWrapper(useWrapping = false)
                              @JacksonXmlProperty(localName = "DeleteMarker") List<DeleteMarker> deleteMarkers,
                              @JacksonXmlElementWrapper(useWrapping = false)
                              @JacksonXmlProperty(localName = "CommonPrefixes") List<CommonPrefix> commonPrefixes) {
    }

    @JacksonXmlRootElement(localName = "InitiateMultipartUploadResult")
    @JsonPropertyOrder({"Bucket", "Key", "UploadId"})
    record InitiateMultipartUploadResult(@JacksonXmlProperty(localName = "Bucket") String bucket,
                                         @JacksonXmlProperty(localName = "Key") String key,
                                         @JacksonXmlProperty(localName = "UploadId") String uploadId) {
    }

    /** The flexible checksums a document carries, one element per algorithm; absent ones are left out. */
    @JsonPropertyOrder({"ChecksumCRC32", "ChecksumCRC32C", "ChecksumCRC64NVME", "ChecksumSHA1", "ChecksumSHA256",
            "ChecksumType"})
    record Checksums(@JacksonXmlProperty(localName = "ChecksumCRC32") String crc32,
                     @JacksonXmlProperty(localName = "ChecksumCRC32C") String crc32c,
                     @JacksonXmlProperty(localName = "ChecksumCRC64NVME") String crc64nvme,
                     @JacksonXmlProperty(localName = "ChecksumSHA1") String sha1,
                     @JacksonXmlProperty(localName = "ChecksumSHA256") String sha256,
                     @JacksonXmlProperty(localName = "ChecksumType") String type) {

        static final Checksums NONE = new Checksums(null, null, null, null, null, null);

        /** The elements of {@code byAlgorithm}, with their type when {@code withType}. */
        static Checksums of(Map<String, String> byAlgorithm, boolean withType) {
            String type = !withType || byAlgorithm.isEmpty() ? null
                    : ObjectChecksums.type(byAlgorithm.values().iterator().next());
            return new Checksums(byAlgorithm.get("CRC32"), byAlgorithm.get("CRC32C"), byAlgorithm.get("CRC64NVME"),
                    byAlgorithm.get("SHA1"), byAlgorithm.get("SHA256"), type);
        }

        /** The checksums by algorithm name. */
        Map<String, String> byAlgorithm() {
            Map<String, String> all = new LinkedHashMap<>();
            putIfPresent(all, "CRC32", crc32);
            putIfPresent(all, "CRC32C", crc32c);
            putIfPresent(all, "CRC64NVME", crc64nvme);
            putIfPresent(all, "SHA1", sha1);
            putIfPresent(all, "SHA256", sha256);
            return all;
        }

        private static void putIfPresent(Map<String, String> all, String name, String value) {
            if (value != null) {
                all.put(name, value);
            }
        }
    }

    @JsonPropertyOrder({"PartNumber", "ETag"})
    record CompletedPart(@JacksonXmlProperty(localName = "PartNumber") int partNumber,
                         @JacksonXmlProperty(localName = "ETag") String etag,
                         @JacksonXmlProperty(localName = "ChecksumCRC32") String crc32,
                         @JacksonXmlProperty(localName = "ChecksumCRC32C") String crc32c,
                         @JacksonXmlProperty(localName = "ChecksumCRC64NVME") String crc64nvme,
                         @JacksonXmlProperty(localName = "ChecksumSHA1") String sha1,
                         @JacksonXmlProperty(localName = "ChecksumSHA256") String sha256) {

        Map<String, String> checksums() {
            return new Checksums(crc32, crc32c, crc64nvme, sha1, sha256, null).byAlgorithm();
        }
    }

    @JacksonXmlRootElement(localName = "CompleteMultipartUpload")
    record CompleteMultipartUpload(@JacksonXmlElementWrapper(useWrapping = false)
                                   @JacksonXmlProperty(localName = "Part") List<CompletedPart> parts) {
    }

    @JacksonXmlRootElement(localName = "CompleteMultipartUploadResult")
    @JsonPropertyOrder({"Location", "Bucket", "Key", "ETag"})
    record CompleteMultipartUploadResult(@JacksonXmlProperty(localName = "Location") String location,
                                         @JacksonXmlProperty(localName = "Bucket") String bucket,
                                         @JacksonXmlProperty(localName = "Key") String key,
                                         @JacksonXmlProperty(localName = "ETag") String etag,
                                         @JsonUnwrapped Checksums checksums) {
    }

    @JsonPropertyOrder({"PartNumber", "LastModified", "ETag", "Size"})
    record Part(@JacksonXmlProperty(localName = "PartNumber") int partNumber,
                @JacksonXmlProperty(localName = "LastModified") String lastModified,
                @JacksonXmlProperty(localName = "ETag") String etag,
                @JacksonXmlProperty(localName = "Size") long size,
                @JsonUnwrapped Checksums checksums) {
    }

    @JacksonXmlRootElement(localName = "ListPartsResult")
    @JsonPropertyOrder({"Bucket", "Key", "UploadId", "PartNumberMarker", "NextPartNumberMarker", "MaxParts",
            "IsTruncated", "Part", "Initiator", "Owner", "StorageClass", "ChecksumAlgorithm", "ChecksumType"})
    record ListPartsResult(@JacksonXmlProperty(localName = "Bucket") String bucket,
                           @JacksonXmlProperty(localName = "Key") String key,
                           @JacksonXmlProperty(localName = "UploadId") String uploadId,
                           @JacksonXmlProperty(localName = "PartNumberMarker") int partNumberMarker,
                           @JacksonXmlProperty(localName = "NextPartNumberMarker") Integer nextPartNumberMarker,
                           @JacksonXmlProperty(localName = "MaxParts") int maxParts,
                           @JacksonXmlProperty(localName = "IsTruncated") boolean truncated,
                           @JacksonXmlElementWrapper(useWrapping = false)
                           @JacksonXmlProperty(localName = "Part") List<Part> parts,
                           @JacksonXmlProperty(localName = "Initiator") Owner initiator,
                           @JacksonXmlProperty(localName = "Owner") Owner owner,
                           @JacksonXmlProperty(localName = "StorageClass") String storageClass,
                           @JacksonXmlProperty(localName = "ChecksumAlgorithm") String checksumAlgorithm,
                           @JacksonXmlProperty(localName = "ChecksumType") String checksumType) {
    }

    @JacksonXmlRootElement(localName = "CopyObjectResult")
    @JsonPropertyOrder({"ETag", "LastModified"})
    record CopyObjectResult(@JacksonXmlProperty(localName = "ETag") String etag,
                            @JacksonXmlProperty(localName = "LastModified") String lastModified,
                            @JsonUnwrapped Checksums checksums) {
    }

    @JacksonXmlRootElement(localName = "CopyPartResult")
    @JsonPropertyOrder({"ETag", "LastModified"})
    record CopyPartResult(@JacksonXmlProperty(localName = "ETag") String etag,
                          @JacksonXmlProperty(localName = "LastModified") String lastModified,
                          @JsonUnwrapped Checksums checksums) {
    }

    record ObjectParts(@JacksonXmlProperty(localName = "PartsCount") int totalPartsCount) {
    }

    @JacksonXmlRootElement(localName = "GetObjectAttributesResponse")
    @JsonPropertyOrder({"ETag", "Checksum", "ObjectParts", "StorageClass", "ObjectSize"})
    record GetObjectAttributesResponse(@JacksonXmlProperty(localName = "ETag") String etag,
                                       @JacksonXmlProperty(localName = "Checksum") Checksums checksum,
                                       @JacksonXmlProperty(localName = "ObjectParts") ObjectParts objectParts,
                                       @JacksonXmlProperty(localName = "StorageClass") String storageClass,
                                       @JacksonXmlProperty(localName = "ObjectSize") Long objectSize) {
    }
}
