package dev.lambdadesk.persist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;

class SamTemplateTest {

    private final ObjectMapper json = new ObjectMapper();
    private final YAMLMapper yaml = new YAMLMapper();
    private final SamTemplate sam = new SamTemplate();

    @Test
    void aFunctionBecomesAServerlessFunctionWithItsCodeSigningConfig() throws Exception {
        ObjectNode req = (ObjectNode) json.readTree("""
                {"FunctionName":"orders","Runtime":"python3.12","Role":"arn:aws:iam::123456789012:role/r",
                 "Handler":"app.handler","MemorySize":256,"Timeout":20,
                 "Code":{"S3Bucket":"artifacts","S3Key":"signed/1.zip","S3ObjectVersion":"v1"},
                 "TracingConfig":{"Mode":"Active"},"KMSKeyArn":"arn:aws:kms:us-east-1:123456789012:key/k",
                 "DeadLetterConfig":{"TargetArn":"arn:aws:sqs:us-east-1:123456789012:dlq"},
                 "CodeSigningConfigArn":"arn:aws:lambda:us-east-1:123456789012:code-signing-config:csc-0123456789abcdef0",
                 "Environment":{"Variables":{"STAGE":"prod"}}}
                """);

        JsonNode t = yaml.readTree(sam.function("Orders", req, Optional.empty()));

        assertThat(t.path("Transform").asText()).isEqualTo("AWS::Serverless-2016-10-31");
        JsonNode fn = t.path("Resources").path("Orders");
        assertThat(fn.path("Type").asText()).isEqualTo("AWS::Serverless::Function");
        JsonNode p = fn.path("Properties");
        assertThat(p.path("CodeSigningConfigArn").asText()).endsWith("csc-0123456789abcdef0");
        assertThat(p.path("CodeUri").path("Bucket").asText()).isEqualTo("artifacts");
        assertThat(p.path("CodeUri").path("Version").asText()).isEqualTo("v1");
        assertThat(p.path("Tracing").asText()).isEqualTo("Active");
        assertThat(p.path("KmsKeyArn").asText()).contains(":kms:");
        assertThat(p.path("DeadLetterQueue").path("Type").asText()).isEqualTo("SQS");
        assertThat(p.path("MemorySize").asInt()).isEqualTo(256);
        assertThat(p.path("Environment").path("Variables").path("STAGE").asText()).isEqualTo("prod");
        assertThat(p.has("Code")).isFalse();
    }

    @Test
    void aZipFromDiskIsReferencedByItsPath() throws Exception {
        ObjectNode req = (ObjectNode) json.readTree("{\"FunctionName\":\"f\",\"Code\":{\"ZipFile\":\"UEsFBg==\"}}");
        JsonNode p = yaml.readTree(sam.function("F", req, Optional.of("build/f.zip")))
                .path("Resources").path("F").path("Properties");
        assertThat(p.path("CodeUri").asText()).isEqualTo("build/f.zip");
    }

    @Test
    void aCodeSigningConfigAndASigningProfileUseCloudFormationShapes() throws Exception {
        ObjectNode csc = (ObjectNode) json.readTree("""
                {"Description":"prod","AllowedPublishers":{"SigningProfileVersionArns":
                  ["arn:aws:signer:us-east-1:123456789012:/signing-profiles/p/AbCdEf1234"]},
                 "CodeSigningPolicies":{"UntrustedArtifactOnDeployment":"Enforce"},"Tags":{"team":"a"}}
                """);
        JsonNode c = yaml.readTree(sam.codeSigningConfig("Csc", csc)).path("Resources").path("Csc");
        assertThat(c.path("Type").asText()).isEqualTo("AWS::Lambda::CodeSigningConfig");
        assertThat(c.at("/Properties/CodeSigningPolicies/UntrustedArtifactOnDeployment").asText()).isEqualTo("Enforce");
        assertThat(c.at("/Properties/Tags/0/Key").asText()).isEqualTo("team");

        ObjectNode profile = (ObjectNode) json.readTree("""
                {"profileName":"release_signer","platformId":"AWSLambda-SHA384-ECDSA",
                 "signatureValidityPeriod":{"value":12,"type":"MONTHS"}}
                """);
        JsonNode s = yaml.readTree(sam.signingProfile("Signer", profile)).path("Resources").path("Signer");
        assertThat(s.path("Type").asText()).isEqualTo("AWS::Signer::SigningProfile");
        assertThat(s.at("/Properties/SignatureValidityPeriod/Value").asInt()).isEqualTo(12);
        assertThat(s.at("/Properties/SignatureValidityPeriod/Type").asText()).isEqualTo("MONTHS");
        assertThat(s.at("/Properties/ProfileName").asText()).isEqualTo("release_signer");
    }

    @Test
    void logicalIdsAreAlphanumeric() {
        assertThat(SamTemplate.logicalIdFor("order-intake_v2", "Function")).isEqualTo("OrderIntakeV2");
        assertThat(SamTemplate.logicalIdFor("9lives", "Function")).isEqualTo("Function9lives");
    }
}
