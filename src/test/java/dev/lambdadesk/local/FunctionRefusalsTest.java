package dev.lambdadesk.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.model.CodeSigningConfigNotFoundException;
import software.amazon.awssdk.services.lambda.model.InvalidParameterValueException;
import software.amazon.awssdk.services.lambda.model.LambdaException;
import software.amazon.awssdk.services.lambda.model.PackageType;
import software.amazon.awssdk.services.lambda.model.ResourceConflictException;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;

/** The refusals CreateFunction and UpdateFunctionCode give for state and package problems, in AWS's words. */
class FunctionRefusalsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dataDir;
    static LocalEndpointFixture fixture;
    static SignedHttp http;

    @BeforeAll
    static void start() throws IOException {
        fixture = LocalEndpointFixture.start(dataDir);
        http = new SignedHttp(fixture.endpoint);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void unknownRoleCannotBeAssumed() {
        assertThatThrownBy(() -> fixture.lambda.createFunction(LocalEndpointFixture.function("no-role")
                .role("arn:aws:iam::000000000000:role/missing").build()))
                .isInstanceOfSatisfying(InvalidParameterValueException.class, e -> assertThat(
                        e.awsErrorDetails().errorMessage())
                        .isEqualTo("The role defined for the function cannot be assumed by Lambda."));
    }

    @Test
    void roleThatDoesNotTrustLambdaCannotBeAssumed() {
        String arn = fixture.iam.createRole(r -> r.roleName("ec2-only").assumeRolePolicyDocument(
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":"
                        + "\"ec2.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}")).role().arn();

        assertThatThrownBy(() -> fixture.lambda.createFunction(LocalEndpointFixture.function("ec2-role").role(arn)
                .build())).isInstanceOf(InvalidParameterValueException.class);
    }

    @Test
    void packageThatIsNotAZipIsRefused() {
        assertThatThrownBy(() -> fixture.lambda.createFunction(LocalEndpointFixture.function("not-zip")
                .code(c -> c.zipFile(SdkBytes.fromUtf8String("just text"))).build()))
                .isInstanceOfSatisfying(InvalidParameterValueException.class, e -> assertThat(
                        e.awsErrorDetails().errorMessage()).isEqualTo(
                        "Could not unzip uploaded file. Please check your file, then try to upload again."));
    }

    @Test
    void zippedPackageOverFiftyMegabytesIs413() {
        byte[] big = new byte[52_428_801];
        new Random(1).nextBytes(big);

        assertThatThrownBy(() -> fixture.lambda.createFunction(LocalEndpointFixture.function("big-zip")
                .code(c -> c.zipFile(SdkBytes.fromByteArray(big))).build()))
                .isInstanceOfSatisfying(LambdaException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(413);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("RequestEntityTooLargeException");
                    assertThat(e.awsErrorDetails().errorMessage())
                            .isEqualTo("Zipped size must be smaller than 52428800 bytes");
                });
    }

    @Test
    void requestOverTheBodyLimitIs413BeforeItIsRead() {
        byte[] huge = new byte[53_000_000];

        assertThatThrownBy(() -> fixture.lambda.createFunction(LocalEndpointFixture.function("huge")
                .code(c -> c.zipFile(SdkBytes.fromByteArray(huge))).build()))
                .isInstanceOfSatisfying(LambdaException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(413);
                    assertThat(e.awsErrorDetails().errorMessage())
                            .isEqualTo("Request must be smaller than 70167211 bytes for the CreateFunction operation");
                });
    }

    @Test
    void unzippedPackageOver250MegabytesIsRefused() {
        byte[] zip = TestZips.zip(Map.of("zeros.bin", new byte[262_144_001]));

        assertThatThrownBy(() -> fixture.lambda.createFunction(LocalEndpointFixture.function("unzips-big")
                .code(c -> c.zipFile(SdkBytes.fromByteArray(zip))).build()))
                .isInstanceOfSatisfying(InvalidParameterValueException.class, e -> assertThat(
                        e.awsErrorDetails().errorMessage()).isEqualTo("Unzipped size must be smaller than 262144000 bytes"));
    }

    @Test
    void duplicateNameIs409WithAwsText() throws Exception {
        fixture.lambda.createFunction(LocalEndpointFixture.function("twice").build());

        assertThatThrownBy(() -> fixture.lambda.createFunction(LocalEndpointFixture.function("twice").build()))
                .isInstanceOfSatisfying(ResourceConflictException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(409);
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Function already exist: twice");
                });
        HttpResponse<String> raw = http.lambda("POST", "/2015-03-31/functions", JSON.writeValueAsString(Map.of(
                "FunctionName", "twice", "Role", LocalEndpointFixture.ROLE, "Runtime", "python3.12",
                "Handler", "app.handler", "Code", Map.of("ZipFile", TestZips.hello().asByteArray()))));
        JsonNode body = JSON.readTree(raw.body());
        assertThat(raw.statusCode()).isEqualTo(409);
        assertThat(raw.headers().firstValue("x-amzn-ErrorType")).hasValue("ResourceConflictException");
        assertThat(raw.headers().firstValue("x-amzn-RequestId")).isPresent();
        assertThat(body.path("Type").asText()).isEqualTo("User");
        assertThat(body.path("message").asText()).isEqualTo("Function already exist: twice");
        assertThat(body.path("__type").asText()).isEqualTo("ResourceConflictException");
    }

    @Test
    void notFoundBodyUsesCapitalMessage() throws Exception {
        HttpResponse<String> raw = http.lambda("GET", "/2015-03-31/functions/nobody", null);

        JsonNode body = JSON.readTree(raw.body());
        assertThat(raw.statusCode()).isEqualTo(404);
        assertThat(body.path("Type").asText()).isEqualTo("User");
        assertThat(body.path("Message").asText())
                .isEqualTo("Function not found: arn:aws:lambda:us-east-1:000000000000:function:nobody");
        assertThat(body.has("message")).isFalse();
        assertThatThrownBy(() -> fixture.lambda.updateFunctionCode(r -> r.functionName("nobody")
                .zipFile(TestZips.hello()))).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void malformedJsonIsInvalidRequestContent() throws Exception {
        HttpResponse<String> raw = http.lambda("POST", "/2015-03-31/functions", "{not json");

        assertThat(raw.statusCode()).isEqualTo(400);
        assertThat(raw.headers().firstValue("x-amzn-ErrorType")).hasValue("InvalidRequestContentException");
        assertThat(JSON.readTree(raw.body()).path("message").asText()).startsWith("Could not parse request body");
    }

    @Test
    void unknownCodeSigningConfigOnCreateIs404() {
        String missing = "arn:aws:lambda:us-east-1:000000000000:code-signing-config:csc-0123456789abcdef0";

        assertThatThrownBy(() -> fixture.lambda.createFunction(LocalEndpointFixture.function("unknown-csc")
                .codeSigningConfigArn(missing).build()))
                .isInstanceOfSatisfying(CodeSigningConfigNotFoundException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(404);
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("The code signing configuration cannot "
                            + "be found. Check that the provided configuration is not deleted: " + missing + ".");
                });
    }

    @Test
    void containerImageWithCodeSigningIsRefusedButPlainImageWorks() {
        String csc = fixture.lambda.createCodeSigningConfig(r -> r.allowedPublishers(p -> p.signingProfileVersionArns(
                "arn:aws:signer:us-east-1:000000000000:/signing-profiles/p/abcdefghij"))).codeSigningConfig()
                .codeSigningConfigArn();
        String image = "000000000000.dkr.ecr.us-east-1.amazonaws.com/app:latest";

        assertThatThrownBy(() -> fixture.lambda.createFunction(r -> r.functionName("image-csc")
                .role(LocalEndpointFixture.ROLE).packageType(PackageType.IMAGE).code(c -> c.imageUri(image))
                .codeSigningConfigArn(csc))).isInstanceOfSatisfying(InvalidParameterValueException.class,
                    e -> assertThat(e.awsErrorDetails().errorMessage())
                            .isEqualTo("Code signing is not supported for functions created with container images."));
        fixture.lambda.createFunction(r -> r.functionName("image-plain").role(LocalEndpointFixture.ROLE)
                .packageType(PackageType.IMAGE).code(c -> c.imageUri(image)));
        var code = fixture.lambda.getFunction(r -> r.functionName("image-plain")).code();
        assertThat(code.repositoryType()).isEqualTo("ECR");
        assertThat(code.imageUri()).isEqualTo(image);
    }

    @Test
    void functionArnFromAnotherRegionOrAccountIsRefused() {
        assertThatThrownBy(() -> fixture.lambda.getFunction(r -> r.functionName(
                "arn:aws:lambda:ap-southeast-1:000000000000:function:x")))
                .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> assertThat(
                        e.awsErrorDetails().errorMessage())
                        .isEqualTo("Functions from 'ap-southeast-1' are not reachable in this region ('us-east-1')"));
        assertThatThrownBy(() -> fixture.lambda.getFunction(r -> r.functionName(
                "arn:aws:lambda:us-east-1:123456789012:function:x")))
                .isInstanceOfSatisfying(LambdaException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(403);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("AccessDeniedException");
                });
    }

    @Test
    void codeFromS3IsRefusedWhileThereIsNoS3() {
        assertThatThrownBy(() -> fixture.lambda.createFunction(LocalEndpointFixture.function("from-s3")
                .code(c -> c.s3Bucket("deploy-bucket").s3Key("app.zip")).build()))
                .isInstanceOfSatisfying(InvalidParameterValueException.class, e -> assertThat(
                        e.awsErrorDetails().errorMessage()).isEqualTo("Error occurred while GetObject. S3 Error Code: "
                        + "NoSuchBucket. S3 Error Message: The specified bucket does not exist"));
    }

    @Test
    void staleRevisionIdIsAPreconditionFailure() {
        fixture.lambda.createFunction(LocalEndpointFixture.function("revision").build());

        assertThatThrownBy(() -> fixture.lambda.updateFunctionConfiguration(r -> r.functionName("revision")
                .revisionId("00000000-0000-0000-0000-000000000000").timeout(4)))
                .isInstanceOfSatisfying(LambdaException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(412);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("PreconditionFailedException");
                });
    }
}
