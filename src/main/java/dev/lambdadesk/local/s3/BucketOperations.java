package dev.lambdadesk.local.s3;

import java.util.List;

import dev.lambdadesk.local.http.ApiRequest;
import dev.lambdadesk.local.http.ApiResponse;

/** ListBuckets, CreateBucket, HeadBucket, DeleteBucket, bucket versioning and GetBucketLocation. */
final class BucketOperations {

    /** In us-east-1 S3 answers 200 to re-creating a bucket you own there (legacy behaviour); elsewhere 409. */
    private static final String LEGACY_REGION = "us-east-1";

    private final S3Storage storage;
    private final S3Responses responses;

    BucketOperations(S3Storage storage, S3Responses responses) {
        this.storage = storage;
        this.responses = responses;
    }

    ApiResponse listBuckets(ApiRequest request) {
        List<S3Xml.Bucket> buckets = storage.allBuckets().values().stream()
                .map(b -> new S3Xml.Bucket(b.name(), S3Xml.time(b.createdAt()), b.region())).toList();
        return responses.xml(new S3Xml.ListAllMyBucketsResult(S3Xml.OWNER, buckets));
    }

    ApiResponse create(ApiRequest request) {
        String name = request.pathParam("Bucket");
        String region = request.region();
        String constraint = null;
        if (request.body().length > 0) {
            constraint = responses.read(request.body(), S3Xml.CreateBucketConfiguration.class).locationConstraint();
        }
        if (constraint != null && !constraint.isEmpty() && !constraint.equals(region)) {
            throw S3Error.ILLEGAL_LOCATION_CONSTRAINT.withMessage("The " + constraint + " location constraint is "
                    + "incompatible for the region specific endpoint this request was sent to.");
        }
        if ((constraint == null || constraint.isEmpty()) && !LEGACY_REGION.equals(region)) {
            throw S3Error.ILLEGAL_LOCATION_CONSTRAINT.withMessage("The unspecified location constraint is "
                    + "incompatible for the region specific endpoint this request was sent to.");
        }
        storage.createBucket(name, region, LEGACY_REGION.equals(region));
        return ApiResponse.empty(200).withHeader("Location", "/" + name);
    }

    ApiResponse head(ApiRequest request) {
        BucketRecord bucket = storage.requireBucket(request.pathParam("Bucket"));
        return ApiResponse.empty(200).withHeader("x-amz-bucket-region", bucket.region());
    }

    ApiResponse delete(ApiRequest request) {
        storage.deleteBucket(request.pathParam("Bucket"));
        return ApiResponse.empty(204);
    }

    ApiResponse putVersioning(ApiRequest request) {
        String name = request.pathParam("Bucket");
        storage.requireBucket(name);
        String status = responses.read(request.body(), S3Xml.VersioningConfiguration.class).status();
        if (!BucketRecord.ENABLED.equals(status) && !BucketRecord.SUSPENDED.equals(status)) {
            throw S3Error.MALFORMED_XML.error();
        }
        storage.setVersioning(name, status);
        return ApiResponse.empty(200);
    }

    ApiResponse getVersioning(ApiRequest request) {
        BucketRecord bucket = storage.requireBucket(request.pathParam("Bucket"));
        return responses.xml(new S3Xml.VersioningConfiguration(bucket.versioning(), null));
    }

    ApiResponse getLocation(ApiRequest request) {
        BucketRecord bucket = storage.requireBucket(request.pathParam("Bucket"));
        return responses.xml(new S3Xml.LocationConstraint(LEGACY_REGION.equals(bucket.region()) ? null
                : bucket.region()));
    }
}
