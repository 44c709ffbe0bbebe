package dev.lambdadesk.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.IamException;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.LambdaException;

/** Every request must be signed with the endpoint's key pair; refusals carry AWS's codes. */
class SigV4AuthTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dataDir;
    static LocalEndpointFixture fixture;
    static SignedHttp http;

    @BeforeAll
    static void start() throws IOException {
        fixture = LocalEndpointFixture.start(dataDir);
        http = new SignedHttp(fixture.endpoint);
        fixture.lambda.createFunction(LocalEndpointFixture.function("signed").build());
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void wrongSecretIsInvalidSignature() {
        try (LambdaClient client = fixture.lambda(fixture.endpoint.credentials().accessKeyId(), "not-the-secret")) {
            assertThatThrownBy(client::listFunctions).isInstanceOfSatisfying(LambdaException.class, e -> {
                assertThat(e.statusCode()).isEqualTo(403);
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("InvalidSignatureException");
                assertThat(e.awsErrorDetails().errorMessage()).startsWith("The request signature we calculated "
                        + "does not match the signature you provided.");
            });
        }
    }

    @Test
    void unknownAccessKeyIsUnrecognizedClient() {
        try (LambdaClient client = fixture.lambda("AKIAUNKNOWNKEY000000", "whatever")) {
            assertThatThrownBy(client::listFunctions).isInstanceOfSatisfying(LambdaException.class, e -> {
                assertThat(e.statusCode()).isEqualTo(403);
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("UnrecognizedClientException");
                assertThat(e.awsErrorDetails().errorMessage())
                        .isEqualTo("The security token included in the request is invalid.");
            });
        }
    }

    @Test
    void missingAuthenticationIsRefused() throws Exception {
        HttpResponse<String> lambda = http.unsigned("GET", "/2015-03-31/functions", null);
        HttpResponse<String> iam = http.unsigned("POST", "/?Action=ListRoles&Version=2010-05-08", "");

        assertThat(lambda.statusCode()).isEqualTo(403);
        assertThat(lambda.headers().firstValue("x-amzn-ErrorType")).hasValue("MissingAuthenticationTokenException");
        assertThat(JSON.readTree(lambda.body()).path("message").asText()).isEqualTo("Missing Authentication Token");
        assertThat(lambda.headers().firstValue("x-amzn-RequestId")).isPresent();
        assertThat(iam.statusCode()).isEqualTo(403);
        assertThat(iam.body()).contains("<Code>MissingAuthenticationToken</Code>");
    }

    @Test
    void signaturesMoreThanFifteenMinutesOffAreRefused() throws Exception {
        Clock behind = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-20));
        Clock ahead = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(20));
        Clock slightlyOff = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-10));

        HttpResponse<String> expired = http.send("GET", "/2015-03-31/functions", null, "lambda", null, behind);
        HttpResponse<String> early = http.send("GET", "/2015-03-31/functions", null, "lambda", null, ahead);
        HttpResponse<String> tolerated = http.send("GET", "/2015-03-31/functions", null, "lambda", null,
                slightlyOff);

        assertThat(expired.statusCode()).isEqualTo(403);
        assertThat(expired.headers().firstValue("x-amzn-ErrorType")).hasValue("InvalidSignatureException");
        assertThat(JSON.readTree(expired.body()).path("message").asText())
                .matches("Signature expired: \\d{8}T\\d{6}Z is now earlier than \\d{8}T\\d{6}Z "
                        + "\\(\\d{8}T\\d{6}Z - 15 min\\.\\)");
        assertThat(early.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(early.body()).path("message").asText()).startsWith("Signature not yet current:");
        assertThat(tolerated.statusCode()).isEqualTo(200);
    }

    @Test
    void iamRefusesAWrongSecretWithItsOwnCode() {
        try (IamClient client = IamClient.builder().endpointOverride(fixture.endpoint.endpointUri())
                .region(Region.AWS_GLOBAL).credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(fixture.endpoint.credentials().accessKeyId(), "wrong")))
                .build()) {
            assertThatThrownBy(client::listRoles).isInstanceOfSatisfying(IamException.class, e -> {
                assertThat(e.statusCode()).isEqualTo(403);
                assertThat(e.awsErrorDetails().errorCode()).isEqualTo("SignatureDoesNotMatch");
            });
        }
    }

    @Test
    void trailingSlashesAndPercentEncodedArnsAreAccepted() throws Exception {
        String arn = "arn:aws:lambda:us-east-1:000000000000:function:signed";

        HttpResponse<String> listed = http.lambda("GET", "/2015-03-31/functions/", null);
        HttpResponse<String> byArn = http.lambda("GET", "/2015-03-31/functions/"
                + URLEncoder.encode(arn, StandardCharsets.UTF_8) + "/configuration/", null);
        HttpResponse<String> cscList = http.lambda("GET", "/2020-04-22/code-signing-configs/", null);

        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(byArn.statusCode()).isEqualTo(200);
        JsonNode configuration = JSON.readTree(byArn.body());
        assertThat(configuration.path("FunctionArn").asText()).isEqualTo(arn);
        assertThat(cscList.statusCode()).isEqualTo(200);
    }

    @Test
    void tamperedBodiesAndPresignedUrlsAreRefused() throws Exception {
        String location = fixture.lambda.getFunction(r -> r.functionName("signed")).code().location();
        URI tampered = URI.create(location.replace("X-Amz-Expires=600", "X-Amz-Expires=6000"));

        assertThat(http.get(URI.create(location)).statusCode()).isEqualTo(200);
        assertThat(http.get(tampered).statusCode()).isEqualTo(403);
        assertThat(http.unsigned("GET", URI.create(location).getRawPath(), null).statusCode()).isEqualTo(403);
    }

    @Test
    void unknownPathsAreUnknownOperations() throws Exception {
        HttpResponse<String> response = http.lambda("GET", "/2015-03-31/nothing-here", null);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("x-amzn-ErrorType")).hasValue("UnknownOperationException");
    }
}
