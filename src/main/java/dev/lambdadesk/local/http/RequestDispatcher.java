package dev.lambdadesk.local.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import dev.lambdadesk.local.sigv4.AuthFailure;
import dev.lambdadesk.local.sigv4.MalformedPayloadException;
import dev.lambdadesk.local.sigv4.ReceivedRequest;
import dev.lambdadesk.local.sigv4.SigV4Exception;
import dev.lambdadesk.local.sigv4.SigV4Verifier;
import dev.lambdadesk.local.sigv4.SignatureClaim;
import dev.lambdadesk.local.sigv4.SignatureClaims;

/**
 * Takes every request: reads the SigV4 claim, picks the service by the claim's scope, routes by method and path,
 * reads the body within the route's limit, verifies the signature and runs the operation. Every answer carries
 * {@code x-amzn-RequestId}.
 */
public final class RequestDispatcher implements HttpHandler {

    private static final Logger LOG = Logger.getLogger(RequestDispatcher.class.getName());
    private static final long MAX_DRAINED_BYTES = 256L * 1024 * 1024;

    private final Map<String, ServiceModule> modules;
    private final ServiceModule fallback;
    private final SigV4Verifier verifier;

    /** {@code modules} by signing name; the first one answers requests no module claims. */
    public RequestDispatcher(List<ServiceModule> modules, SigV4Verifier verifier) {
        this.modules = modules.stream().collect(Collectors.toMap(ServiceModule::signingName, m -> m, (a, b) -> a,
                LinkedHashMap::new));
        this.fallback = modules.get(0);
        this.verifier = verifier;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String requestId = UUID.randomUUID().toString();
        long started = System.nanoTime();
        ApiResponse response;
        try {
            response = dispatch(exchange, requestId);
        } catch (IOException e) {
            LOG.log(Level.FINE, "Reading a request failed", e);
            exchange.close();
            return;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Unexpected failure answering " + exchange.getRequestMethod() + " "
                    + exchange.getRequestURI().getRawPath(), e);
            response = refuse(fallback.protocol(), fallback.protocol().internalError(), requestId);
        }
        send(exchange, response, requestId);
        if (LOG.isLoggable(Level.FINE)) {
            LOG.fine(String.format("%s %s -> %d in %d us", exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath(), response.status(), (System.nanoTime() - started) / 1000));
        }
    }

    private ApiResponse dispatch(HttpExchange exchange, String requestId) throws IOException {
        ReceivedRequest head = new ReceivedRequest(exchange.getRequestMethod(),
                exchange.getRequestURI().getRawPath(),
                UriCodec.parseQuery(exchange.getRequestURI().getRawQuery(), false),
                exchange.getRequestHeaders(), new byte[0]);
        Optional<SignatureClaim> claim;
        try {
            claim = SignatureClaims.parse(head);
        } catch (SigV4Exception e) {
            WireProtocol protocol = unsignedModule(head).protocol();
            return refuse(protocol, protocol.authError(e.failure()), requestId);
        }
        if (claim.isEmpty()) {
            WireProtocol protocol = unsignedModule(head).protocol();
            return refuse(protocol, protocol.authError(new AuthFailure(AuthFailure.Kind.MISSING,
                    "Missing Authentication Token")), requestId);
        }
        ServiceModule module = modules.get(claim.get().service());
        if (module == null) {
            WireProtocol protocol = unsignedModule(head).protocol();
            return refuse(protocol, protocol.unknownOperation(head), requestId);
        }
        WireProtocol protocol = module.protocol();
        Optional<RouteMatch> match = module.route(head);
        if (match.isEmpty()) {
            return refuse(protocol, protocol.unknownOperation(head), requestId);
        }
        Route route = match.get().route();
        Optional<byte[]> body;
        try {
            body = readBody(exchange, route.maxBodyBytes());
        } catch (IOException e) {
            // The client said more bytes than it sent (or the connection broke mid-body); answer if it still listens.
            exchange.getResponseHeaders().set("Connection", "close");
            return refuse(protocol, protocol.incompleteBody(), requestId);
        }
        if (body.isEmpty()) {
            return refuse(protocol, protocol.requestTooLarge(route), requestId);
        }
        ReceivedRequest received = new ReceivedRequest(head.method(), head.rawPath(), head.query(), head.headers(),
                body.get());
        try {
            verifier.verify(received, claim.get(), module.doubleEncodesPath());
            received = verifier.decodePayload(received, claim.get());
        } catch (SigV4Exception e) {
            return refuse(protocol, protocol.authError(e.failure()), requestId);
        } catch (MalformedPayloadException e) {
            return refuse(protocol, protocol.malformedPayload(e.getMessage()), requestId);
        }
        ApiRequest request = new ApiRequest(requestId, claim.get().region(), route.operation(), received,
                match.get().pathParams());
        try {
            return protocol.stamp(route.handler().handle(request), requestId);
        } catch (ApiException e) {
            return refuse(protocol, e, requestId);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, route.operation() + " failed unexpectedly", e);
            return refuse(protocol, protocol.internalError(), requestId);
        }
    }

    private static ApiResponse refuse(WireProtocol protocol, ApiException error, String requestId) {
        return protocol.stamp(protocol.render(error, requestId), requestId);
    }

    private ServiceModule unsignedModule(ReceivedRequest request) {
        return modules.values().stream().filter(m -> m.claimsUnsigned(request)).findFirst().orElse(fallback);
    }

    /**
     * The body, or empty when it is larger than {@code limit}: then it is not kept, only drained (up to a bound) so
     * that the client, which may still be sending, reads the refusal instead of a reset connection.
     */
    private static Optional<byte[]> readBody(HttpExchange exchange, long limit) throws IOException {
        OptionalLong declared = contentLength(exchange.getRequestHeaders());
        try (InputStream in = exchange.getRequestBody()) {
            if (declared.isPresent() && declared.getAsLong() > limit) {
                drain(in, declared.getAsLong());
                return Optional.empty();
            }
            byte[] body = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
            if (body.length > limit) {
                drain(in, limit);
                return Optional.empty();
            }
            return Optional.of(body);
        }
    }

    private static void drain(InputStream in, long expected) throws IOException {
        if (expected > MAX_DRAINED_BYTES) {
            return;
        }
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        for (int n = in.read(buffer); n >= 0 && total <= MAX_DRAINED_BYTES; n = in.read(buffer)) {
            total += n;
        }
    }

    private static OptionalLong contentLength(Headers headers) {
        String value = headers.getFirst("Content-Length");
        if (value == null) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private static void send(HttpExchange exchange, ApiResponse response, String requestId) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        headers.set("x-amzn-RequestId", requestId);
        response.headers().forEach(headers::set);
        byte[] body = response.body();
        boolean noBody = body.length == 0 || "HEAD".equals(exchange.getRequestMethod());
        if (response.contentType() != null) {
            headers.set("Content-Type", response.contentType());
        }
        exchange.sendResponseHeaders(response.status(), noBody ? -1 : body.length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }
}
