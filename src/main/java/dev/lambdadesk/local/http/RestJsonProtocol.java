package dev.lambdadesk.local.http;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.lambdadesk.local.sigv4.AuthFailure;
import dev.lambdadesk.local.sigv4.ReceivedRequest;

/**
 * The REST-JSON protocol of Lambda and Signer: errors are JSON bodies with the code in {@code x-amzn-ErrorType}
 * and in one body member ({@code __type} for Lambda, {@code code} for Signer); authentication failures use the
 * codes API Gateway-fronted services share.
 */
public final class RestJsonProtocol implements WireProtocol {

    private final String service;
    private final String codeMember;
    private final ObjectMapper mapper;
    private final ApiException internalError;

    /**
     * @param service       the service's name in messages ("Lambda")
     * @param codeMember    the body member that repeats the error code
     * @param internalError the service's own answer to an unexpected failure
     */
    public RestJsonProtocol(String service, String codeMember, ObjectMapper mapper, ApiException internalError) {
        this.service = service;
        this.codeMember = codeMember;
        this.mapper = mapper;
        this.internalError = internalError;
    }

    @Override
    public ApiException authError(AuthFailure failure) {
        return switch (failure.kind()) {
            case MISSING -> new ApiException(403, "MissingAuthenticationTokenException", failure.message());
            case MALFORMED -> new ApiException(400, "IncompleteSignatureException", failure.message());
            case UNKNOWN_KEY -> new ApiException(403, "UnrecognizedClientException", failure.message());
            case EXPIRED, BAD_SIGNATURE -> new ApiException(403, "InvalidSignatureException", failure.message());
        };
    }

    @Override
    public ApiException unknownOperation(ReceivedRequest request) {
        return new ApiException(404, "UnknownOperationException", "No " + service + " operation answers "
                + request.method() + " " + request.rawPath() + " on the local endpoint.");
    }

    @Override
    public ApiException requestTooLarge(Route route) {
        return new ApiException(413, "RequestEntityTooLargeException", "Request must be smaller than "
                + route.maxBodyBytes() + " bytes for the " + route.operation() + " operation");
    }

    @Override
    public ApiException internalError() {
        return internalError;
    }

    @Override
    public ApiResponse render(ApiException error, String requestId) {
        Map<String, Object> body = new LinkedHashMap<>(error.members());
        body.put(codeMember, error.code());
        try {
            return ApiResponse.json(error.status(), mapper.writeValueAsBytes(body))
                    .withHeader("x-amzn-ErrorType", error.code());
        } catch (IOException e) {
            throw new IllegalStateException("Writing an error body failed", e);
        }
    }
}
