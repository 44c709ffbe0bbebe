package dev.lambdadesk.validation;

import static dev.lambdadesk.validation.Fixtures.listOf;
import static dev.lambdadesk.validation.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.lambdadesk.core.Operation;

/**
 * Every member rule and service limit with a value just inside and one just outside the limit, applied to an
 * otherwise valid request.
 */
class MemberRuleTest {

    private static final Operation CF = Operation.CREATE_FUNCTION;
    private static final Operation UFC = Operation.UPDATE_FUNCTION_CONFIGURATION;
    private static final Operation UCODE = Operation.UPDATE_FUNCTION_CODE;
    private static final Operation CCSC = Operation.CREATE_CODE_SIGNING_CONFIG;
    private static final Operation UCSC = Operation.UPDATE_CODE_SIGNING_CONFIG;
    private static final Operation PSP = Operation.PUT_SIGNING_PROFILE;
    private static final Operation SSJ = Operation.START_SIGNING_JOB;
    private static final Operation RSP = Operation.REVOKE_SIGNING_PROFILE;

    private static final int S3_BASE = 1;
    private static final int IMAGE_BASE = 2;
    private static final String LAYER = "\"arn:aws:lambda:us-east-1:123456789012:layer:common:3\"";
    private static final String PROFILE_ARN =
            "\"arn:aws:signer:us-east-1:123456789012:/signing-profiles/Release_Profile/a1B2c3D4e5\"";
    private static final String FILE_SYSTEM = "{\"Arn\":\"arn:aws:elasticfilesystem:us-east-1:123456789012:"
            + "access-point/fsap-0123456789abcdef0\",\"LocalMountPath\":\"/mnt/data\"}";
    private static final String FUNCTION_ARN_PREFIX = "arn:aws:lambda:us-east-1:123456789012:function:";
    private static final String LMI = "CapacityProviderConfig.LambdaManagedInstancesCapacityProviderConfig.";

