package dev.lambdadesk.validation;

import static dev.lambdadesk.validation.Fixtures.remove;
import static dev.lambdadesk.validation.Fixtures.set;
import static dev.lambdadesk.validation.Fixtures.valid;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.lambdadesk.core.Operation;
import dev.lambdadesk.core.Severity;

/** Rules that look at several members together, each with a request that keeps it and one that breaks it. */
class CrossFieldRuleTest {

    private static final Operation CF = Operation.CREATE_FUNCTION;
    private static final Operation UCODE = Operation.UPDATE_FUNCTION_CODE;
    private static final String ZIP = "\"UEsDBA==\"";

    static Stream<Arguments> rules() {
        return Stream.of(
                // exactly one code source
                rule("zip and S3 together", CF, 0, r -> r, r -> set(r, "Code.S3Bucket", "\"b-1\""),
                        "Code.S3Bucket", "Give exactly one code source"),
                rule("S3 and image together", CF, 1, r -> r, r -> set(r, "Code.ImageUri", "\"repo:tag\""),
                        "Code.ImageUri", "Give exactly one code source"),
                rule("no code source", CF, 0, r -> r, r -> set(r, "Code", "{}"), "Code",
                        "Choose the code: a .zip file"),
                rule("S3 bucket needs a key", CF, 1, r -> r, r -> remove(r, "Code.S3Key"), "Code.S3Key",
                        "needs both S3Bucket and S3Key"),
                rule("S3 key needs a bucket", CF, 1, r -> r, r -> remove(r, "Code.S3Bucket"), "Code.S3Bucket",
                        "needs both S3Bucket and S3Key"),
                rule("S3 version alone", CF, 1, r -> r, r -> remove(remove(r, "Code.S3Bucket"), "Code.S3Key"),
                        "Code.S3Key", "needs both S3Bucket and S3Key"),
                // Zip needs Runtime and Handler
                rule("zip needs a runtime", CF, 0, r -> remove(r, "PackageType"), r -> remove(r, "Runtime"),
                        "Runtime", "needs Runtime and Handler"),
                rule("zip needs a handler", CF, 1, r -> r, r -> remove(r, "Handler"), "Handler",
                        "needs Runtime and Handler"),
                rule("explicit Zip takes no image", CF, 0, r -> r,
                        r -> set(remove(r, "Code.ZipFile"), "Code.ImageUri", "\"repo:tag\""), "Code.ImageUri",
                        "ImageUri is only for PackageType Image"),
                // Image rules
                rule("image needs an image URI", CF, 2, r -> r,
                        r -> set(remove(r, "Code.ImageUri"), "Code.ZipFile", ZIP), "Code.ImageUri",
                        "Enter the container image URI"),
                rule("image takes no zip", CF, 2, r -> r, r -> set(r, "Code.ZipFile", ZIP), "Code.ZipFile",
                        "takes its code from ImageUri only"),
                rule("image takes no runtime", CF, 2, r -> r, r -> set(r, "Runtime", "\"python3.14\""), "Runtime",
                        "a container image brings its own runtime"),
                rule("image takes no handler", CF, 2, r -> r, r -> set(r, "Handler", "\"app.handler\""), "Handler",
                        "Remove Handler"),
                rule("image takes no layers", CF, 2, r -> set(r, "Layers", "[]"),
                        r -> set(r, "Layers", "[\"arn:aws:lambda:us-east-1:123456789012:layer:x:1\"]"), "Layers",
                        "container-image functions cannot use layers"),
                rule("image takes no code signing", CF, 2, r -> r, r -> set(r, "CodeSigningConfigArn",
                        "\"arn:aws:lambda:us-east-1:123456789012:code-signing-config:csc-0123456789abcdef0\""),
                        "CodeSigningConfigArn", "code signing is not supported for container-image functions"),
                rule("package type Image needs image code", CF, 0, r -> r, r -> set(stripZipOnly(r), "PackageType",
                        "\"Image\""), "Code.ImageUri", "Enter the container image URI"),
                // memory limit depends on the capacity provider
                rule("memory above 10240 needs a capacity provider", CF, 0, r -> set(r, "MemorySize", "20000"),
                        r -> remove(set(r, "MemorySize", "20000"), "CapacityProviderConfig"), "MemorySize",
                        "between 128 and 10240 MB; you entered 20000."),
                // SnapStart limits
                rule("SnapStart takes no EFS", Operation.UPDATE_FUNCTION_CONFIGURATION, 0, r -> r,
                        r -> set(r, "SnapStart", "{\"ApplyOn\":\"PublishedVersions\"}"), "SnapStart.ApplyOn",
                        "SnapStart cannot be used with an EFS file system"),
                rule("SnapStart takes at most 512 MB of ephemeral storage", CF, 0,
                        r -> snapStart(r, 512), r -> snapStart(r, 1024), "SnapStart.ApplyOn",
                        "SnapStart allows at most 512 MB of ephemeral storage"),
                // VPC ids have the forms AWS checks
                rule("subnet ids look like subnet-...", CF, 0,
                        r -> set(r, "VpcConfig", vpc("subnet-0abc", "sg-1")),
                        r -> set(r, "VpcConfig", vpc("bad-1", "sg-1")),
                        "VpcConfig.SubnetIds[0]", "Subnet ID 'bad-1' is not an id of that kind"),
                rule("security group ids look like sg-...", CF, 0,
                        r -> set(r, "VpcConfig", vpc("subnet-0abc", "sg-1")),
                        r -> set(r, "VpcConfig", vpc("subnet-0abc", "x")),
                        "VpcConfig.SecurityGroupIds[0]", "Security group ID 'x' is not an id of that kind"),
                // UpdateFunctionCode: exactly one source
                rule("update code needs a source", UCODE, 0, r -> r, r -> remove(r, "ZipFile"), "ZipFile",
                        "Choose the code"),
                rule("update code takes one source", UCODE, 2, r -> r, r -> set(r, "ZipFile", ZIP), "ImageUri",
                        "Give exactly one code source"),
                rule("update code S3 needs a key", UCODE, 1, r -> r, r -> remove(r, "S3Key"), "S3Key",
                        "needs both S3Bucket and S3Key"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void ruleHoldsForTheValidRequestAndIsReportedForTheBrokenOne(String name, Operation op, int base,
            UnaryOperator<ObjectNode> keep, UnaryOperator<ObjectNode> breakIt, String path, String message) {
        assertThat(Fixtures.errors(op, keep.apply(valid(op, base)))).as("errors while the rule holds").isEmpty();

        assertThat(Fixtures.at(Fixtures.errors(op, breakIt.apply(valid(op, base))), path))
                .anySatisfy(v -> {
                    assertThat(v.message()).contains(message);
                    assertThat(v.aws()).isNotNull();
                });
    }

    @Test
    void imageConfigOnAZipFunctionIsOnlyAWarning() {
        ObjectNode request = set(valid(CF, 1), "ImageConfig", "{\"Command\":[\"x\"]}");

        assertThat(Fixtures.validate(CF, request)).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("ImageConfig");
            assertThat(v.severity()).isEqualTo(Severity.WARNING);
            assertThat(v.aws()).isNull();
        });
    }

    @Test
    void publisherThatIsNotASigningProfileVersionIsAWarning() {
        ObjectNode request = set(valid(Operation.CREATE_CODE_SIGNING_CONFIG),
                "AllowedPublishers.SigningProfileVersionArns[0]", "\"arn:aws:iam::123456789012:role/x\"");

        assertThat(Fixtures.validate(Operation.CREATE_CODE_SIGNING_CONFIG, request)).singleElement()
                .satisfies(v -> {
                    assertThat(v.path()).isEqualTo("AllowedPublishers.SigningProfileVersionArns[0]");
                    assertThat(v.severity()).isEqualTo(Severity.WARNING);
                    assertThat(v.message()).contains("not a signing profile version ARN");
                });
    }

    @Test
    void validityUnitWithoutValueAndValueWithoutUnitAreWarnings() {
        Operation op = Operation.PUT_SIGNING_PROFILE;
        ObjectNode noUnit = set(valid(op), "signatureValidityPeriod", "{\"value\":3}");
        ObjectNode noValue = set(valid(op), "signatureValidityPeriod", "{\"type\":\"DAYS\"}");

        assertThat(Fixtures.validate(op, noUnit)).singleElement()
                .satisfies(v -> assertThat(v.severity()).isEqualTo(Severity.WARNING));
        assertThat(Fixtures.validate(op, noValue)).singleElement()
                .satisfies(v -> assertThat(v.severity()).isEqualTo(Severity.WARNING));
    }

    private static String vpc(String subnet, String securityGroup) {
        return "{\"SubnetIds\":[\"" + subnet + "\"],\"SecurityGroupIds\":[\"" + securityGroup + "\"]}";
    }

    private static ObjectNode snapStart(ObjectNode r, int ephemeralMb) {
        remove(r, "FileSystemConfigs");
        set(r, "SnapStart", "{\"ApplyOn\":\"PublishedVersions\"}");
        return set(r, "EphemeralStorage", "{\"Size\":" + ephemeralMb + "}");
    }

    private static ObjectNode stripZipOnly(ObjectNode r) {
        remove(r, "Runtime");
        remove(r, "Handler");
        remove(r, "Layers");
        remove(r, "CodeSigningConfigArn");
        return r;
    }

    private static Arguments rule(String name, Operation op, int base, UnaryOperator<ObjectNode> keep,
            UnaryOperator<ObjectNode> breakIt, String path, String message) {
        return Arguments.of(name, op, base, keep, breakIt, path, message);
    }
}
