package dev.lambdadesk.local;

import static dev.lambdadesk.local.AwsLayerAnswers.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.lambda.model.Architecture;
import software.amazon.awssdk.services.lambda.model.GetLayerVersionByArnResponse;
import software.amazon.awssdk.services.lambda.model.GetLayerVersionResponse;
import software.amazon.awssdk.services.lambda.model.InvalidParameterValueException;
import software.amazon.awssdk.services.lambda.model.LambdaException;
import software.amazon.awssdk.services.lambda.model.LayerVersionsListItem;
import software.amazon.awssdk.services.lambda.model.LayersListItem;
import software.amazon.awssdk.services.lambda.model.ListLayerVersionsResponse;
import software.amazon.awssdk.services.lambda.model.PublishLayerVersionResponse;
import software.amazon.awssdk.services.lambda.model.Runtime;

/** The layers API through the real SDK: publish, get, get by ARN, list, list versions, delete, and its refusals. */
class LayerApiTest {

    @TempDir
    static Path dataDir;
    static LocalEndpoint endpoint;
    static ServiceClients clients;

    @BeforeAll
    static void start() throws IOException {
        endpoint = LocalEndpoint.start(LocalEndpointConfig.defaults(dataDir).withPort(0).withPendingMillis(0));
        clients = new ServiceClients(endpoint);
    }

    @AfterAll
    static void stop() {
        clients.close();
        endpoint.close();
    }

    static PublishLayerVersionResponse publish(String name, byte[] zip, Runtime runtime, Architecture architecture) {
        return clients.lambda.publishLayerVersion(r -> r.layerName(name).content(c -> c.zipFile(
                SdkBytes.fromByteArray(zip))).compatibleRuntimes(runtime).compatibleArchitectures(architecture));
    }

