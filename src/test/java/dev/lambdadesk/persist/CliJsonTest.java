package dev.lambdadesk.persist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.lambda.model.CreateFunctionRequest;
import software.amazon.awssdk.services.lambda.model.TracingMode;

import dev.lambdadesk.aws.SdkJson;

class CliJsonTest {

    private final ObjectMapper json = new ObjectMapper();
    private final CliJson cli = new CliJson();

    /** What `aws lambda get-function-configuration` prints for a function with most options set. */
    private static final String CONFIGURATION_OUTPUT = """
            {
                "FunctionName": "orders",
                "FunctionArn": "arn:aws:lambda:us-east-1:123456789012:function:orders",
                "Runtime": "python3.12",
                "Role": "arn:aws:iam::123456789012:role/lambda-basic-execution",
                "Handler": "app.handler",
                "CodeSize": 2048,
                "Description": "Order intake",
                "Timeout": 30,
                "MemorySize": 512,
                "LastModified": "2026-01-05T10:11:12.345+0000",
                "CodeSha256": "PFn4S+er27qk+UuZSTKEQfNKG/XNn7QJs90mJgq6oH8=",
                "Version": "$LATEST",
                "VpcConfig": {"SubnetIds": ["subnet-0a1b"], "SecurityGroupIds": ["sg-0c1d"], "VpcId": "vpc-1",
                              "Ipv6AllowedForDualStack": false},
                "Environment": {"Variables": {"STAGE": "prod"}},
                "TracingConfig": {"Mode": "Active"},
                "RevisionId": "0f1c3c1e-8f0e-4b8e-9a36-8c5b6a9d2b71",
                "Layers": [{"Arn": "arn:aws:lambda:us-east-1:123456789012:layer:common:3", "CodeSize": 100}],
                "State": "Active",
                "LastUpdateStatus": "Successful",
                "PackageType": "Zip",
                "Architectures": ["arm64"],
                "EphemeralStorage": {"Size": 1024},
                "SnapStart": {"ApplyOn": "None", "OptimizationStatus": "Off"},
                "RuntimeVersionConfig": {"RuntimeVersionArn": "arn:aws:lambda:us-east-1::runtime:abc"},
                "LoggingConfig": {"LogFormat": "Text", "LogGroup": "/aws/lambda/orders"},
                "SigningProfileVersionArn": "arn:aws:signer:us-east-1:123456789012:/signing-profiles/p/AbCdEf1234",
                "SigningJobArn": "arn:aws:signer:us-east-1:123456789012:/signing-jobs/1b2c"
            }
            """;

    @Test
    void aConfigurationOutputBecomesCreateFunctionInputAndSaysWhatItLeftOut() throws Exception {
        CliJson.Imported imported = cli.importText(CONFIGURATION_OUTPUT);
        ObjectNode req = imported.request();

        assertThat(req.has("FunctionArn")).isFalse();
        assertThat(req.has("State")).isFalse();
        assertThat(req.has("SigningJobArn")).isFalse();
        assertThat(req.path("VpcConfig").has("VpcId")).isFalse();
        assertThat(req.path("SnapStart").has("OptimizationStatus")).isFalse();
        assertThat(req.get("Layers").get(0).asText()).isEqualTo("arn:aws:lambda:us-east-1:123456789012:layer:common:3");
        assertThat(imported.notes()).anyMatch(n -> n.contains("CodeSha256") && n.contains("LastModified"));
        assertThat(imported.notes()).anyMatch(n -> n.contains("does not carry the code"));

        CreateFunctionRequest sdk = SdkJson.build(CreateFunctionRequest::builder, req);
        assertThat(sdk.memorySize()).isEqualTo(512);
        assertThat(sdk.tracingConfig().mode()).isEqualTo(TracingMode.ACTIVE);
        assertThat(sdk.layers()).hasSize(1);
    }

    @Test
    void getFunctionOutputIsReadThroughItsConfigurationWithTags() throws Exception {
        String getFunction = "{\"Configuration\":" + CONFIGURATION_OUTPUT
                + ",\"Code\":{\"RepositoryType\":\"S3\",\"Location\":\"https://x\"},\"Tags\":{\"team\":\"a\"}}";
        CliJson.Imported imported = cli.importText(getFunction);
        assertThat(imported.request().get("FunctionName").asText()).isEqualTo("orders");
        assertThat(imported.request().path("Tags").path("team").asText()).isEqualTo("a");
        assertThat(imported.request().has("Code")).isFalse();
    }

    @Test
    void unknownMembersOfAnInputFileAreKeptSoValidationCanReportThem() throws Exception {
        CliJson.Imported imported = cli.importText("{\"FunctionName\":\"f\",\"MemorySise\":128}");
        assertThat(imported.request().has("MemorySise")).isTrue();
        assertThat(imported.notes()).isEmpty();
    }

    @Test
    void notJsonIsRefusedWithAReason() {
        assertThatThrownBy(() -> cli.importText("FunctionName: f")).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> cli.importText("[1,2]")).isInstanceOf(JsonProcessingException.class)
                .hasMessageContaining("JSON object");
    }

    @Test
    void exportLeavesOutEmptiesAndReadsBackTheSame() throws Exception {
        ObjectNode form = (ObjectNode) json.readTree("""
                {"FunctionName":"orders","Runtime":"python3.12","Role":"arn:aws:iam::123456789012:role/r",
                 "Handler":"app.handler","Code":{"S3Bucket":"b","S3Key":"k.zip"},"Layers":[],
                 "Environment":{"Variables":{}},"Description":null,"MemorySize":256}
                """);

        String exported = cli.export(form);
        JsonNode back = json.readTree(exported);

        assertThat(back.has("Layers")).isFalse();
        assertThat(back.has("Environment")).isFalse();
        assertThat(back.has("Description")).isFalse();
        assertThat(back.get("MemorySize").asInt()).isEqualTo(256);
        CreateFunctionRequest sdk = SdkJson.build(CreateFunctionRequest::builder, back);
        assertThat(sdk.code().s3Key()).isEqualTo("k.zip");
        assertThat(cli.importText(exported).request()).isEqualTo(back);
    }
}
