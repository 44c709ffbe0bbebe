package dev.lambdadesk.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import software.amazon.awssdk.services.lambda.model.CodeSigningConfig;
import software.amazon.awssdk.services.lambda.model.CodeSigningConfigNotFoundException;
import software.amazon.awssdk.services.lambda.model.CodeSigningPolicy;
import software.amazon.awssdk.services.lambda.model.CodeVerificationFailedException;
import software.amazon.awssdk.services.lambda.model.CreateCodeSigningConfigResponse;
import software.amazon.awssdk.services.lambda.model.GetFunctionCodeSigningConfigResponse;
import software.amazon.awssdk.services.lambda.model.ListCodeSigningConfigsResponse;
import software.amazon.awssdk.services.lambda.model.ResourceConflictException;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;

/** Code signing configs and their attachment to functions, including Warn/Enforce on unsigned packages. */
class CodeSigningConfigApiTest {

    private static final String PROFILE = "arn:aws:signer:us-east-1:000000000000:/signing-profiles/team/abcdefghij";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dataDir;
    static LocalEndpointFixture fixture;

    @BeforeAll
    static void start() throws IOException {
        fixture = LocalEndpointFixture.start(dataDir);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static CodeSigningConfig create(CodeSigningPolicy policy) {
        return fixture.lambda.createCodeSigningConfig(r -> r.description("policy " + policy)
                .allowedPublishers(p -> p.signingProfileVersionArns(PROFILE))
                .codeSigningPolicies(p -> p.untrustedArtifactOnDeployment(policy))).codeSigningConfig();
    }

    @Test
    void createGetUpdateAndDelete() {
        CreateCodeSigningConfigResponse created = fixture.lambda.createCodeSigningConfig(r -> r
                .allowedPublishers(p -> p.signingProfileVersionArns(PROFILE)));
        CodeSigningConfig csc = created.codeSigningConfig();

        assertThat(created.sdkHttpResponse().statusCode()).isEqualTo(201);
        assertThat(csc.codeSigningConfigId()).matches("csc-[a-z0-9]{17}");
        assertThat(csc.codeSigningConfigArn())
                .isEqualTo("arn:aws:lambda:us-east-1:000000000000:code-signing-config:" + csc.codeSigningConfigId());
        assertThat(csc.codeSigningPolicies().untrustedArtifactOnDeployment()).isEqualTo(CodeSigningPolicy.WARN);
        assertThat(csc.description()).isEmpty();
        assertThat(csc.allowedPublishers().signingProfileVersionArns()).containsExactly(PROFILE);
        assertThat(csc.lastModified()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}\\+0000");

        CodeSigningConfig updated = fixture.lambda.updateCodeSigningConfig(r -> r
                .codeSigningConfigArn(csc.codeSigningConfigArn())
                .codeSigningPolicies(p -> p.untrustedArtifactOnDeployment(CodeSigningPolicy.ENFORCE)))
                .codeSigningConfig();
        assertThat(updated.codeSigningPolicies().untrustedArtifactOnDeployment())
                .isEqualTo(CodeSigningPolicy.ENFORCE);
        assertThat(updated.allowedPublishers().signingProfileVersionArns()).containsExactly(PROFILE);
        assertThat(fixture.lambda.getCodeSigningConfig(r -> r.codeSigningConfigArn(csc.codeSigningConfigArn()))
                .codeSigningConfig()).isEqualTo(updated);

        var deleted = fixture.lambda.deleteCodeSigningConfig(r -> r.codeSigningConfigArn(csc.codeSigningConfigArn()));
        assertThat(deleted.sdkHttpResponse().statusCode()).isEqualTo(204);
        assertThatThrownBy(() -> fixture.lambda.getCodeSigningConfig(r -> r
                .codeSigningConfigArn(csc.codeSigningConfigArn())))
                .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> assertThat(
                        e.awsErrorDetails().errorMessage()).isEqualTo("The Lambda code signing configuration "
                        + csc.codeSigningConfigArn() + " can not be found."));
    }

    @Test
    void unknownConfigAnswersWithoutTypeMember() throws Exception {
        String arn = "arn:aws:lambda:us-east-1:000000000000:code-signing-config:csc-0000000000000000a";

        HttpResponse<String> raw = new SignedHttp(fixture.endpoint).lambda("GET",
                "/2020-04-22/code-signing-configs/" + URLEncoder.encode(arn, StandardCharsets.UTF_8), null);

        JsonNode body = JSON.readTree(raw.body());
        assertThat(raw.statusCode()).isEqualTo(404);
        assertThat(body.has("Type")).isFalse();
        assertThat(body.path("Message").asText()).endsWith("can not be found.");
    }

    @Test
    void listPagesWithMarkers() {
        for (int i = 0; i < 5; i++) {
            create(CodeSigningPolicy.WARN);
        }
        List<String> arns = new ArrayList<>();
        String marker = null;
        do {
            String current = marker;
            ListCodeSigningConfigsResponse page = fixture.lambda.listCodeSigningConfigs(r -> r.maxItems(2)
                    .marker(current));
            assertThat(page.codeSigningConfigs()).hasSizeLessThanOrEqualTo(2);
            page.codeSigningConfigs().forEach(c -> arns.add(c.codeSigningConfigArn()));
            marker = page.nextMarker();
        } while (marker != null);

        assertThat(arns).hasSizeGreaterThanOrEqualTo(5).doesNotHaveDuplicates();
    }

