package dev.lambdadesk.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;

import dev.lambdadesk.core.LayerVersionInfo;
import dev.lambdadesk.testing.LocalSession;

/** The layer gateway against the local endpoint, through the real SDK client. */
class LayerGatewayTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private LocalSession local;
    private LayerGateway layers;

    @BeforeEach
    void start() throws IOException {
        local = LocalSession.start(dir.resolve("endpoint"), 0);
        layers = local.session().layers();
    }

    @AfterEach
    void stop() {
        local.close();
    }

    @Test
    void publishesListsGetsAndDeletesVersionsAsCoreRecords() throws IOException {
        LayerVersionInfo first = layers.publish(request("deps", "python3.12", "x86_64"));
        LayerVersionInfo second = layers.publish(request("deps", "nodejs22.x", "arm64"));

        assertThat(first.layerName()).isEqualTo("deps");
        assertThat(first.layerVersionArn()).isEqualTo("arn:aws:lambda:us-east-1:000000000000:layer:deps:1");
        assertThat(first.compatibleRuntimes()).containsExactly("python3.12");
        assertThat(first.licenseInfo()).isEqualTo("MIT");
        assertThat(first.content()).hasValueSatisfying(c -> {
            assertThat(c.codeSize()).isPositive();
            assertThat(c.codeSha256()).isNotBlank();
            assertThat(c.location()).contains("/_lambdadesk/code/");
        });
        assertThat(first.signed()).isFalse();
        assertThat(layers.layers(Optional.empty(), Optional.empty())).singleElement()
                .satisfies(l -> assertThat(l.version()).isEqualTo(2L));
        assertThat(layers.layers(Optional.of("python3.12"), Optional.of("x86_64"))).singleElement()
                .satisfies(l -> {
                    assertThat(l.version()).isEqualTo(1L);
                    assertThat(l.content()).isEmpty();
                });
        assertThat(layers.versions("deps")).extracting(LayerVersionInfo::version).containsExactly(2L, 1L);
        assertThat(layers.get(second.layerVersionArn()).compatibleArchitectures()).containsExactly("arm64");

        layers.delete("deps", 2);
        assertThat(layers.versions("deps")).extracting(LayerVersionInfo::layerVersionArn)
                .containsExactly(first.layerVersionArn());
        assertThatThrownBy(() -> layers.get(second.layerVersionArn())).isInstanceOf(ResourceNotFoundException.class);
    }

    private static ObjectNode request(String name, String runtime, String architecture) throws IOException {
        ObjectNode request = JSON.createObjectNode().put("LayerName", name).put("LicenseInfo", "MIT");
        request.putObject("Content").put("ZipFile", Base64.getEncoder().encodeToString(zip(runtime)));
        request.putArray("CompatibleRuntimes").add(runtime);
        request.putArray("CompatibleArchitectures").add(architecture);
        return request;
    }

    private static byte[] zip(String marker) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("python/marker.txt"));
            zip.write(marker.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
