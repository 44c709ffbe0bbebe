package dev.lambdadesk.local.sigv4;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;

import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;

/** Makes presigned GET URLs to the endpoint itself (e.g. a function's code Location), signed with its own key. */
public final class UrlPresigner {

    private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();
    private final AwsCredentialsIdentity credentials;
    private final Clock clock;

    public UrlPresigner(String accessKeyId, String secretAccessKey, Clock clock) {
        this.credentials = AwsCredentialsIdentity.create(accessKeyId, secretAccessKey);
        this.clock = clock;
    }

    public URI presignGet(URI url, String region, String service, Duration validity) {
        SdkHttpRequest request = SdkHttpRequest.builder().uri(url).method(SdkHttpMethod.GET).build();
        return signer.sign(r -> r.identity(credentials)
                        .request(request)
                        .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                        .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, service)
                        .putProperty(AwsV4FamilyHttpSigner.AUTH_LOCATION, AwsV4FamilyHttpSigner.AuthLocation.QUERY_STRING)
                        .putProperty(AwsV4FamilyHttpSigner.EXPIRATION_DURATION, validity)
                        .putProperty(AwsV4FamilyHttpSigner.SIGNING_CLOCK, clock))
                .request().getUri();
    }
}
