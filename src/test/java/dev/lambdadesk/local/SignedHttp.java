package dev.lambdadesk.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;

import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/** Raw HTTP requests to the endpoint, signed with the SDK's signer (or not at all), to test the wire directly. */
final class SignedHttp {

    private static final Set<String> RESTRICTED = Set.of("host", "content-length", "connection", "expect");

    private final HttpClient client = HttpClient.newHttpClient();
    private final URI endpoint;
    private final EndpointCredentials credentials;

    SignedHttp(LocalEndpoint endpoint) {
        this(endpoint.endpointUri(), endpoint.credentials());
    }

    SignedHttp(URI endpoint, EndpointCredentials credentials) {
        this.endpoint = endpoint;
        this.credentials = credentials;
    }

    /** Sends {@code method rawPathAndQuery} signed for Lambda in us-east-1 at the current time. */
    HttpResponse<String> lambda(String method, String rawPathAndQuery, String body) throws IOException {
        return send(method, rawPathAndQuery, body, "lambda", "application/json", Clock.systemUTC());
    }

    HttpResponse<String> send(String method, String rawPathAndQuery, String body, String service,
                              String contentType, Clock signingClock) throws IOException {
        URI uri = URI.create(endpoint + rawPathAndQuery);
        SdkHttpRequest.Builder unsigned = SdkHttpRequest.builder().uri(uri).method(SdkHttpMethod.fromValue(method));
        if (body != null) {
            unsigned.putHeader("Content-Type", contentType);
        }
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        SignedRequest signed = AwsV4HttpSigner.create().sign(r -> r
                .identity(AwsCredentialsIdentity.create(credentials.accessKeyId(), credentials.secretAccessKey()))
                .request(unsigned.build())
                .payload(ContentStreamProvider.fromByteArray(bytes))
                .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
                .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, service)
                .putProperty(AwsV4FamilyHttpSigner.SIGNING_CLOCK, signingClock));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .method(method, bytes.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(bytes));
        signed.request().forEachHeader((name, values) -> {
            if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(v -> request.header(name, v));
            }
        });
        return send(request.build());
    }

    /** Sends a request without any credentials. */
    HttpResponse<String> unsigned(String method, String rawPathAndQuery, String body) throws IOException {
        return send(HttpRequest.newBuilder(URI.create(endpoint + rawPathAndQuery))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body)).build());
    }

    HttpResponse<byte[]> get(URI uri) throws IOException {
        try {
            return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