    static Stream<Arguments> rules() {
        return Stream.of(
                // CreateFunction: names, role, handler, description
                rule(CF, "FunctionName", "\"my-function_1\"", "\"invalid:function:name\"", "Function name is not valid"),
                rule(CF, "FunctionName", text('a', 64), text('a', 65), "at most 64 characters; yours has 65"),
                rule(CF, "FunctionName", "\"" + FUNCTION_ARN_PREFIX + "a".repeat(64) + "\"",
                        "\"" + FUNCTION_ARN_PREFIX + "a".repeat(94) + "\"", "1–140 characters long; yours has 141"),
                rule(CF, "FunctionName", "\"123456789012:function:f\"", "\"123456789012:function:" + "b".repeat(65)
                        + "\"", "inside the ARN must be at most 64"),
                rule(CF, "FunctionName", "\"f\"", "\"\"", "Function name must not be empty"),
                rule(CF, "Role", "\"arn:aws:iam::123456789012:role/service-role/x\"", "\"r1\"",
                        "Execution role is not valid; use an IAM role ARN"),
                rule(CF, "Handler", "\"index.handler\"", "\"index handler\"", "Handler is not valid"),
                rule(CF, "Handler", text('h', 128), text('h', 129), "at most 128 characters long; yours has 129"),
                rule(CF, "Description", text('d', 256), text('d', 257), "at most 256 characters"),
                // numbers with service limits
                rule(CF, "Timeout", "900", "901", "Timeout must be between 1 and 900 seconds; you entered 901."),
                rule(CF, "Timeout", "1", "0", "Timeout must be between 1 and 900 seconds; you entered 0."),
                rule(CF, S3_BASE, "MemorySize", "128", "100", "Memory must be between 128 and 10240 MB; you entered 100."),
                rule(CF, S3_BASE, "MemorySize", "10240", "10241", "between 128 and 10240 MB; you entered 10241."),
                rule(CF, "MemorySize", "32768", "32769", "between 128 and 32768 MB; you entered 32769."),
                rule(CF, "EphemeralStorage.Size", "10240", "10241", "Ephemeral storage must be between 512 and 10240 MB"),
                rule(CF, "EphemeralStorage.Size", "512", "511", "you entered 511"),
                // networking, lists
                rule(CF, "VpcConfig.SubnetIds", listOf("\"subnet-1\"", 16), listOf("\"subnet-1\"", 17),
                        "At most 16 subnets are allowed; you have 17. Remove 1."),
                rule(CF, "VpcConfig.SecurityGroupIds", listOf("\"sg-1\"", 5), listOf("\"sg-1\"", 6),
                        "At most 5 security groups"),
                rule(CF, "Architectures", "[\"x86_64\"]", "[\"x86_64\",\"arm64\"]",
                        "Choose exactly 1 architecture; you have 2."),
                rule(CF, "Architectures", "[\"arm64\"]", "[]", "Choose exactly 1 architecture; you have 0."),
                ruleAt(CF, 0, "Architectures", "[\"arm64\"]", "[\"X86_64\"]", "Architectures[0]",
                        "Architecture must be one of x86_64, arm64; 'X86_64' is not."),
                ruleAt(CF, 0, "Layers", listOf(LAYER, 5), listOf(LAYER, 6), "Layers",
                        "A function can use at most 5 layers; you have 6. Remove 1."),
                ruleAt(CF, 0, "Layers", "[" + LAYER + "]", "[" + LAYER + ",\"arn:aws:lambda:us-east-1:123456789012:"
                        + "layer:common\"]", "Layers[1]", "Layer is not valid; use a versioned layer ARN"),
                rule(CF, "FileSystemConfigs", "[" + FILE_SYSTEM + "]", listOf(FILE_SYSTEM, 2),
                        "At most 1 file system are allowed"),
                rule(CF, "FileSystemConfigs[0].LocalMountPath", "\"/mnt/efs-1\"", "\"/data\"", "use /mnt/ followed"),
                rule(CF, "FileSystemConfigs[0].Arn", "\"arn:aws:s3files:us-east-1:123456789012:file-system/fs-"
                        + "0123456789abcdef0/access-point/fsap-0123456789abcdef0\"", "\"arn:aws:s3:::bucket\"",
                        "File system access point ARN is not valid"),
                rule(CF, "DeadLetterConfig.TargetArn", "\"arn:aws:sns:us-east-1:123456789012:t\"", "\"queue\"",
                        "Dead-letter target ARN is not valid"),
                rule(CF, "KMSKeyArn", "\"\"", "\"key-1\"", "KMS key ARN is not valid"),
                rule(CF, "CodeSigningConfigArn", "\"arn:aws:lambda:eu-west-1:123456789012:code-signing-config:"
                        + "csc-abcdefghij0123456\"", "\"csc-abcdefghij0123456\"", "Code signing configuration ARN"),
                // enums
                rule(CF, "TracingConfig.Mode", "\"PassThrough\"", "\"On\"", "Tracing mode must be one of Active, PassThrough"),
                rule(CF, "PackageType", "\"Zip\"", "\"Jar\"", "Package type must be one of Zip, Image; 'Jar' is not."),
                rule(CF, "SnapStart.ApplyOn", "\"None\"", "\"invalidOption\"", "SnapStart must be one of"),
                rule(CF, "LoggingConfig.LogFormat", "\"Text\"", "\"XML\"", "Log format must be one of JSON, Text"),
                rule(CF, "LoggingConfig.ApplicationLogLevel", "\"TRACE\"", "\"VERBOSE\"", "Application log level"),
                rule(CF, "LoggingConfig.SystemLogLevel", "\"DEBUG\"", "\"TRACE\"", "System log level"),
                rule(CF, "LoggingConfig.LogGroup", "\"/aws/lambda/x#1\"", "\"bad group\"", "Log group is not valid"),
                rule(CF, "LoggingConfig.LogGroup", text('g', 512), text('g', 513), "1–512 characters"),
                rule(CF, "PublishTo", "\"LATEST_PUBLISHED\"", "\"LATEST\"", "Publish to must be one of LATEST_PUBLISHED"),
                rule(CF, "TenancyConfig.TenantIsolationMode", "\"PER_TENANT\"", "\"SHARED\"", "Tenant isolation mode"),
                // Lambda Managed Instances and durable functions
                rule(CF, LMI + "CapacityProviderArn", "\"arn:aws:lambda:us-west-2:123456789012:capacity-provider:p\"",
                        "\"arn:aws:lambda:us-west-2:123456789012:function:p\"", "Capacity provider ARN is not valid"),
                rule(CF, LMI + "PerExecutionEnvironmentMaxConcurrency", "1600", "1601", "between 1 and 1600 requests"),
                rule(CF, LMI + "ExecutionEnvironmentMemoryGiBPerVCpu", "8.0", "8.5", "between 2 and 8 GiB; you entered 8.5."),
                rule(CF, LMI + "ExecutionEnvironmentMemoryGiBPerVCpu", "2", "1.5", "you entered 1.5."),
                rule(CF, "DurableConfig.RetentionPeriodInDays", "90", "91", "between 1 and 90 days"),
                rule(CF, "DurableConfig.ExecutionTimeout", "31622400", "31622401", "between 1 and 31622400 seconds"),
                // code locations
                rule(CF, S3_BASE, "Code.S3Bucket", "\"my.code-bucket_1\"", "\"my-bucket.\"", "S3 bucket is not valid"),
                rule(CF, S3_BASE, "Code.S3Bucket", "\"abc\"", "\"ab\"", "S3 bucket must be 3–63 characters long; yours has 2."),
                rule(CF, S3_BASE, "Code.S3Key", text('k', 1024), text('k', 1025), "S3 key must be 1–1024"),
                rule(CF, S3_BASE, "Code.S3ObjectVersion", "\"v\"", "\"\"", "S3 object version must not be empty"),
                rule(CF, "Code.ZipFile", "\"UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==\"", "\"ZmFrZQ==\"", "not a .zip archive"),
                rule(CF, "Code.ZipFile", "\"UEsDBA==\"", "\"UEsD%%==\"", "Zip file must be base64-encoded"),
                rule(CF, IMAGE_BASE, "ImageConfig.WorkingDirectory", text('w', 1000), text('w', 1001),
                        "at most 1000 characters"),
                rule(CF, IMAGE_BASE, "ImageConfig.Command", listOf("\"c\"", 1500), listOf("\"c\"", 1501),
                        "At most 1500 arguments"),
                // environment
                ruleAt(CF, 0, "Environment.Variables", "{\"GOOD_NAME\":\"v\"}", "{\"1BAD\":\"v\"}",
                        "Environment.Variables.1BAD", "Environment variable name is not valid"),
                ruleAt(CF, 0, "Environment.Variables", "{\"MY_REGION\":\"v\"}", "{\"AWS_REGION\":\"v\"}",
                        "Environment.Variables.AWS_REGION", "AWS_REGION is reserved by Lambda"),
                ruleAt(CF, 0, "Environment.Variables", "{\"AWS_LAMBDA_EXEC_WRAPPER\":\"/opt/w\"}",
                        "{\"AWS_LAMBDA_FOO\":\"v\"}", "Environment.Variables.AWS_LAMBDA_FOO", "reserved by Lambda"),
                ruleAt(CF, 0, "Environment.Variables", "{\"XRAY_MODE\":\"v\"}", "{\"AWS_XRAY_DAEMON_ADDRESS\":\"v\"}",
                        "Environment.Variables.AWS_XRAY_DAEMON_ADDRESS", "reserved by Lambda"),
                ruleAt(CF, 0, "Environment.Variables", "{\"BIG\":" + text('v', 4086) + "}",
                        "{\"BIG\":" + text('v', 4087) + "}", "Environment.Variables",
                        "take 4097 bytes; Lambda allows at most 4 KB (4096 bytes)"),
                // tags
                ruleAt(CF, 0, "Tags", "{" + text('k', 128) + ":\"v\"}", "{" + text('k', 129) + ":\"v\"}",
                        "Tags." + "k".repeat(129), "Tag key must be 1–128 characters long; yours has 129."),
                ruleAt(CF, 0, "Tags", "{\"team\":" + text('v', 256) + "}", "{\"team\":" + text('v', 257) + "}",
                        "Tags.team", "Tag value must be at most 256 characters long"),
                ruleAt(CF, 0, "Tags", tags(50), tags(51), "Tags", "At most 50 tags are allowed; you have 51."),
                ruleAt(CF, 0, "Tags", "{\"awsome\":\"v\"}", "{\"AWS:owner\":\"v\"}", "Tags.AWS:owner",
                        "starts with aws:"),
                // runtime
                rule(CF, "Runtime", "\"ruby4.0\"", "\"python3.7\"", "Runtime python3.7 is deprecated"),
                rule(CF, "Runtime", "\"java8.al2\"", "\"go1.x\"", "such as provided.al2023"),
                rule(CF, "Runtime", "\"python3.9\"", "\"PYTHON3.9\"", "did you mean 'python3.9'?"),
                rule(CF, "Runtime", "\"nodejs24.x\"", "\"cobol\"", "'cobol' is not a Lambda runtime"),
                // UpdateFunctionConfiguration
                rule(UFC, "Runtime", "\"dotnet10\"", "\"dotnetcore3.1\"", "Runtime dotnetcore3.1 is deprecated"),
                rule(UFC, "Timeout", "900", "1000", "between 1 and 900 seconds"),
                rule(UFC, "MemorySize", "32768", "40000", "between 128 and 32768 MB"),
                rule(UFC, "Layers", listOf(LAYER, 5), listOf(LAYER, 6), "at most 5 layers"),
                rule(UFC, "FunctionName", text('u', 64), text('u', 65), "at most 64 characters"),
                rule(UFC, "RevisionId", "\"r\"", "5", "Revision ID must be text; you entered a number."),
                // UpdateFunctionCode
                rule(UCODE, "FunctionName", "\"" + FUNCTION_ARN_PREFIX + "f:$LATEST\"", "\"f g\"", "Function name is not valid"),
                ruleAt(UCODE, 0, "Architectures", "[\"arm64\"]", "[\"ARM64\"]", "Architectures[0]",
                        "Architecture must be one of x86_64, arm64"),
                rule(UCODE, S3_BASE, "S3Bucket", "\"bucket\"", "\"b\"", "S3 bucket must be 3–63 characters"),
                rule(UCODE, "ZipFile", "\"UEsDBA==\"", "\"ZmFrZQ==\"", "not a .zip archive"),
                rule(UCODE, "PublishTo", "\"LATEST_PUBLISHED\"", "\"NOW\"", "Publish to must be one of"),
                rule(UCODE, "DryRun", "true", "\"true\"", "Dry run must be true or false; you entered text."),
                // code signing configurations
                rule(CCSC, "AllowedPublishers.SigningProfileVersionArns", listOf(PROFILE_ARN, 20), listOf(PROFILE_ARN, 21),
                        "At most 20 signing profile versions are allowed; you have 21. Remove 1."),
                rule(CCSC, "AllowedPublishers.SigningProfileVersionArns", listOf(PROFILE_ARN, 1), "[]",
                        "Add at least 1 signing profile version."),
                ruleAt(CCSC, 0, "AllowedPublishers.SigningProfileVersionArns", "[" + PROFILE_ARN + "]",
                        "[" + PROFILE_ARN + ",\"not-an-arn\"]", "AllowedPublishers.SigningProfileVersionArns[1]",
                        "Signing profile version ARN is not valid"),
                rule(CCSC, "CodeSigningPolicies.UntrustedArtifactOnDeployment", "\"Warn\"", "\"Block\"",
                        "Untrusted artifact policy must be one of Warn, Enforce"),
                rule(CCSC, "Description", text('d', 256), text('d', 257), "at most 256 characters"),
                ruleAt(CCSC, 0, "Tags", "{\"team\":\"x\"}", "{\"aws:team\":\"x\"}", "Tags.aws:team", "starts with aws:"),
                rule(UCSC, "CodeSigningConfigArn", "\"arn:aws-us-gov:lambda:us-gov-west-1:123456789012:"
                        + "code-signing-config:csc-0123456789abcdef0\"", "\"csc-0123456789abcdef0\"",
                        "Code signing configuration ARN is not valid"),
                // Signer: profiles
                rule(PSP, "profileName", "\"Ab_1\"", "\"a-b\"", "Profile name is not valid; use letters, numbers and underscores"),
                rule(PSP, "profileName", "\"ab\"", "\"a\"", "Profile name must be 2–64 characters long; yours has 1."),
                rule(PSP, "profileName", text('p', 64), text('p', 65), "yours has 65"),
                rule(PSP, "signatureValidityPeriod", "{\"value\":135,\"type\":\"MONTHS\"}",
                        "{\"value\":136,\"type\":\"MONTHS\"}", "signatureValidityPeriod.value",
                        "at most 135 months (135 months); you entered 136 months."),
                rule(PSP, "signatureValidityPeriod", "{\"value\":11,\"type\":\"YEARS\"}",
                        "{\"value\":12,\"type\":\"YEARS\"}", "signatureValidityPeriod.value", "(11 years); you entered 12"),
                rule(PSP, "signatureValidityPeriod", "{\"value\":4110,\"type\":\"DAYS\"}",
                        "{\"value\":4111,\"type\":\"DAYS\"}", "signatureValidityPeriod.value", "(4110 days)"),
                rule(PSP, "signatureValidityPeriod", "{\"value\":1,\"type\":\"DAYS\"}",
                        "{\"value\":0,\"type\":\"DAYS\"}", "signatureValidityPeriod.value", "must be at least 1"),
                rule(PSP, "signatureValidityPeriod.type", "\"MONTHS\"", "\"WEEKS\"", "Validity unit must be one of DAYS, MONTHS, YEARS"),
                rule(PSP, "overrides.signingImageFormat", "\"JSON\"", "\"XML\"", "Signed image format must be one of"),
                rule(PSP, "overrides.signingConfiguration.encryptionAlgorithm", "\"RSA\"", "\"DSA\"", "Encryption algorithm"),
                rule(PSP, "overrides.signingConfiguration.hashAlgorithm", "\"SHA1\"", "\"MD5\"", "Hash algorithm"),
                rule(PSP, "signingMaterial", "{\"certificateArn\":\"c\"}", "{}", "signingMaterial.certificateArn",
                        "Certificate ARN is required"),
                ruleAt(PSP, 0, "tags", tags(200), tags(201), "tags", "At most 200 tags are allowed; you have 201."),
                ruleAt(PSP, 0, "tags", "{\"team\":\"x\"}", "{}", "tags", "Add at least 1 tag."),
                ruleAt(PSP, 0, "tags", "{\"a+b=c.d_e:f/g\":\"x\"}", "{\"aws:team\":\"x\"}", "tags.aws:team",
                        "Tag key is not valid"),
                ruleAt(PSP, 0, "tags", "{" + text('k', 128) + ":\"x\"}", "{" + text('k', 129) + ":\"x\"}",
                        "tags." + "k".repeat(129), "1–128 characters"),
                ruleAt(PSP, 0, "tags", "{\"t\":" + text('v', 256) + "}", "{\"t\":" + text('v', 257) + "}", "tags.t",
                        "Tag value must be at most 256 characters"),
                // Signer: jobs
                rule(SSJ, "profileOwner", "\"123456789012\"", "\"12345\"", "Profile owner must be exactly 12 characters"),
                rule(SSJ, "profileOwner", "\"000000000000\"", "\"12345678901a\"", "Profile owner is not valid; use a 12-digit"),
                rule(SSJ, "profileName", "\"My_Profile\"", "\"my-profile\"", "Profile name is not valid"),
                rule(SSJ, "source.s3", "{\"bucketName\":\"b\",\"key\":\"k\",\"version\":\"v\"}",
                        "{\"bucketName\":\"b\",\"key\":\"k\"}", "source.s3.version", "Source object version is required"),
                rule(SSJ, "destination.s3", "{\"bucketName\":\"b\"}", "{\"prefix\":\"p/\"}", "destination.s3.bucketName",
                        "Choose the S3 bucket where the signed code is written."),
                rule(SSJ, "source", "{\"s3\":{\"bucketName\":\"b\",\"key\":\"k\",\"version\":\"v\"}}", "{}", "source.s3",
                        "Choose the S3 object to sign"),
                // Signer: revocation ("now" is 2025-06-01T00:00:00Z)
                rule(RSP, "profileVersion", "\"ABCDEFGHIJ\"", "\"abc\"", "Profile version must be exactly 10 characters"),
                rule(RSP, "profileVersion", "\"0123456789\"", "\"01234-6789\"", "Profile version is not valid"),
                rule(RSP, "reason", text('r', 500), text('r', 501), "Reason must be 1–500 characters"),
                rule(RSP, "reason", "\"r\"", "\"\"", "Reason must not be empty"),
                rule(RSP, "effectiveTime", "\"2025-06-01T00:00:00Z\"", "\"2025-06-01T00:00:01Z\"",
                        "must take effect now or in the past"),
                rule(RSP, "effectiveTime", "1748735999", "1748822400", "is in the future"),
                rule(RSP, "effectiveTime", "\"2025-05-31\"", "\"tomorrow\"", "Effective time must be a time"));
    }