    @Test
    void functionConfigIsPutReadListedAndDeleted() {
        CodeSigningConfig csc = create(CodeSigningPolicy.WARN);
        String arn = csc.codeSigningConfigArn();
        fixture.lambda.createFunction(LocalEndpointFixture.function("attached").build());

        assertThat(fixture.lambda.getFunctionCodeSigningConfig(r -> r.functionName("attached"))
                .codeSigningConfigArn()).isNull();
        var put = fixture.lambda.putFunctionCodeSigningConfig(r -> r.functionName(
                "arn:aws:lambda:us-east-1:000000000000:function:attached").codeSigningConfigArn(arn));
        assertThat(put.functionName()).isEqualTo("attached");
        assertThat(put.codeSigningConfigArn()).isEqualTo(arn);
        GetFunctionCodeSigningConfigResponse got = fixture.lambda.getFunctionCodeSigningConfig(r -> r
                .functionName("attached"));
        assertThat(got.codeSigningConfigArn()).isEqualTo(arn);
        assertThat(fixture.lambda.listFunctionsByCodeSigningConfig(r -> r.codeSigningConfigArn(arn)).functionArns())
                .containsExactly("arn:aws:lambda:us-east-1:000000000000:function:attached");

        assertThatThrownBy(() -> fixture.lambda.deleteCodeSigningConfig(r -> r.codeSigningConfigArn(arn)))
                .isInstanceOf(ResourceConflictException.class);

        var deleted = fixture.lambda.deleteFunctionCodeSigningConfig(r -> r.functionName("attached"));
        assertThat(deleted.sdkHttpResponse().statusCode()).isEqualTo(204);
        assertThat(fixture.lambda.listFunctionsByCodeSigningConfig(r -> r.codeSigningConfigArn(arn)).functionArns())
                .isEmpty();
        fixture.lambda.deleteCodeSigningConfig(r -> r.codeSigningConfigArn(arn));
    }

    @Test
    void putWithUnknownConfigIsCodeSigningConfigNotFound() {
        fixture.lambda.createFunction(LocalEndpointFixture.function("put-unknown").build());
        String missing = "arn:aws:lambda:us-east-1:000000000000:code-signing-config:csc-0000000000000000b";

        assertThatThrownBy(() -> fixture.lambda.putFunctionCodeSigningConfig(r -> r.functionName("put-unknown")
                .codeSigningConfigArn(missing))).isInstanceOf(CodeSigningConfigNotFoundException.class);
        assertThatThrownBy(() -> fixture.lambda.putFunctionCodeSigningConfig(r -> r.functionName("nobody-here")
                .codeSigningConfigArn(create(CodeSigningPolicy.WARN).codeSigningConfigArn())))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void enforceRefusesUnsignedCodeOnCreateAndOnUpdate() {
        String enforce = create(CodeSigningPolicy.ENFORCE).codeSigningConfigArn();

        assertThatThrownBy(() -> fixture.lambda.createFunction(LocalEndpointFixture.function("enforced")
                .codeSigningConfigArn(enforce).build()))
                .isInstanceOfSatisfying(CodeVerificationFailedException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Lambda cannot deploy the function. "
                            + "The function or layer might be signed using a signature that the client is not "
                            + "configured to accept. Check the provided signature for "
                            + "arn:aws:lambda:us-east-1:000000000000:function:enforced.");
                });

        fixture.lambda.createFunction(LocalEndpointFixture.function("later-enforced").build());
        fixture.lambda.putFunctionCodeSigningConfig(r -> r.functionName("later-enforced")
                .codeSigningConfigArn(enforce));
        assertThatThrownBy(() -> fixture.lambda.updateFunctionCode(r -> r.functionName("later-enforced")
                .zipFile(TestZips.hello()))).isInstanceOf(CodeVerificationFailedException.class);
    }

    @Test
    void warnAcceptsUnsignedCode() {
        String warn = create(CodeSigningPolicy.WARN).codeSigningConfigArn();

        var created = fixture.lambda.createFunction(LocalEndpointFixture.function("warned")
                .codeSigningConfigArn(warn).build());
        fixture.lambda.updateFunctionCode(r -> r.functionName("warned").zipFile(TestZips.hello()));

        assertThat(created.signingProfileVersionArn()).isNull();
        assertThat(fixture.lambda.getFunctionCodeSigningConfig(r -> r.functionName("warned")).codeSigningConfigArn())
                .isEqualTo(warn);
    }

    @Test
    void configsCanBeTagged() {
        String arn = fixture.lambda.createCodeSigningConfig(r -> r.allowedPublishers(p -> p
                .signingProfileVersionArns(PROFILE)).tags(Map.of("env", "dev"))).codeSigningConfig()
                .codeSigningConfigArn();

        fixture.lambda.tagResource(r -> r.resource(arn).tags(Map.of("owner", "me")));

        assertThat(fixture.lambda.listTags(r -> r.resource(arn)).tags())
                .containsExactlyInAnyOrderEntriesOf(Map.of("env", "dev", "owner", "me"));
    }
}
