package dev.lambdadesk.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.model.Architecture;
import software.amazon.awssdk.services.lambda.model.CreateFunctionResponse;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;
import software.amazon.awssdk.services.lambda.model.FunctionVersion;
import software.amazon.awssdk.services.lambda.model.GetAccountSettingsResponse;
import software.amazon.awssdk.services.lambda.model.GetFunctionConfigurationResponse;
import software.amazon.awssdk.services.lambda.model.GetFunctionResponse;
import software.amazon.awssdk.services.lambda.model.LastUpdateStatus;
import software.amazon.awssdk.services.lambda.model.ListFunctionsResponse;
import software.amazon.awssdk.services.lambda.model.PackageType;
import software.amazon.awssdk.services.lambda.model.PublishVersionResponse;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;
import software.amazon.awssdk.services.lambda.model.State;
import software.amazon.awssdk.services.lambda.model.UpdateFunctionCodeResponse;
import software.amazon.awssdk.services.lambda.model.UpdateFunctionConfigurationResponse;

/** Function CRUD, versions, tags and account settings through the real Lambda SDK client. */
class LambdaFunctionApiTest {

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

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void createReturnsThePendingConfigurationWithAwsDefaults() throws Exception {
        byte[] zip = TestZips.handler("1");
        String name = unique("create");
        CreateFunctionResponse created = fixture.lambda.createFunction(LocalEndpointFixture.function(name)
                .code(c -> c.zipFile(SdkBytes.fromByteArray(zip))).build());

        assertThat(created.sdkHttpResponse().statusCode()).isEqualTo(201);
        assertThat(created.functionName()).isEqualTo(name);
        assertThat(created.functionArn()).isEqualTo("arn:aws:lambda:us-east-1:000000000000:function:" + name);
        assertThat(created.state()).isEqualTo(State.PENDING);
        assertThat(created.stateReason()).isEqualTo("The function is being created.");
        assertThat(created.stateReasonCodeAsString()).isEqualTo("Creating");
        assertThat(created.lastUpdateStatus()).isNull();
        assertThat(created.codeSha256()).isEqualTo(Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(zip)));
        assertThat(created.codeSize()).isEqualTo(zip.length);
        assertThat(created.lastModified()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}\\+0000");
        assertThat(UUID.fromString(created.revisionId())).isNotNull();
        assertThat(created.version()).isEqualTo("$LATEST");
        assertThat(created.description()).isEmpty();
        assertThat(created.timeout()).isEqualTo(3);
        assertThat(created.memorySize()).isEqualTo(128);
        assertThat(created.packageType()).isEqualTo(PackageType.ZIP);
        assertThat(created.architectures()).containsExactly(Architecture.X86_64);
        assertThat(created.ephemeralStorage().size()).isEqualTo(512);
        assertThat(created.tracingConfig().modeAsString()).isEqualTo("PassThrough");
        assertThat(created.snapStart().applyOnAsString()).isEqualTo("None");
        assertThat(created.snapStart().optimizationStatusAsString()).isEqualTo("Off");
        assertThat(created.loggingConfig().logFormatAsString()).isEqualTo("Text");
        assertThat(created.loggingConfig().logGroup()).isEqualTo("/aws/lambda/" + name);
        assertThat(created.runtimeVersionConfig().runtimeVersionArn())
                .matches("arn:aws:lambda:us-east-1::runtime:[0-9a-f]{64}");
        assertThat(created.responseMetadata().requestId()).isNotBlank();
    }

    @Test
    void getFunctionReturnsConfigurationCodeLocationAndTags() throws Exception {
        String name = unique("get");
        byte[] zip = TestZips.handler("2");
        fixture.lambda.createFunction(LocalEndpointFixture.function(name).code(c -> c.zipFile(
                SdkBytes.fromByteArray(zip))).tags(Map.of("team", "blue")).description("d").memorySize(256)
                .environment(e -> e.variables(Map.of("APP_MODE", "1"))).build());

        GetFunctionResponse got = fixture.lambda.getFunction(r -> r.functionName(name));

        assertThat(got.configuration().state()).isEqualTo(State.ACTIVE);
        assertThat(got.configuration().lastUpdateStatus()).isEqualTo(LastUpdateStatus.SUCCESSFUL);
        assertThat(got.configuration().stateReason()).isNull();
        assertThat(got.configuration().memorySize()).isEqualTo(256);
        assertThat(got.configuration().description()).isEqualTo("d");
        assertThat(got.configuration().environment().variables()).containsEntry("APP_MODE", "1");
        assertThat(got.tags()).containsExactlyEntriesOf(Map.of("team", "blue"));
        assertThat(got.code().repositoryType()).isEqualTo("S3");
        HttpResponse<byte[]> download = new SignedHttp(fixture.endpoint).get(URI.create(got.code().location()));
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(zip);

        GetFunctionConfigurationResponse configuration = fixture.lambda.getFunctionConfiguration(r -> r.functionName(name));
        assertThat(configuration.functionArn()).isEqualTo(got.configuration().functionArn());
        assertThat(configuration.revisionId()).isEqualTo(got.configuration().revisionId());
    }

    @Test
    void functionsAreFoundByNamePartialArnAndArn() {
        String name = unique("names");
        fixture.lambda.createFunction(LocalEndpointFixture.function(name).build());

        for (String ref : List.of(name, "000000000000:function:" + name, "function:" + name,
                "arn:aws:lambda:us-east-1:000000000000:function:" + name,
                "arn:aws:lambda:us-east-1:000000000000:function:" + name + ":$LATEST")) {
            assertThat(fixture.lambda.getFunctionConfiguration(r -> r.functionName(ref)).functionName())
                    .as(ref).isEqualTo(name);
        }
    }

    @Test
    void updateCodeChangesHashRevisionAndReportsInProgress() {
        String name = unique("code");
        CreateFunctionResponse created = fixture.lambda.createFunction(LocalEndpointFixture.function(name).build());
        byte[] newZip = TestZips.handler("'v2'");

        UpdateFunctionCodeResponse updated = fixture.lambda.updateFunctionCode(r -> r.functionName(name)
                .zipFile(SdkBytes.fromByteArray(newZip)));

        assertThat(updated.codeSha256()).isNotEqualTo(created.codeSha256());
        assertThat(updated.codeSize()).isEqualTo(newZip.length);
        assertThat(updated.revisionId()).isNotEqualTo(created.revisionId());
        assertThat(updated.state()).isEqualTo(State.ACTIVE);
        assertThat(updated.lastUpdateStatus()).isEqualTo(LastUpdateStatus.IN_PROGRESS);
        assertThat(updated.lastUpdateStatusReason()).isEqualTo("The function is being created.");
        assertThat(updated.lastUpdateStatusReasonCodeAsString()).isEqualTo("Creating");
        assertThat(fixture.lambda.getFunctionConfiguration(r -> r.functionName(name)).codeSha256())
                .isEqualTo(updated.codeSha256());
    }

    @Test
    void updateConfigurationMergesMembers() {
        String name = unique("config");
        fixture.lambda.createFunction(LocalEndpointFixture.function(name).timeout(10).build());

        UpdateFunctionConfigurationResponse updated = fixture.lambda.updateFunctionConfiguration(r -> r.functionName(name)
                .memorySize(1024).description("bigger").environment(e -> e.variables(Map.of("KEY", "V"))));

        assertThat(updated.memorySize()).isEqualTo(1024);
        assertThat(updated.timeout()).isEqualTo(10);
        assertThat(updated.description()).isEqualTo("bigger");
        assertThat(updated.lastUpdateStatus()).isEqualTo(LastUpdateStatus.IN_PROGRESS);
        GetFunctionConfigurationResponse read = fixture.lambda.getFunctionConfiguration(r -> r.functionName(name));
        assertThat(read.environment().variables()).containsEntry("KEY", "V");
        assertThat(read.lastUpdateStatus()).isEqualTo(LastUpdateStatus.SUCCESSFUL);
    }

    @Test
    void listingsShowAFunctionAsItIsNowAfterAnUpdate() {
        String name = unique("relist");
        fixture.lambda.createFunction(LocalEndpointFixture.function(name).description("first").build());
        assertThat(listed(name).description()).isEqualTo("first");

        fixture.lambda.updateFunctionConfiguration(r -> r.functionName(name).description("second").memorySize(512));

        assertThat(listed(name).description()).isEqualTo("second");
        assertThat(listed(name).memorySize()).isEqualTo(512);
    }

    private FunctionConfiguration listed(String name) {
        return fixture.lambda.listFunctionsPaginator(r -> r.maxItems(50)).functions().stream()
                .filter(f -> f.functionName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void dryRunValidatesWithoutChanging() {
        String name = unique("dry");
        CreateFunctionResponse created = fixture.lambda.createFunction(LocalEndpointFixture.function(name).build());

        fixture.lambda.updateFunctionCode(r -> r.functionName(name).dryRun(true)
                .zipFile(SdkBytes.fromByteArray(TestZips.handler("'dry'"))));

        assertThat(fixture.lambda.getFunctionConfiguration(r -> r.functionName(name)).codeSha256())
                .isEqualTo(created.codeSha256());
    }

    @Test
    void deleteAnswers204AndTheFunctionIsGone() {
        String name = unique("delete");
        fixture.lambda.createFunction(LocalEndpointFixture.function(name).build());

        var deleted = fixture.lambda.deleteFunction(r -> r.functionName(name));

        assertThat(deleted.sdkHttpResponse().statusCode()).isEqualTo(204);
        assertThatThrownBy(() -> fixture.lambda.getFunction(r -> r.functionName(name)))
                .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(404);
                    assertThat(e.awsErrorDetails().errorMessage())
                            .isEqualTo("Function not found: arn:aws:lambda:us-east-1:000000000000:function:" + name);
                });
    }

    @Test
    void publishVersionFreezesCodeAndSkipsUnchangedPublishes() {
        String name = unique("publish");
        fixture.lambda.createFunction(LocalEndpointFixture.function(name).build());

        PublishVersionResponse v1 = fixture.lambda.publishVersion(r -> r.functionName(name).description("first"));
        PublishVersionResponse again = fixture.lambda.publishVersion(r -> r.functionName(name));
        fixture.lambda.updateFunctionCode(r -> r.functionName(name).zipFile(
                SdkBytes.fromByteArray(TestZips.handler("'v2'"))));
        PublishVersionResponse v2 = fixture.lambda.publishVersion(r -> r.functionName(name));

        assertThat(v1.sdkHttpResponse().statusCode()).isEqualTo(201);
        assertThat(v1.version()).isEqualTo("1");
        assertThat(v1.functionArn()).endsWith(":function:" + name + ":1");
        assertThat(v1.description()).isEqualTo("first");
        assertThat(again.version()).isEqualTo("1");
        assertThat(v2.version()).isEqualTo("2");
        assertThat(v2.codeSha256()).isNotEqualTo(v1.codeSha256());
        assertThat(fixture.lambda.listVersionsByFunction(r -> r.functionName(name)).versions())
                .extracting(FunctionConfiguration::version).containsExactly("$LATEST", "1", "2");
        assertThat(fixture.lambda.getFunctionConfiguration(r -> r.functionName(name).qualifier("1")).codeSha256())
                .isEqualTo(v1.codeSha256());
        assertThat(fixture.lambda.getFunction(r -> r.functionName(name + ":2")).configuration().version())
                .isEqualTo("2");

        fixture.lambda.deleteFunction(r -> r.functionName(name).qualifier("1"));
        assertThat(fixture.lambda.listVersionsByFunction(r -> r.functionName(name)).versions())
                .extracting(FunctionConfiguration::version).containsExactly("$LATEST", "2");
        assertThatThrownBy(() -> fixture.lambda.getFunction(r -> r.functionName(name).qualifier("1")))
                .isInstanceOf(ResourceNotFoundException.class)
                .hasMessageContaining("function:" + name + ":1");
    }

    @Test
    void publishOnCreateAndOnUpdateAnswerAsAwsDoes() {
        String name = unique("pub");
        CreateFunctionResponse created = fixture.lambda.createFunction(LocalEndpointFixture.function(name)
                .publish(true).build());
        UpdateFunctionCodeResponse updated = fixture.lambda.updateFunctionCode(r -> r.functionName(name)
                .publish(true).zipFile(SdkBytes.fromByteArray(TestZips.handler("'p2'"))));

        assertThat(created.functionArn()).endsWith(":function:" + name);
        assertThat(created.version()).isEqualTo("1");
        assertThat(created.state()).isEqualTo(State.PENDING);
        assertThat(created.lastUpdateStatus()).isNull();
        assertThat(updated.functionArn()).endsWith(":function:" + name + ":2");
        assertThat(updated.version()).isEqualTo("2");
        assertThat(updated.state()).isEqualTo(State.PENDING);
        assertThat(updated.lastUpdateStatus()).isNull();
    }

    @Test
    void listFunctionsPagesFiftyAtATimeAndOmitsStateMembers() {
        String prefix = unique("list");
        for (int i = 0; i < 60; i++) {
            fixture.lambda.createFunction(LocalEndpointFixture.function(prefix + "-" + String.format("%02d", i))
                    .build());
        }
        List<String> names = new ArrayList<>();
        String marker = null;
        int pages = 0;
        do {
            String current = marker;
            ListFunctionsResponse page = fixture.lambda.listFunctions(r -> r.marker(current).maxItems(1000));
            assertThat(page.functions()).hasSizeLessThanOrEqualTo(50);
            page.functions().forEach(f -> {
                assertThat(f.state()).isNull();
                assertThat(f.lastUpdateStatus()).isNull();
                assertThat(f.runtimeVersionConfig()).isNull();
                names.add(f.functionName());
            });
            marker = page.nextMarker();
            pages++;
        } while (marker != null);

        assertThat(pages).isGreaterThanOrEqualTo(2);
        assertThat(names).doesNotHaveDuplicates().isSorted();
        assertThat(names.stream().filter(n -> n.startsWith(prefix))).hasSize(60);
        assertThat(fixture.lambda.listFunctionsPaginator(r -> r.maxItems(7)).functions().stream()
                .filter(f -> f.functionName().startsWith(prefix)).count()).isEqualTo(60);
    }

    @Test
    void listFunctionsWithAllVersionsIncludesPublishedVersions() {
        String name = unique("all");
        fixture.lambda.createFunction(LocalEndpointFixture.function(name).publish(true).build());

        List<String> arns = fixture.lambda.listFunctionsPaginator(r -> r.functionVersion(FunctionVersion.ALL)
                .maxItems(3)).functions().stream().map(FunctionConfiguration::functionArn)
                .filter(a -> a.contains(":function:" + name)).toList();

        assertThat(arns).containsExactly("arn:aws:lambda:us-east-1:000000000000:function:" + name,
                "arn:aws:lambda:us-east-1:000000000000:function:" + name + ":1");
    }

    @Test
    void tagsAreAddedListedAndRemoved() {
        String name = unique("tags");
        String arn = fixture.lambda.createFunction(LocalEndpointFixture.function(name).tags(Map.of("a", "1"))
                .build()).functionArn();

        var tagged = fixture.lambda.tagResource(r -> r.resource(arn).tags(Map.of("b", "2", "c", "3")));
        fixture.lambda.untagResource(r -> r.resource(arn).tagKeys("a", "c"));

        assertThat(tagged.sdkHttpResponse().statusCode()).isEqualTo(204);
        assertThat(fixture.lambda.listTags(r -> r.resource(arn)).tags()).containsExactlyEntriesOf(Map.of("b", "2"));
        assertThat(fixture.lambda.getFunction(r -> r.functionName(name)).tags())
                .containsExactlyEntriesOf(Map.of("b", "2"));
        assertThatThrownBy(() -> fixture.lambda.listTags(r -> r.resource(arn + "-missing")))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void accountSettingsReportLimitsAndUsage() {
        fixture.lambda.createFunction(LocalEndpointFixture.function(unique("account")).build());

        GetAccountSettingsResponse settings = fixture.lambda.getAccountSettings(r -> { });

        assertThat(settings.accountLimit().codeSizeZipped()).isEqualTo(52_428_800L);
        assertThat(settings.accountLimit().codeSizeUnzipped()).isEqualTo(262_144_000L);
        assertThat(settings.accountLimit().concurrentExecutions()).isEqualTo(1000);
        assertThat(settings.accountUsage().functionCount()).isPositive();
        assertThat(settings.accountUsage().totalCodeSize()).isPositive();
    }
}
