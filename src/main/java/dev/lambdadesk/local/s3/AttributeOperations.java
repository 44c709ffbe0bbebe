package dev.lambdadesk.local.s3;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import dev.lambdadesk.local.http.ApiRequest;
import dev.lambdadesk.local.http.ApiResponse;

/** GetObjectAttributes: the attributes named in {@code x-amz-object-attributes}, without the object's bytes. */
final class AttributeOperations {

    private static final Set<String> KNOWN = Set.of("ETAG", "CHECKSUM", "OBJECTPARTS", "STORAGECLASS", "OBJECTSIZE");

    private final S3Storage storage;
    private final S3Responses responses;

    AttributeOperations(S3Storage storage, S3Responses responses) {
        this.storage = storage;
        this.responses = responses;
    }

    ApiResponse get(ApiRequest request) {
        Set<String> wanted = request.received().headers().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase("x-amz-object-attributes"))
                .flatMap(e -> e.getValue().stream()).flatMap(v -> Arrays.stream(v.split(",")))
                .map(v -> v.trim().toUpperCase(Locale.ROOT)).filter(v -> !v.isEmpty()).collect(Collectors.toSet());
        if (wanted.isEmpty() || !KNOWN.containsAll(wanted)) {
            throw S3Error.INVALID_ARGUMENT.withMessage("Invalid attribute name specified.");
        }
        ObjectRecord object = storage.find(request.pathParam("Bucket"), request.pathParam("Key"),
                request.query("versionId").orElse(null));
        String etag = MultipartCompletion.unquoted(object.etag());
        int dash = etag.indexOf('-');
        S3Xml.ObjectParts parts = dash < 0 || !wanted.contains("OBJECTPARTS") ? null
                : new S3Xml.ObjectParts(Integer.parseInt(etag.substring(dash + 1)));
        S3Xml.Checksums checksum = !wanted.contains("CHECKSUM") || object.checksums().isEmpty() ? null
                : S3Xml.Checksums.of(object.checksums(), true);
        ApiResponse response = responses.xml(new S3Xml.GetObjectAttributesResponse(
                wanted.contains("ETAG") ? etag : null, checksum, parts,
                wanted.contains("STORAGECLASS") ? "STANDARD" : null,
                wanted.contains("OBJECTSIZE") ? object.size() : null))
                .withHeader("Last-Modified", S3Responses.httpDate(object.lastModified()));
        return object.isNullVersion() ? response : response.withHeader("x-amz-version-id", object.versionId());
    }
}