    @ParameterizedTest(name = "{0} {2}: {3} is valid, {4} is not")
    @MethodSource("rules")
    void validValuePassesAndInvalidValueIsReportedAtItsPath(Operation op, int base, String path, String valid,
            String invalid, String expectedPath, String expectedMessage) {
        ObjectNode good = Fixtures.set(Fixtures.valid(op, base), path, valid);
        assertThat(Fixtures.errors(op, good)).as("errors for the valid value").isEmpty();

        ObjectNode bad = Fixtures.set(Fixtures.valid(op, base), path, invalid);
        assertThat(Fixtures.at(Fixtures.errors(op, bad), expectedPath))
                .as("errors at %s", expectedPath)
                .anySatisfy(v -> assertThat(v.message()).contains(expectedMessage));
    }

    private static Arguments rule(Operation op, String path, String valid, String invalid, String message) {
        return Arguments.of(op, 0, path, valid, invalid, path, message);
    }

    private static Arguments rule(Operation op, int base, String path, String valid, String invalid, String message) {
        return Arguments.of(op, base, path, valid, invalid, path, message);
    }

    private static Arguments rule(Operation op, String path, String valid, String invalid, String expectedPath,
            String message) {
        return Arguments.of(op, 0, path, valid, invalid, expectedPath, message);
    }

    private static Arguments ruleAt(Operation op, int base, String path, String valid, String invalid,
            String expectedPath, String message) {
        return Arguments.of(op, base, path, valid, invalid, expectedPath, message);
    }

    private static String tags(int n) {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":\"v\"");
        }
        return sb.append('}').toString();
    }
}
