package dev.lambdadesk.local.lambda;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.local.signing.DeploymentVerdict;
import dev.lambdadesk.local.store.BlobStore;

/** Builds a function's configuration members from a request, with the defaults AWS fills in (spec §1.5). */
final class FunctionConfigs {

    private final ObjectMapper mapper;

    FunctionConfigs(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The $LATEST configuration of a new function. */
    ObjectNode create(String region, String name, JsonNode request, ResolvedCode code, DeploymentVerdict signing,
                      String lastModified) {
        ObjectNode config = mapper.createObjectNode();
        config.put("FunctionName", name);
        config.put("FunctionArn", FunctionRef.arn(region, name));
        config.put("Description", "");
        config.put("Timeout", 3);
        config.put("MemorySize", 128);
        config.put("Version", "$LATEST");
        config.putObject("TracingConfig").put("Mode", "PassThrough");
        config.put("PackageType", code.isImage() ? "Image" : "Zip");
        config.putArray("Architectures").add("x86_64");
        config.putObject("EphemeralStorage").put("Size", 512);
        config.putObject("SnapStart").put("ApplyOn", "None").put("OptimizationStatus", "Off");
        config.putObject("LoggingConfig").put("LogFormat", "Text").put("LogGroup", "/aws/lambda/" + name);
        applyMembers(config, request, region);
        applyCode(config, code, signing, lastModified);
        if (request.hasNonNull("Architectures")) {
            config.set("Architectures", request.get("Architectures").deepCopy());
        }
        return config;
    }

    /** Applies the configuration members present in {@code request} (CreateFunction or UpdateFunctionConfiguration). */
    void applyMembers(ObjectNode config, JsonNode request, String region) {
        for (String member : new String[] {"Runtime", "Role", "Handler", "Description", "Timeout", "MemorySize",
                "DeadLetterConfig", "KMSKeyArn", "FileSystemConfigs", "EphemeralStorage", "CapacityProviderConfig",
                "DurableConfig", "TenancyConfig"}) {
            if (request.hasNonNull(member)) {
                config.set(member, request.get(member).deepCopy());
            }
        }
        if (request.hasNonNull("VpcConfig")) {
            config.set("VpcConfig", vpcConfig(request.get("VpcConfig")));
        }
        if (request.hasNonNull("Environment")) {
            JsonNode variables = request.get("Environment").path("Variables");
            config.putObject("Environment").set("Variables",
                    variables.isObject() ? variables.deepCopy() : mapper.createObjectNode());
        }
        if (request.hasNonNull("TracingConfig") && request.get("TracingConfig").hasNonNull("Mode")) {
            config.putObject("TracingConfig").set("Mode", request.get("TracingConfig").get("Mode").deepCopy());
        }
        if (request.hasNonNull("Layers")) {
            ArrayNode layers = config.putArray("Layers");
            request.get("Layers").forEach(arn -> layers.addObject().put("Arn", arn.asText()).put("CodeSize", 0));
        }
        if (request.hasNonNull("ImageConfig")) {
            config.putObject("ImageConfigResponse").set("ImageConfig", request.get("ImageConfig").deepCopy());
        }
        if (request.hasNonNull("SnapStart") && request.get("SnapStart").hasNonNull("ApplyOn")) {
            config.putObject("SnapStart").put("ApplyOn", request.get("SnapStart").get("ApplyOn").asText())
                    .put("OptimizationStatus", "Off");
        }
        if (request.hasNonNull("LoggingConfig") && request.get("LoggingConfig").isObject()) {
            ObjectNode logging = config.withObjectProperty("LoggingConfig");
            for (Map.Entry<String, JsonNode> field : request.get("LoggingConfig").properties()) {
                logging.set(field.getKey(), field.getValue().deepCopy());
            }
        }
        if (config.hasNonNull("Runtime") && !"Image".equals(config.path("PackageType").asText())) {
            config.putObject("RuntimeVersionConfig").put("RuntimeVersionArn", "arn:aws:lambda:" + region
                    + "::runtime:" + HexFormat.of().formatHex(BlobStore.sha256(
                    config.get("Runtime").asText().getBytes(StandardCharsets.UTF_8))));
        }
        config.put("RevisionId", UUID.randomUUID().toString());
    }

    /** Points the configuration at new code; a package with an authentic signature reports its signer. */
    void applyCode(ObjectNode config, ResolvedCode code, DeploymentVerdict signing, String lastModified) {
        config.put("CodeSize", code.size());
        config.put("CodeSha256", code.codeSha256());
        config.put("LastModified", lastModified);
        config.put("RevisionId", UUID.randomUUID().toString());
        config.remove("SigningProfileVersionArn");
        config.remove("SigningJobArn");
        if (signing != null && signing.signingProfileVersionArn() != null) {
            config.put("SigningProfileVersionArn", signing.signingProfileVersionArn());
            config.put("SigningJobArn", signing.signingJobArn());
        }
    }

    private ObjectNode vpcConfig(JsonNode requested) {
        ObjectNode vpc = mapper.createObjectNode();
        vpc.set("SubnetIds", requested.has("SubnetIds") ? requested.get("SubnetIds").deepCopy() : mapper.createArrayNode());
        vpc.set("SecurityGroupIds", requested.has("SecurityGroupIds") ? requested.get("SecurityGroupIds").deepCopy()
                : mapper.createArrayNode());
        String subnets = vpc.get("SubnetIds").toString();
        vpc.put("VpcId", vpc.get("SubnetIds").isEmpty() ? ""
                : "vpc-" + HexFormat.of().formatHex(BlobStore.sha256(subnets.getBytes(StandardCharsets.UTF_8)))
                .substring(0, 17));
        vpc.put("Ipv6AllowedForDualStack", requested.path("Ipv6AllowedForDualStack").asBoolean(false));
        return vpc;
    }
}
