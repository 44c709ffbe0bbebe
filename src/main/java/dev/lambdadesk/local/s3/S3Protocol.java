package dev.lambdadesk.local.s3;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.ser.ToXmlGenerator;

import dev.lambdadesk.local.http.ApiException;
import dev.lambdadesk.local.http.ApiResponse;
import dev.lambdadesk.local.http.NamespacedXml;
import dev.lambdadesk.local.http.Route;
import dev.lambdadesk.local.http.WireProtocol;
import dev.lambdadesk.local.sigv4.AuthFailure;
import dev.lambdadesk.local.sigv4.ReceivedRequest;

/**
 * S3's REST-XML: {@code <Error>} documents with S3's own codes, and the request ids S3 puts on every answer
 * ({@code x-amz-request-id}, {@code x-amz-id-2}).
 */
final class S3Protocol implements WireProtocol {

    /** S3 subresources this endpoint does not serve. */
    private static final Set<String> UNIMPLEMENTED_SUBRESOURCES = Set.of("acl", "policy", "policyStatus", "cors",
            "lifecycle", "tagging", "website", "logging", "notification", "replication", "encryption", "accelerate",
            "requestPayment", "object-lock", "retention", "legal-hold", "torrent", "select", "restore", "inventory",
            "analytics", "metrics", "ownershipControls", "intelligent-tiering", "publicAccessBlock");

    private final XmlMapper errorMapper = NamespacedXml.plainMapper();

    S3Protocol() {
        errorMapper.configure(ToXmlGenerator.Feature.WRITE_XML_DECLARATION, true);
    }

    @Override
    public ApiException authError(AuthFailure failure) {
        return switch (failure.kind()) {
            case MISSING -> S3Error.ACCESS_DENIED.error();
            case MALFORMED -> S3Error.AUTHORIZATION_HEADER_MALFORMED.withMessage(failure.message());
            case UNKNOWN_KEY -> S3Error.INVALID_ACCESS_KEY_ID.error();
            case EXPIRED -> S3Error.REQUEST_TIME_TOO_SKEWED.error();
            case BAD_SIGNATURE -> S3Error.SIGNATURE_DOES_NOT_MATCH.withMessage(failure.message());
        };
    }

    /**
     * A subresource this endpoint lacks (?acl, ?policy...) is "not implemented"; anything else is a method the
     * resource does not take, as S3 answers it.
     */
    @Override
    public ApiException unknownOperation(ReceivedRequest request) {
        return request.query().keySet().stream().anyMatch(UNIMPLEMENTED_SUBRESOURCES::contains)
                ? S3Error.NOT_IMPLEMENTED.error() : S3Error.METHOD_NOT_ALLOWED.error();
    }

    @Override
    public ApiException requestTooLarge(Route route) {
        return S3Error.ENTITY_TOO_LARGE.with("MaxSizeAllowed", Long.toString(S3Storage.MAX_OBJECT_BYTES));
    }

    @Override
    public ApiException malformedPayload(String message) {
        return S3Error.INCOMPLETE_BODY.withMessage(message);
    }

    @Override
    public ApiException internalError() {
        return S3Error.INTERNAL_ERROR.error();
    }

    @Override
    public ApiResponse render(ApiException error, String requestId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("Code", error.code());
        body.put("Message", error.getMessage());
        body.putAll(error.members());
        body.put("RequestId", requestId);
        body.put("HostId", hostId(requestId));
        try {
            return ApiResponse.bytes(error.status(), "application/xml",
                    errorMapper.writer().withRootName("Error").writeValueAsBytes(body));
        } catch (IOException e) {
            throw new IllegalStateException("Writing an S3 error failed", e);
        }
    }

    @Override
    public ApiResponse stamp(ApiResponse response, String requestId) {
        return response.withHeader("x-amz-request-id", requestId).withHeader("x-amz-id-2", hostId(requestId));
    }

    /** S3's extended request id; one per request, the same in the header and in an error's HostId. */
    private static String hostId(String requestId) {
        return Base64.getEncoder().encodeToString(requestId.getBytes(StandardCharsets.US_ASCII));
    }
}
