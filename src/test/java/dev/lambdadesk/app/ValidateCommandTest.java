package dev.lambdadesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.lambdadesk.core.Operation;

/** {@code lambdadesk validate} run through {@link Main#run}, with its output captured. */
class ValidateCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One broken member per operation: the change and the path it is reported at. */
    private static final Map<Operation, String[]> BROKEN = Map.ofEntries(
            Map.entry(Operation.CREATE_FUNCTION, new String[] {"{\"MemorySize\":100}", "MemorySize"}),
            Map.entry(Operation.UPDATE_FUNCTION_CONFIGURATION, new String[] {"{\"Runtime\":\"python2.7\"}",
                    "Runtime"}),
            Map.entry(Operation.UPDATE_FUNCTION_CODE, new String[] {"{\"ZipFile\":null}", "ZipFile"}),
            Map.entry(Operation.CREATE_CODE_SIGNING_CONFIG, new String[] {"{\"AllowedPublishers\":{"
                    + "\"SigningProfileVersionArns\":"
                    + "[\"arn:aws:signer:us-east-1:123456789012:/signing-profiles/A_1/a1B2c3D4e5\","
                    + "\"arn:aws:signer:us-east-1:123456789012:/signing-profiles/B_2/a1B2c3D4e5\",\"x\"]}}",
                    "AllowedPublishers.SigningProfileVersionArns[2]"}),
            Map.entry(Operation.UPDATE_CODE_SIGNING_CONFIG, new String[] {"{\"CodeSigningConfigArn\":\"bad\"}",
                    "CodeSigningConfigArn"}),
            Map.entry(Operation.PUT_SIGNING_PROFILE, new String[] {"{\"profileName\":\"a-b\"}", "profileName"}),
            Map.entry(Operation.START_SIGNING_JOB, new String[] {"{\"profileOwner\":\"1\"}", "profileOwner"}),
            Map.entry(Operation.REVOKE_SIGNING_PROFILE, new String[] {"{\"reason\":\"\"}", "reason"}),
            Map.entry(Operation.PUBLISH_LAYER_VERSION, new String[] {"{\"CompatibleRuntimes\":[\"python9\"]}",
                    "CompatibleRuntimes[0]"}),
            Map.entry(Operation.ADD_LAYER_VERSION_PERMISSION, new String[] {"{\"Action\":\"*\"}", "Action"}),
            Map.entry(Operation.LIST_LAYERS, new String[] {"{\"MaxItems\":51}", "MaxItems"}),
            Map.entry(Operation.LIST_LAYER_VERSIONS, new String[] {"{\"CompatibleArchitecture\":\"X86\"}",
                    "CompatibleArchitecture"}));

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void captureOutput() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreOutput() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    @ParameterizedTest
    @EnumSource(Operation.class)
    void aValidRequestExitsZeroWithNoFindings(Operation op) throws IOException {
        Path file = write("valid.json", validRequest(op).toString());

        assertThat(Main.run("validate", "--operation", op.apiName(), file.toString())).isZero();
        assertThat(stdout()).isEmpty();
        assertThat(stderr()).contains("valid " + op.apiName() + " request");

        reset();
        assertThat(Main.run("validate", "--operation", op.apiName(), "--format", "json", file.toString())).isZero();
        assertThat(JSON.readTree(stdout())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Operation.class)
    void anInvalidRequestExitsOneAndNamesThePath(Operation op) throws IOException {
        String[] broken = BROKEN.get(op);
        ObjectNode request = validRequest(op);
        request.setAll((ObjectNode) JSON.readTree(broken[0]));
        request.properties().removeIf(e -> e.getValue().isNull());
        Path file = write("invalid.json", request.toString());

        assertThat(Main.run("validate", "--operation", op.apiName(), file.toString())).isEqualTo(1);
        assertThat(stdout().lines()).anySatisfy(line -> assertThat(line).startsWith(broken[1] + ": ")
                .hasSizeGreaterThan(broken[1].length() + 10));

        reset();
        assertThat(Main.run("validate", "--operation", op.apiName(), "--format", "json", file.toString()))
                .isEqualTo(1);
        JsonNode findings = JSON.readTree(stdout());
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.get("path").asText()).isEqualTo(broken[1]);
            assertThat(f.get("message").asText()).isNotBlank();
            assertThat(f.get("severity").asText()).isEqualTo("error");
        });
    }

    @Test
    void warningsAloneStillExitZero() throws IOException {
        ObjectNode request = validRequest(Operation.PUT_SIGNING_PROFILE);
        request.putObject("signatureValidityPeriod").put("value", 3);
        Path file = write("warn.json", request.toString());

        assertThat(Main.run("validate", "--operation", "PutSigningProfile", file.toString())).isZero();
        assertThat(stdout()).startsWith("signatureValidityPeriod.type: warning: ");

        reset();
        assertThat(Main.run("validate", "--operation", "PutSigningProfile", "--format", "json", file.toString()))
                .isZero();
        assertThat(JSON.readTree(stdout())).singleElement()
                .satisfies(f -> assertThat(f.get("severity").asText()).isEqualTo("warning"));
    }

    @Test
    void unknownMembersMakeTheRequestInvalid() throws IOException {
        ObjectNode request = validRequest(Operation.CREATE_FUNCTION).put("Memory", 512);
        Path file = write("unknown.json", request.toString());

        assertThat(Main.run("validate", "--operation", "CreateFunction", file.toString())).isEqualTo(1);
        assertThat(stdout()).startsWith("Memory: ");
    }

    @Test
    void anUnknownOperationExitsTwoAndListsTheValidNames() throws IOException {
        Path file = write("r.json", "{}");

        assertThat(Main.run("validate", "--operation", "createFunction", file.toString())).isEqualTo(2);
        assertThat(stderr()).contains("Unknown operation 'createFunction'").contains("CreateFunction, "
                + "UpdateFunctionConfiguration, UpdateFunctionCode, CreateCodeSigningConfig, UpdateCodeSigningConfig, "
                + "PutSigningProfile, StartSigningJob, RevokeSigningProfile");
        assertThat(stdout()).isEmpty();
    }

    @Test
    void aMissingFileExitsTwoWithOneLine() {
        assertThat(Main.run("validate", "--operation", "CreateFunction", dir.resolve("nope.json").toString()))
                .isEqualTo(2);
        assertOneLineReason("no such file");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"FunctionName\":", "not json", "{\"a\":1}{\"b\":2}", "{\"a\":1,\"a\":2}", "",
            "[{\"FunctionName\":\"f\"}]", "42"})
    void aFileThatIsNotAJsonObjectExitsTwoWithOneLine(String content) throws IOException {
        Path file = write("bad.json", content);

        assertThat(Main.run("validate", "--operation", "CreateFunction", file.toString())).isEqualTo(2);
        assertOneLineReason("bad.json");
    }

    @Test
    void aDirectoryCannotBeReadAndExitsTwo() {
        assertThat(Main.run("validate", "--operation", "CreateFunction", dir.toString())).isEqualTo(2);
        assertOneLineReason("Cannot read");
    }

    private void assertOneLineReason(String fragment) {
        assertThat(stdout()).isEmpty();
        assertThat(stderr().lines()).singleElement().satisfies(line -> {
            assertThat(line).contains(fragment);
            assertThat(line).doesNotContain("Exception").doesNotContain("\tat ");
        });
    }

    private static ObjectNode validRequest(Operation op) throws IOException {
        try (InputStream in = ValidateCommandTest.class.getResourceAsStream(
                "/dev/lambdadesk/validation/valid-requests.json")) {
            return (ObjectNode) JSON.readTree(in).get(op.apiName()).get(0).deepCopy();
        }
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private void reset() {
        out.reset();
        err.reset();
    }
}
