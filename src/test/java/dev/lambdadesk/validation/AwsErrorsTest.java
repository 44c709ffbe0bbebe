package dev.lambdadesk.validation;

import static dev.lambdadesk.validation.Fixtures.remove;
import static dev.lambdadesk.validation.Fixtures.set;
import static dev.lambdadesk.validation.Fixtures.text;
import static dev.lambdadesk.validation.Fixtures.valid;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.lambdadesk.core.Operation;
import dev.lambdadesk.core.Severity;

/** The same findings rendered as the service answers them on the wire. */
class AwsErrorsTest {

    private static final Operation CF = Operation.CREATE_FUNCTION;
    private static final String VE = AwsFinding.VALIDATION_EXCEPTION;
    private static final String IPVE = AwsFinding.INVALID_PARAMETER_VALUE;
    private static final String FUNCTION_NAME_PATTERN = "(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|"
            + "(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?";

    static Stream<Arguments> singleFindings() {
        return Stream.of(
                wire("memory below the minimum", CF, 1, r -> set(r, "MemorySize", "100"), VE, 400,
                        "1 validation error detected: Value '100' at 'memorySize' failed to satisfy constraint: "
                                + "Member must have value greater than or equal to 128"),
                wire("memory above the standard maximum", CF, 1, r -> set(r, "MemorySize", "5555555"), VE, 400,
                        "1 validation error detected: Value '5555555' at 'memorySize' failed to satisfy constraint: "
                                + "Member must have value less than or equal to 10240"),
                wire("timeout above 900", CF, 0, r -> set(r, "Timeout", "901"), VE, 400,
                        "1 validation error detected: Value '901' at 'timeout' failed to satisfy constraint: "
                                + "Member must have value less than or equal to 900"),
                wire("role pattern", CF, 0, r -> set(r, "Role", "\"r1\""), VE, 400,
                        "1 validation error detected: Value 'r1' at 'role' failed to satisfy constraint: Member must "
                                + "satisfy regular expression pattern: arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?"
                                + "[a-zA-Z_0-9+=,.@\\-_/]+"),
                wire("missing role", CF, 0, r -> remove(r, "Role"), VE, 400,
                        "1 validation error detected: Value null at 'role' failed to satisfy constraint: Member must "
                                + "not be null"),
                wire("two architectures", CF, 0, r -> set(r, "Architectures", "[\"x86_64\",\"arm64\"]"), VE, 400,
                        "1 validation error detected: Value '[x86_64, arm64]' at 'architectures' failed to satisfy "
                                + "constraint: Member must have length less than or equal to 1"),
                wire("architecture in capitals", CF, 0, r -> set(r, "Architectures", "[\"X86_64\"]"), VE, 400,
                        "1 validation error detected: Value '[X86_64]' at 'architectures' failed to satisfy "
                                + "constraint: Member must satisfy constraint: [Member must satisfy enum value set: "
                                + "[x86_64, arm64], Member must not be null]"),
                wire("function name pattern", CF, 0, r -> set(r, "FunctionName", "\"invalid:function:name\""), VE, 400,
                        "1 validation error detected: Value 'invalid:function:name' at 'functionName' failed to "
                                + "satisfy constraint: Member must satisfy regular expression pattern: "
                                + FUNCTION_NAME_PATTERN),
                wire("function ARN over 140", CF, 0, r -> set(r, "FunctionName", "\"arn:aws:lambda:us-east-1:"
                        + "123456789012:function:" + "a".repeat(94) + "\""), VE, 400,
                        "1 validation error detected: Value 'arn:aws:lambda:us-east-1:123456789012:function:"
                                + "a".repeat(94) + "' at 'functionName' failed to satisfy constraint: Member must "
                                + "have length less than or equal to 140"),
                wire("SnapStart option", CF, 0, r -> set(r, "SnapStart.ApplyOn", "\"invalidOption\""), VE, 400,
                        "1 validation error detected: Value 'invalidOption' at 'snapStart.applyOn' failed to satisfy "
                                + "constraint: Member must satisfy enum value set: [PublishedVersions, None]"),
                wire("lowerCamel acronym", CF, 0, r -> set(r, "KMSKeyArn", "\"k\""), VE, 400,
                        "1 validation error detected: Value 'k' at 'kMSKeyArn' failed to satisfy constraint: Member "
                                + "must satisfy regular expression pattern: (arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()"),
                wire("nested member path", CF, 1, r -> set(r, "Code.S3Bucket", "\"ab\""), VE, 400,
                        "1 validation error detected: Value 'ab' at 'code.s3Bucket' failed to satisfy constraint: "
                                + "Member must have length greater than or equal to 3"),
                wire("element of a structure list", CF, 0, r -> set(r, "FileSystemConfigs[0].LocalMountPath",
                        "\"/data\""), VE, 400, "1 validation error detected: Value '/data' at 'fileSystemConfigs.1."
                        + "member.localMountPath' failed to satisfy constraint: Member must satisfy regular "
                        + "expression pattern: /mnt/[a-zA-Z0-9-_.]+"),
                wire("sensitive map key", CF, 0, r -> set(r, "Environment.Variables", "{\"1A\":\"x\"}"), VE, 400,
                        "1 validation error detected: Value at 'environment.variables' failed to satisfy constraint: "
                                + "Map keys must satisfy constraint: [Member must satisfy regular expression "
                                + "pattern: [a-zA-Z]([a-zA-Z0-9_])+]"),
                wire("list size of publishers", Operation.CREATE_CODE_SIGNING_CONFIG, 0,
                        r -> set(r, "AllowedPublishers.SigningProfileVersionArns", "[]"), VE, 400,
                        "1 validation error detected: Value '[]' at 'allowedPublishers.signingProfileVersionArns' "
                                + "failed to satisfy constraint: Member must have length greater than or equal to 1"),
                wire("signer profile name", Operation.PUT_SIGNING_PROFILE, 0, r -> set(r, "profileName", "\"a-b\""),
                        VE, 400, "1 validation error detected: Value 'a-b' at 'profileName' failed to satisfy "
                                + "constraint: Member must satisfy regular expression pattern: ^[a-zA-Z0-9_]{2,}"),
                wire("signer validity", Operation.PUT_SIGNING_PROFILE, 0, r -> set(r, "signatureValidityPeriod",
                        "{\"value\":136,\"type\":\"MONTHS\"}"), VE, 400, "1 validation error detected: Value '136' "
                        + "at 'signatureValidityPeriod.value' failed to satisfy constraint: Member must have value "
                        + "less than or equal to 135"),
                // InvalidParameterValueException cases, with AWS's exact messages
                wire("unknown runtime", CF, 0, r -> set(r, "Runtime", "\"non-existent-runtime\""), IPVE, 400,
                        "Value non-existent-runtime at 'runtime' failed to satisfy constraint: Member must satisfy "
                                + "enum value set: [nodejs20.x, python3.14, provided.al2023, python3.12, python3.13, "
                                + "nodejs24.x, nodejs22.x, java25, python3.10, python3.11, java21, ruby3.3, ruby3.4, "
                                + "ruby3.2, python3.8, python3.9, java17, nodejs16.x, dotnet10, dotnet8, java11, "
                                + "dotnet6, nodejs18.x, provided.al2, java8.al2, ruby4.0] or be a valid ARN"),
                wire("deprecated runtime", CF, 0, r -> set(r, "Runtime", "\"python3.7\""), IPVE, 400,
                        "The runtime parameter of python3.7 is no longer supported for creating or updating AWS "
                                + "Lambda functions. We recommend you use a supported runtime while creating or "
                                + "updating functions."),
                wire("plain function name over 64", CF, 0, r -> set(r, "FunctionName", text('a', 65)), IPVE, 400,
                        "1 validation error detected: Value '" + "a".repeat(65) + "' at 'functionName' failed to "
                                + "satisfy constraint: Member must have length less than or equal to 64"),
                wire("environment over 4 KB", CF, 0, r -> set(r, "Environment.Variables", "{\"KK\":" + text('v', 4089)
                        + "}"), IPVE, 400, "Lambda was unable to configure your environment variables because the "
                        + "environment variables you have provided exceeded the 4KB limit. String measured: "
                        + "{\"KK\":\"" + "v".repeat(4089) + "\"}"),
                wire("reserved environment keys", CF, 0, r -> set(r, "Environment.Variables",
                        "{\"AWS_REGION\":\"x\",\"OK\":\"y\",\"_X_AMZN_TRACE_ID\":\"z\",\"AWS_SESSION_TOKEN\":\"t\"}"),
                        VE, 400, "1 validation error detected: Value at 'environment.variables' failed to satisfy "
                                + "constraint: Map keys must satisfy constraint: [Member must satisfy regular "
                                + "expression pattern: [a-zA-Z]([a-zA-Z0-9_])+]"),
                wire("reserved environment keys only", CF, 0, r -> set(r, "Environment.Variables",
                        "{\"AWS_REGION\":\"x\",\"AWS_SESSION_TOKEN\":\"t\"}"), IPVE, 400, "Lambda was unable to "
                        + "configure your environment variables because the environment variables you have provided "
                        + "contains reserved keys that are currently not supported for modification. Reserved keys "
                        + "used in this request: AWS_REGION, AWS_SESSION_TOKEN"),
                wire("six layers", CF, 0, r -> set(r, "Layers", Fixtures.listOf(
                        "\"arn:aws:lambda:us-east-1:123456789012:layer:common:3\"", 6)), IPVE, 400,
                        "Cannot reference more than 5 layers."),
                wire("zip without runtime", CF, 1, r -> remove(r, "Runtime"), IPVE, 400,
                        "Runtime and Handler are mandatory parameters for functions created with deployment "
                                + "packages."),
                wire("image with code signing", CF, 2, r -> set(r, "CodeSigningConfigArn", "\"arn:aws:lambda:"
                        + "us-east-1:123456789012:code-signing-config:csc-0123456789abcdef0\""), IPVE, 400,
                        "Code signing is not supported for functions created with container images."),
                wire("update code without a source", Operation.UPDATE_FUNCTION_CODE, 0, r -> remove(r, "ZipFile"),
                        IPVE, 400, "Please provide a source for function code."),
                wire("not a zip", CF, 0, r -> set(r, "Code.ZipFile", "\"ZmFrZQ==\""), IPVE, 400,
                        "Could not unzip uploaded file. Please check your file, then try to upload again."),
                wire("wrong JSON type", CF, 0, r -> set(r, "MemorySize", "\"512\""),
                        AwsFinding.SERIALIZATION_EXCEPTION, 400, "STRING_VALUE can not be converted to an Integer"),
                wire("object where a list belongs", CF, 0, r -> set(r, "Layers", "{}"),
                        AwsFinding.SERIALIZATION_EXCEPTION, 400, "Start of structure or map found where not expected."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("singleFindings")
    void findingsRenderAsTheServiceAnswers(String name, Operation op, int base, UnaryOperator<ObjectNode> change,
            String code, int status, String message) {
        List<Violation> violations = Fixtures.validate(op, change.apply(valid(op, base)));

        assertThat(AwsErrors.toAwsError(violations)).contains(new AwsError(code, status, message));
    }

    @Test
    void severalModelFindingsAreJoinedWithTheirCount() {
        ObjectNode request = set(set(valid(CF, 1), "MemorySize", "100"), "Timeout", "0");

        assertThat(AwsErrors.toAwsError(Fixtures.validate(CF, request))).contains(new AwsError(VE, 400,
                "2 validation errors detected: Value '100' at 'memorySize' failed to satisfy constraint: Member must "
                        + "have value greater than or equal to 128; Value '0' at 'timeout' failed to satisfy "
                        + "constraint: Member must have value greater than or equal to 1"));
    }

    @Test
    void modelFindingsComeBeforeOtherCodes() {
        ObjectNode request = set(set(valid(CF, 0), "Runtime", "\"python3.7\""), "Timeout", "0");

        assertThat(AwsErrors.toAwsError(Fixtures.validate(CF, request))).get()
                .satisfies(e -> assertThat(e.errorCode()).isEqualTo(VE));
    }

    @Test
    void twoBadElementsOfOneListAreOneClause() {
        ObjectNode request = set(valid(CF, 0), "Layers", "[\"a\",\"b\"]");

        assertThat(Fixtures.validate(CF, request)).extracting(Violation::path).containsExactly("Layers[0]",
                "Layers[1]");
        assertThat(AwsErrors.toAwsError(Fixtures.validate(CF, request))).get()
                .satisfies(e -> assertThat(e.message()).startsWith("1 validation error detected: Value '[a, b]' at "
                        + "'layers' failed to satisfy constraint: Member must satisfy constraint: ["));
    }

    @Test
    void nothingToReportWhenNoFindingHasWireWording() {
        Violation unknown = new Violation("Foo", "Unknown member", Severity.ERROR, null);
        Violation warning = new Violation("ImageConfig", "Has no effect", Severity.WARNING, null);

        assertThat(AwsErrors.toAwsError(List.of())).isEmpty();
        assertThat(AwsErrors.toAwsError(List.of(unknown, warning))).isEmpty();
    }

    @Test
    void unknownMembersAreErrorsWithoutWireWording() {
        ObjectNode request = set(valid(CF, 0), "memorySize", "128");

        assertThat(Fixtures.validate(CF, request)).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("memorySize");
            assertThat(v.isError()).isTrue();
            assertThat(v.aws()).isNull();
            assertThat(v.message()).contains("did you mean 'MemorySize'?");
        });
    }

    @Test
    void tooLargeZipIsAnswered413() {
        Violation tooLarge = new Violation("Code.ZipFile", "too large", Severity.ERROR,
                new AwsFinding(AwsFinding.REQUEST_ENTITY_TOO_LARGE, "Zipped size must be smaller than 52428800 bytes"));
        Violation model = new Violation("Timeout", "bad", Severity.ERROR, AwsFinding.validation("clause"));

        assertThat(AwsErrors.toAwsError(List.of(model, tooLarge))).contains(new AwsError(
                AwsFinding.REQUEST_ENTITY_TOO_LARGE, 413, "Zipped size must be smaller than 52428800 bytes"));
    }

    private static Arguments wire(String name, Operation op, int base, UnaryOperator<ObjectNode> change, String code,
            int status, String message) {
        return Arguments.of(name, op, base, change, code, status, message);
    }
}
