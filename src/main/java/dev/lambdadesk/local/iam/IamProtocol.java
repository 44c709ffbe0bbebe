package dev.lambdadesk.local.iam;

import java.io.IOException;

import com.fasterxml.jackson.dataformat.xml.XmlMapper;

import dev.lambdadesk.local.http.ApiException;
import dev.lambdadesk.local.http.ApiResponse;
import dev.lambdadesk.local.http.Route;
import dev.lambdadesk.local.http.WireProtocol;
import dev.lambdadesk.local.sigv4.AuthFailure;
import dev.lambdadesk.local.sigv4.ReceivedRequest;

/** IAM's Query protocol: {@code <ErrorResponse>} documents with a Sender/Receiver type, in IAM's namespace. */
final class IamProtocol implements WireProtocol {

    private final XmlMapper xml;

    IamProtocol(XmlMapper xml) {
        this.xml = xml;
    }

    @Override
    public ApiException authError(AuthFailure failure) {
        IamError error = switch (failure.kind()) {
            case MISSING -> IamError.MISSING_AUTHENTICATION_TOKEN;
            case MALFORMED -> IamError.INCOMPLETE_SIGNATURE;
            case UNKNOWN_KEY -> IamError.INVALID_CLIENT_TOKEN_ID;
            case EXPIRED, BAD_SIGNATURE -> IamError.SIGNATURE_DOES_NOT_MATCH;
        };
        String message = failure.kind() == AuthFailure.Kind.MISSING
                ? "Request is missing Authentication Token" : failure.message();
        return error.withMessage(message);
    }

    @Override
    public ApiException unknownOperation(ReceivedRequest request) {
        return IamError.INVALID_ACTION.withMessage("Could not find operation for " + request.method() + " "
                + request.rawPath());
    }

    @Override
    public ApiException requestTooLarge(Route route) {
        return IamError.REQUEST_TOO_LARGE.withMessage("Request must be smaller than " + route.maxBodyBytes()
                + " bytes.");
    }

    @Override
    public ApiException internalError() {
        return IamError.SERVICE_FAILURE.withMessage("An internal error occurred in the local endpoint.");
    }

    @Override
    public ApiResponse render(ApiException error, String requestId) {
        String type = error.status() >= 500 ? "Receiver" : "Sender";
        try {
            return ApiResponse.xml(error.status(), xml.writeValueAsBytes(new IamXml.ErrorResponse(
                    new IamXml.Error(type, error.code(), error.getMessage()), requestId)));
        } catch (IOException e) {
            throw new IllegalStateException("Writing an IAM error failed", e);
        }
    }
}
