package dev.lambdadesk.local;

import static dev.lambdadesk.local.AwsLayerAnswers.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;
import software.amazon.awssdk.services.lambda.model.InvalidParameterValueException;
import software.amazon.awssdk.services.lambda.model.Layer;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;

/** A function's layers: checked on create and update, reported in every configuration, kept after a delete. */
class FunctionLayersTest {

    @TempDir
    static Path dataDir;
    static LocalEndpointFixture fixture;
    static LambdaClient lambda;

    @BeforeAll
    static void start() throws IOException {
        fixture = LocalEndpointFixture.start(dataDir);
        lambda = fixture.lambda;
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static String publish(String name, byte[] zip) {
        return lambda.publishLayerVersion(r -> r.layerName(name).content(c -> c.zipFile(SdkBytes.fromByteArray(zip))))
                .layerVersionArn();
    }

    @Test
    void layersAreReportedWithTheirSizeInEveryConfigurationAndSurviveTheirDeletion() {
        byte[] zip = TestZips.handler("'deps'");
        String deps = publish("deps", zip);
        String tools = publish("tools", TestZips.handler("'tools'"));

        FunctionConfiguration created = FunctionConfiguration.builder().layers(lambda.createFunction(
                LocalEndpointFixture.function("with-layers").layers(deps, tools).publish(true).build()).layers())
                .build();
        assertThat(created.layers()).extracting(Layer::arn).containsExactly(deps, tools);
        assertThat(created.layers().get(0).codeSize()).isEqualTo(zip.length);
        assertThat(created.layers().get(0).signingProfileVersionArn()).isNull();
        assertThat(lambda.getFunction(r -> r.functionName("with-layers")).configuration().layers())
                .extracting(Layer::arn).containsExactly(deps, tools);
        assertThat(lambda.getFunctionConfiguration(r -> r.functionName("with-layers").qualifier("1")).layers())
                .extracting(Layer::arn).containsExactly(deps, tools);
        assertThat(lambda.listFunctions().functions()).filteredOn(f -> f.functionName().equals("with-layers"))
                .singleElement().satisfies(f -> assertThat(f.layers()).hasSize(2));

        lambda.updateFunctionConfiguration(r -> r.functionName("with-layers").layers(tools));
        assertThat(layersOf("with-layers")).extracting(Layer::arn).containsExactly(tools);
        lambda.deleteLayerVersion(r -> r.layerName("tools").versionNumber(1L));
        assertThat(layersOf("with-layers")).extracting(Layer::arn).containsExactly(tools);
        lambda.updateFunctionCode(r -> r.functionName("with-layers").zipFile(TestZips.zipOf("new code")));
        lambda.updateFunctionConfiguration(r -> r.functionName("with-layers").layers(List.of()));
        assertThat(lambda.getFunctionConfiguration(r -> r.functionName("with-layers")).hasLayers()).isFalse();
    }

    @Test
    void sixLayersAreTooMany() {
        List<String> six = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            six.add(publish("six-" + i, TestZips.handler("'" + i + "'")));
        }

        assertRefused(() -> lambda.createFunction(LocalEndpointFixture.function("six").layers(six).build()),
                "sixLayers");
        assertThat(lambda.createFunction(LocalEndpointFixture.function("five").layers(six.subList(0, 5)).build())
                .layers()).hasSize(5);
    }

    @Test
    void aLayerVersionThatDoesNotExistIsNamed() {
        String one = publish("counted", TestZips.handler("'1'"));
        String two = publish("counted", TestZips.handler("'2'"));
        lambda.createFunction(LocalEndpointFixture.function("needs-layers").build());

        assertRefused(() -> lambda.updateFunctionConfiguration(r -> r.functionName("needs-layers")
                .layers(one.replace(":1", ":9"))), "layerVersionMissing", "resource:1", "counted");
        String otherLayer = one.replace("counted", "doesnotexist");
        assertThatThrownBy(() -> lambda.createFunction(LocalEndpointFixture.function("missing-layer")
                .layers(otherLayer).build())).isInstanceOfSatisfying(InvalidParameterValueException.class, e ->
                assertThat(e.awsErrorDetails().errorMessage()).isEqualTo("Layer version " + otherLayer
                        + " does not exist."));
        assertRefused(() -> lambda.updateFunctionConfiguration(r -> r.functionName("needs-layers")
                .layers(one, two)), "twoVersionsOfOneLayer", "resource:1", "counted");
        assertThatThrownBy(() -> lambda.getFunction(r -> r.functionName("missing-layer")))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void aLayerFromAnotherRegionIsRefused() {
        try (LambdaClient west = LambdaClient.builder().endpointOverride(fixture.endpoint.endpointUri())
                .region(Region.US_WEST_2).credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials
                        .create(fixture.endpoint.credentials().accessKeyId(),
                                fixture.endpoint.credentials().secretAccessKey()))).build()) {
            String westLayer = west.publishLayerVersion(r -> r.layerName("west").content(c -> c.zipFile(
                    TestZips.hello()))).layerVersionArn();

            assertThat(westLayer).startsWith("arn:aws:lambda:us-west-2:000000000000:layer:west:");
            assertRefused(() -> lambda.createFunction(LocalEndpointFixture.function("cross-region")
                    .layers(westLayer).build()), "layerInOtherRegion");
        }
    }

    @Test
    void functionAndLayersTogetherStayWithinTheUnzippedLimit() {
        String big = publish("big", zeros(200_000_000));

        assertRefused(() -> lambda.createFunction(LocalEndpointFixture.function("too-big")
                .code(c -> c.zipFile(SdkBytes.fromByteArray(zeros(62_144_001)))).layers(big).build()),
                "combinedSize", "size", "262144001");
        lambda.createFunction(LocalEndpointFixture.function("just-fits")
                .code(c -> c.zipFile(SdkBytes.fromByteArray(zeros(62_144_000)))).layers(big).build());
        assertRefused(() -> lambda.updateFunctionCode(r -> r.functionName("just-fits")
                .zipFile(SdkBytes.fromByteArray(zeros(62_144_100)))), "combinedSize", "size", "262144100");
    }

    private static List<Layer> layersOf(String function) {
        return lambda.getFunctionConfiguration(r -> r.functionName(function)).layers();
    }

    /** A zip with one entry of {@code size} zero bytes (it compresses to almost nothing). */
    private static byte[] zeros(int size) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] chunk = new byte[1 << 20];
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("data.bin"));
            for (int left = size; left > 0; left -= chunk.length) {
                zip.write(chunk, 0, Math.min(left, chunk.length));
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