    @Test
    void aPublishedVersionAnswersWithItsContentAndDownloadsFromItsLocation() throws Exception {
        byte[] zip = TestZips.handler("'shared'");
        PublishLayerVersionResponse published = clients.lambda.publishLayerVersion(r -> r.layerName("shared")
                .description("Shared code").licenseInfo("MIT").compatibleRuntimes(Runtime.PYTHON3_12)
                .compatibleArchitectures(Architecture.X86_64).content(c -> c.zipFile(SdkBytes.fromByteArray(zip))));

        String layerArn = "arn:aws:lambda:us-east-1:000000000000:layer:shared";
        assertThat(published.sdkHttpResponse().statusCode()).isEqualTo(201);
        assertThat(published.layerArn()).isEqualTo(layerArn);
        assertThat(published.layerVersionArn()).isEqualTo(layerArn + ":1");
        assertThat(published.version()).isEqualTo(1L);
        assertThat(published.description()).isEqualTo("Shared code");
        assertThat(published.licenseInfo()).isEqualTo("MIT");
        assertThat(published.compatibleRuntimes()).containsExactly(Runtime.PYTHON3_12);
        assertThat(published.compatibleArchitectures()).containsExactly(Architecture.X86_64);
        assertThat(published.createdDate()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\+0000");
        assertThat(published.content().codeSize()).isEqualTo(zip.length);
        assertThat(published.content().codeSha256()).isEqualTo(sha256(zip));
        assertThat(published.content().signingProfileVersionArn()).isNull();
        assertThat(download(published.content().location())).isEqualTo(zip);

        GetLayerVersionResponse got = clients.lambda.getLayerVersion(r -> r.layerName("shared").versionNumber(1L));
        GetLayerVersionResponse byLayerArn = clients.lambda.getLayerVersion(r -> r.layerName(layerArn)
                .versionNumber(1L));
        GetLayerVersionByArnResponse byArn = clients.lambda.getLayerVersionByArn(r -> r.arn(layerArn + ":1"));
        for (GetLayerVersionResponse answer : List.of(got, byLayerArn)) {
            assertThat(answer.layerVersionArn()).isEqualTo(layerArn + ":1");
            assertThat(answer.createdDate()).isEqualTo(published.createdDate());
            assertThat(answer.content().codeSha256()).isEqualTo(published.content().codeSha256());
            assertThat(answer.licenseInfo()).isEqualTo("MIT");
        }
        assertThat(byArn.layerVersionArn()).isEqualTo(layerArn + ":1");
        assertThat(byArn.content().codeSha256()).isEqualTo(published.content().codeSha256());
    }

    @Test
    void contentFromAnS3ObjectVersionIsCopiedAtPublish() throws Exception {
        clients.s3.createBucket(b -> b.bucket("layer-artifacts"));
        byte[] zip = TestZips.handler("'from s3'");
        clients.s3.putObject(b -> b.bucket("layer-artifacts").key("deps.zip"), RequestBody.fromBytes(zip));

        PublishLayerVersionResponse published = clients.lambda.publishLayerVersion(r -> r.layerName("from-s3")
                .content(c -> c.s3Bucket("layer-artifacts").s3Key("deps.zip")));
        clients.s3.putObject(b -> b.bucket("layer-artifacts").key("deps.zip"),
                RequestBody.fromBytes(TestZips.handler("'changed'")));

        assertThat(published.compatibleRuntimes()).isEmpty();
        assertThat(published.hasCompatibleRuntimes()).isFalse();
        assertThat(published.description()).isEmpty();
        assertThat(download(clients.lambda.getLayerVersion(r -> r.layerName("from-s3").versionNumber(1L))
                .content().location())).isEqualTo(zip);
        assertThatThrownBy(() -> clients.lambda.publishLayerVersion(r -> r.layerName("from-s3")
                .content(c -> c.s3Bucket("layer-artifacts").s3Key("missing.zip"))))
                .isInstanceOfSatisfying(InvalidParameterValueException.class, e -> assertThat(e.awsErrorDetails()
                        .errorMessage()).isEqualTo("Error occurred while GetObject. S3 Error Code: NoSuchKey. S3 "
                        + "Error Message: The specified key does not exist."));
    }

    @Test
    void versionsAreListedNewestFirstInPagesAndNumbersAreNeverReused() {
        for (int i = 0; i < 3; i++) {
            publish("paged", TestZips.handler("'p" + i + "'"), Runtime.PYTHON3_12, Architecture.X86_64);
        }

        ListLayerVersionsResponse first = clients.lambda.listLayerVersions(r -> r.layerName("paged").maxItems(2));
        ListLayerVersionsResponse second = clients.lambda.listLayerVersions(r -> r.layerName("paged").maxItems(2)
                .marker(first.nextMarker()));
        assertThat(first.layerVersions()).extracting(LayerVersionsListItem::version).containsExactly(3L, 2L);
        assertThat(second.layerVersions()).extracting(LayerVersionsListItem::version).containsExactly(1L);
        assertThat(second.nextMarker()).isNull();

        for (long v = 1; v <= 3; v++) {
            long version = v;
            clients.lambda.deleteLayerVersion(r -> r.layerName("paged").versionNumber(version));
        }
        clients.lambda.deleteLayerVersion(r -> r.layerName("paged").versionNumber(1L));
        clients.lambda.deleteLayerVersion(r -> r.layerName("never-published").versionNumber(1L));
        assertThat(clients.lambda.listLayerVersions(r -> r.layerName("paged")).layerVersions()).isEmpty();
        assertThat(clients.lambda.listLayers().layers()).noneMatch(l -> l.layerName().equals("paged"));
        assertRefused(() -> clients.lambda.getLayerVersion(r -> r.layerName("paged").versionNumber(3L)),
                "layerNotFound");

        assertThat(publish("paged", TestZips.handler("'again'"), Runtime.PYTHON3_12, Architecture.X86_64)
                .version()).isEqualTo(4L);
    }

    @Test
    void listLayersShowsEachLayersNewestVersionThatMatchesTheFilters() {
        publish("filtered", TestZips.handler("'a'"), Runtime.PYTHON3_12, Architecture.ARM64);
        publish("filtered", TestZips.handler("'b'"), Runtime.NODEJS22_X, Architecture.X86_64);
        publish("filtered", TestZips.handler("'c'"), Runtime.PYTHON3_12, Architecture.X86_64);

        assertThat(latest("filtered", null, null)).isEqualTo(3L);
        assertThat(latest("filtered", Runtime.NODEJS22_X, null)).isEqualTo(2L);
        assertThat(latest("filtered", Runtime.PYTHON3_12, Architecture.ARM64)).isEqualTo(1L);
        assertThat(clients.lambda.listLayers(r -> r.compatibleRuntime(Runtime.JAVA21)).layers())
                .noneMatch(l -> l.layerName().equals("filtered"));
        assertThat(clients.lambda.listLayerVersions(r -> r.layerName("filtered")
                .compatibleRuntime(Runtime.PYTHON3_12)).layerVersions())
                .extracting(LayerVersionsListItem::version).containsExactly(3L, 1L);
        LayersListItem item = clients.lambda.listLayers(r -> r.compatibleRuntime(Runtime.NODEJS22_X)).layers()
                .stream().filter(l -> l.layerName().equals("filtered")).findFirst().orElseThrow();
        assertThat(item.layerArn()).isEqualTo("arn:aws:lambda:us-east-1:000000000000:layer:filtered");
        assertThat(item.latestMatchingVersion().compatibleArchitectures()).containsExactly(Architecture.X86_64);
    }

    @Test
    void badRequestsGetAwsAnswers() {
        publish("answers", TestZips.handler("'x'"), Runtime.PYTHON3_12, Architecture.X86_64);
        String layerArn = "arn:aws:lambda:us-east-1:000000000000:layer:answers";

        assertRefused(() -> clients.lambda.listLayers(r -> r.compatibleRuntime("runtimedoesnotexist")),
                "listLayersBadRuntime");
        assertRefused(() -> clients.lambda.listLayers(r -> r.compatibleArchitecture("archdoesnotexist")),
                "listLayersBadArchitecture");
        assertRefused(() -> clients.lambda.getLayerVersion(r -> r.layerName("layerdoesnotexist").versionNumber(1L)),
                "layerNotFound");
        assertRefused(() -> clients.lambda.getLayerVersion(r -> r.layerName("answers").versionNumber(0L)),
                "versionBelowOne");
        assertRefused(() -> clients.lambda.deleteLayerVersion(r -> r.layerName("answers").versionNumber(-1L)),
                "versionBelowOne");
        assertRefused(() -> clients.lambda.getLayerVersionByArn(r -> r.arn(layerArn)), "byArnWithoutVersion",
                "resource:1", "answers");
        assertRefused(() -> clients.lambda.getLayerVersionByArn(r -> r.arn(layerArn + ":2")), "layerNotFound");
        assertThat(clients.lambda.listLayerVersions(r -> r.layerName("layerdoesnotexist")).layerVersions())
                .isEmpty();
        // ruby4.0 joined the runtimes AWS accepts after the answer was recorded (it is in the service model now).
        String expected = AwsLayerAnswers.message("publishBadRuntimeAndArchitecture")
                .replace("java8.al2]", "java8.al2, ruby4.0]");
        assertThatThrownBy(() -> clients.lambda.publishLayerVersion(r -> r.layerName("bad").content(c -> c.zipFile(
                TestZips.hello())).compatibleRuntimesWithStrings("invalidruntime")
                .compatibleArchitecturesWithStrings("invalidarch")))
                .isInstanceOfSatisfying(LambdaException.class, e -> {
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("ValidationException");
                    assertThat(e.awsErrorDetails().errorMessage()).isEqualTo(expected);
                });
    }

    private static Long latest(String layer, Runtime runtime, Architecture architecture) {
        return clients.lambda.listLayersPaginator(r -> r.compatibleRuntime(runtime)
                        .compatibleArchitecture(architecture).maxItems(1)).layers().stream()
                .filter(l -> l.layerName().equals(layer)).findFirst().orElseThrow()
                .latestMatchingVersion().version();
    }

    static byte[] download(String location) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(location))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
