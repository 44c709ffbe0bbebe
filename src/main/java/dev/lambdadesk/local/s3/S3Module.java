package dev.lambdadesk.local.s3;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.lambdadesk.local.http.PathTemplate;
import dev.lambdadesk.local.http.Route;
import dev.lambdadesk.local.http.RouteHandler;
import dev.lambdadesk.local.http.RouteMatch;
import dev.lambdadesk.local.http.Router;
import dev.lambdadesk.local.http.ServiceModule;
import dev.lambdadesk.local.http.WireProtocol;
import dev.lambdadesk.local.s3.S3Addressing.Level;
import dev.lambdadesk.local.sigv4.ReceivedRequest;

/**
 * S3 (REST-XML) on the endpoint's port, path style and virtual-host style: buckets, versioning, objects and
 * listings. Operations are chosen by method, by what the path addresses (service, bucket, object) and by the
 * sub-resource in the query ({@code ?versioning}, {@code ?versions}, {@code ?location}); sub-resources the endpoint
 * does not implement answer NotImplemented instead of reaching the plain operation.
 */
public final class S3Module implements ServiceModule {

    public static final String SIGNING_NAME = "s3";
    /** Room for aws-chunked framing around the largest object. */
    private static final long MAX_PUT_BODY_BYTES = S3Storage.MAX_OBJECT_BYTES + 8L * 1024 * 1024;
    private static final long MAX_CONFIGURATION_BYTES = 64L * 1024;
    private static final Set<String> SUBRESOURCES = Set.of("acl", "accelerate", "analytics", "attributes", "cors",
            "delete", "encryption", "intelligent-tiering", "inventory", "legal-hold", "lifecycle", "location",
            "logging", "metrics", "notification", "object-lock", "ownershipControls", "partNumber", "policy",
            "policyStatus", "publicAccessBlock", "replication", "requestPayment", "restore", "retention", "select",
            "tagging", "torrent", "uploadId", "uploads", "versioning", "versions", "website");

    private record S3Route(Route route, Level level, String subresource) {
    }

    private final S3Storage storage;
    private final MultipartOperations multipart;
    private final S3Protocol protocol = new S3Protocol();
    private final Router router = new Router(MAX_CONFIGURATION_BYTES);
    private final List<S3Route> routes = new ArrayList<>();

    public S3Module(S3Storage storage) {
        this.storage = storage;
        S3Responses responses = new S3Responses();
        BucketOperations buckets = new BucketOperations(storage, responses);
        ObjectOperations objects = new ObjectOperations(storage);
        ListingOperations listings = new ListingOperations(storage, responses);
        this.multipart = new MultipartOperations(storage, responses);
        CopyOperations copies = new CopyOperations(storage, responses);
        AttributeOperations attributes = new AttributeOperations(storage, responses);
        add("GET", Level.SERVICE, null, "ListBuckets", buckets::listBuckets);
        add("PUT", Level.BUCKET, "versioning", "PutBucketVersioning", buckets::putVersioning);
        add("GET", Level.BUCKET, "versioning", "GetBucketVersioning", buckets::getVersioning);
        add("GET", Level.BUCKET, "location", "GetBucketLocation", buckets::getLocation);
        add("GET", Level.BUCKET, "versions", "ListObjectVersions", listings::listVersions);
        add("PUT", Level.BUCKET, null, "CreateBucket", buckets::create);
        add("HEAD", Level.BUCKET, null, "HeadBucket", buckets::head);
        add("DELETE", Level.BUCKET, null, "DeleteBucket", buckets::delete);
        add("GET", Level.BUCKET, null, "ListObjects", listings::listObjects);
        add("POST", Level.OBJECT, "uploads", "CreateMultipartUpload", multipart::create);
        add("PUT", Level.OBJECT, "uploadId", "UploadPart", MAX_PUT_BODY_BYTES, multipart::uploadPart);
        add("POST", Level.OBJECT, "uploadId", "CompleteMultipartUpload", MAX_CONFIGURATION_BYTES * 16,
                multipart::complete);
        add("DELETE", Level.OBJECT, "uploadId", "AbortMultipartUpload", multipart::abort);
        add("GET", Level.OBJECT, "uploadId", "ListParts", multipart::listParts);
        add("GET", Level.OBJECT, "attributes", "GetObjectAttributes", attributes::get);
        add("PUT", Level.OBJECT, null, "PutObject", MAX_PUT_BODY_BYTES,
                request -> CopySource.requested(request) ? copies.copyObject(request) : objects.put(request));
        add("GET", Level.OBJECT, null, "GetObject", objects::get);
        add("HEAD", Level.OBJECT, null, "HeadObject", objects::head);
        add("DELETE", Level.OBJECT, null, "DeleteObject", objects::delete);
        routes.forEach(r -> router.add(r.route().method(), r.route().template().toString(), r.route().operation(),
                r.route().maxBodyBytes(), r.route().handler()));
    }

    private void add(String method, Level level, String subresource, String operation, RouteHandler handler) {
        add(method, level, subresource, operation, MAX_CONFIGURATION_BYTES, handler);
    }

    private void add(String method, Level level, String subresource, String operation, long maxBodyBytes,
                     RouteHandler handler) {
        routes.add(new S3Route(new Route(method, template(level), operation, maxBodyBytes, handler), level,
                subresource));
    }

    private static PathTemplate template(Level level) {
        return PathTemplate.of(switch (level) {
            case SERVICE -> "/";
            case BUCKET -> "/{Bucket}";
            case OBJECT -> "/{Bucket}/{Key+}";
        });
    }

    public S3Storage storage() {
        return storage;
    }

    @Override
    public String signingName() {
        return SIGNING_NAME;
    }

    @Override
    public Router router() {
        return router;
    }

    @Override
    public Optional<RouteMatch> route(ReceivedRequest request) {
        Optional<S3Addressing> target = S3Addressing.of(request);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> subresource = request.query().keySet().stream().filter(SUBRESOURCES::contains).findFirst();
        for (S3Route candidate : routes) {
            if (candidate.route().method().equals(request.method()) && candidate.level() == target.get().level()
                    && (candidate.subresource() == null ? subresource.isEmpty()
                    : request.query().containsKey(candidate.subresource()))) {
                Map<String, String> params = new LinkedHashMap<>();
                if (target.get().bucket() != null) {
                    params.put("Bucket", target.get().bucket());
                }
                if (target.get().key() != null) {
                    params.put("Key", target.get().key());
                }
                return Optional.of(new RouteMatch(candidate.route(), params));
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean doubleEncodesPath() {
        return false;
    }

    @Override
    public boolean claimsUnsigned(ReceivedRequest request) {
        return S3Addressing.virtualHostBucket(request.header("Host").orElse("")).isPresent()
                || request.header("x-amz-content-sha256").isPresent();
    }

    @Override
    public WireProtocol protocol() {
        return protocol;
    }

    @Override
    public Set<String> referencedBlobs() {
        Set<String> referenced = new HashSet<>(storage.referencedBlobs());
        referenced.addAll(multipart.referencedBlobs());
        return referenced;
    }
}
