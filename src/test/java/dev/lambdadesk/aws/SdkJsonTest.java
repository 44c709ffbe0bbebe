package dev.lambdadesk.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.services.lambda.model.Architecture;
import software.amazon.awssdk.services.lambda.model.CreateFunctionRequest;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;
import software.amazon.awssdk.services.lambda.model.LogFormat;
import software.amazon.awssdk.services.lambda.model.Runtime;
import software.amazon.awssdk.services.signer.model.RevokeSigningProfileRequest;

class SdkJsonTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyKindOfMemberOfACliInputFileReachesTheSdkRequest() throws Exception {
        JsonNode cli = json.readTree("""
                {"FunctionName":"orders","Runtime":"python3.13","Role":"arn:aws:iam::000000000000:role/r",
                 "Handler":"app.handler","Description":"d","Timeout":30,"MemorySize":512,"Publish":true,
                 "Code":{"ZipFile":"UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA=="},
                 "VpcConfig":{"SubnetIds":["subnet-1","subnet-2"],"SecurityGroupIds":["sg-1"],"Ipv6AllowedForDualStack":true},
                 "Environment":{"Variables":{"A":"1","B":"2"}},"Tags":{"team":"x"},
                 "Layers":["arn:aws:lambda:us-east-1:000000000000:layer:l:1"],
                 "Architectures":["arm64"],"EphemeralStorage":{"Size":1024},
                 "LoggingConfig":{"LogFormat":"JSON","ApplicationLogLevel":"INFO"},
                 "FileSystemConfigs":[{"Arn":"arn:aws:elasticfilesystem:us-east-1:000000000000:access-point/fsap-0123456789abcdef0","LocalMountPath":"/mnt/data"}],
                 "Unknown":"ignored here"}
                """);

        CreateFunctionRequest req = SdkJson.build(CreateFunctionRequest::builder, cli);

        assertThat(req.functionName()).isEqualTo("orders");
        assertThat(req.runtime()).isEqualTo(Runtime.PYTHON3_13);
        assertThat(req.timeout()).isEqualTo(30);
        assertThat(req.memorySize()).isEqualTo(512);
        assertThat(req.publish()).isTrue();
        assertThat(req.code().zipFile().asByteArray()).startsWith(new byte[] {'P', 'K', 5, 6});
        assertThat(req.vpcConfig().subnetIds()).containsExactly("subnet-1", "subnet-2");
        assertThat(req.vpcConfig().ipv6AllowedForDualStack()).isTrue();
        assertThat(req.environment().variables()).containsEntry("B", "2");
        assertThat(req.tags()).containsEntry("team", "x");
        assertThat(req.architectures()).containsExactly(Architecture.ARM64);
        assertThat(req.ephemeralStorage().size()).isEqualTo(1024);
        assertThat(req.loggingConfig().logFormat()).isEqualTo(LogFormat.JSON);
        assertThat(req.fileSystemConfigs().get(0).localMountPath()).isEqualTo("/mnt/data");
    }

    @Test
    void wrongTypesAreLeftOutRatherThanThrown() throws Exception {
        CreateFunctionRequest req = SdkJson.build(CreateFunctionRequest::builder,
                json.readTree("{\"MemorySize\":\"lots\",\"Layers\":{\"a\":1},\"Timeout\":\"30\"}"));
        assertThat(req.memorySize()).isNull();
        assertThat(req.hasLayers()).isFalse();
        assertThat(req.timeout()).isEqualTo(30);
    }

    @Test
    void timestampsAcceptEpochSecondsAndIsoText() throws Exception {
        RevokeSigningProfileRequest a = SdkJson.build(RevokeSigningProfileRequest::builder,
                json.readTree("{\"profileName\":\"p1\",\"effectiveTime\":1704110400.5}"));
        RevokeSigningProfileRequest b = SdkJson.build(RevokeSigningProfileRequest::builder,
                json.readTree("{\"effectiveTime\":\"2024-01-01T12:00:00Z\"}"));
        assertThat(a.profileName()).isEqualTo("p1");
        assertThat(a.effectiveTime()).isEqualTo(Instant.parse("2024-01-01T12:00:00.500Z"));
        assertThat(b.effectiveTime()).isEqualTo(Instant.parse("2024-01-01T12:00:00Z"));
    }

    @Test
    void aConfigurationComesBackAsCliJsonWithApiMemberNames() {
        FunctionConfiguration cfg = FunctionConfiguration.builder().functionName("orders").memorySize(256)
                .runtime(Runtime.NODEJS22_X).environment(e -> e.variables(java.util.Map.of("K", "V")))
                .architectures(Architecture.X86_64).build();

        JsonNode out = SdkJson.toJson(cfg);

        assertThat(out.get("FunctionName").asText()).isEqualTo("orders");
        assertThat(out.get("MemorySize").asInt()).isEqualTo(256);
        assertThat(out.get("Runtime").asText()).isEqualTo("nodejs22.x");
        assertThat(out.at("/Environment/Variables/K").asText()).isEqualTo("V");
        assertThat(out.get("Architectures").get(0).asText()).isEqualTo("x86_64");
        assertThat(out.has("Layers")).as("unset lists are left out").isFalse();
        assertThat(new String(out.toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .doesNotContain("null");
    }
}
