package dev.lambdadesk.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.lambdadesk.core.Operation;

/** Limits in words for tooltips, and labels for messages. */
class DescribeTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            CREATE_FUNCTION              | MemorySize                   | 128–10240 MB (up to 32768 MB with a capacity provider)
            CREATE_FUNCTION              | Timeout                      | 1–900 seconds
            CREATE_FUNCTION              | EphemeralStorage.Size        | Required. 512–10240 MB
            CREATE_FUNCTION              | Role                         | Required. An IAM role ARN such as arn:aws:iam::123456789012:role/my-role
            CREATE_FUNCTION              | Layers                       | Up to 5 versioned layer ARNs
            CREATE_FUNCTION              | Layers[3]                    | 1–2048 characters; a versioned layer ARN such as arn:aws:lambda:us-east-1:123456789012:layer:my-layer:3
            CREATE_FUNCTION              | Architectures                | Exactly 1 architecture
            CREATE_FUNCTION              | PackageType                  | One of: Zip, Image
            CREATE_FUNCTION              | Environment.Variables.MY_VAR | Up to 4 KB in total; names start with a letter; reserved names such as AWS_REGION are not allowed
            CREATE_FUNCTION              | Description                  | Up to 256 characters
            UPDATE_FUNCTION_CODE         | ZipFile                      | A .zip package up to 50 MB, base64-encoded
            CREATE_CODE_SIGNING_CONFIG   | AllowedPublishers.SigningProfileVersionArns | Required. 1–20 signing profile version ARNs
            PUT_SIGNING_PROFILE          | profileName                  | Required. 2–64 characters; letters, numbers and underscores only (no hyphens)
            PUT_SIGNING_PROFILE          | signatureValidityPeriod.value | 1 to 135 months (11 years, or 4110 days)
            PUT_SIGNING_PROFILE          | tags                         | 1–200 tags
            REVOKE_SIGNING_PROFILE       | profileVersion               | Required. Exactly 10 characters; 10 letters or numbers
            """)
    void describesTheLimitInWords(Operation op, String path, String expected) {
        assertThat(Fixtures.VALIDATOR.describe(op, path)).contains(expected);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            CREATE_FUNCTION    | MemorySize                     | Memory
            CREATE_FUNCTION    | Code.S3Bucket                  | S3 bucket
            CREATE_FUNCTION    | VpcConfig.SubnetIds            | Subnets
            CREATE_FUNCTION    | FileSystemConfigs[0].Arn       | File system access point ARN
            START_SIGNING_JOB  | source.s3.bucketName           | Source bucket
            """)
    void labelsMembersForPeople(Operation op, String path, String label) {
        assertThat(Fixtures.VALIDATOR.label(op, path)).contains(label);
    }

    @ParameterizedTest
    @CsvSource({"CREATE_FUNCTION, Publish", "CREATE_FUNCTION, NoSuchMember", "UPDATE_FUNCTION_CODE, Runtime"})
    void saysNothingForMembersWithoutLimitsOrUnknownPaths(Operation op, String path) {
        assertThat(Fixtures.VALIDATOR.describe(op, path)).isEmpty();
    }
}
