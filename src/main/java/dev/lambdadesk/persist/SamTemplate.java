package dev.lambdadesk.persist;

import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * SAM / CloudFormation snippets for a function (AWS::Serverless::Function), a code signing configuration
 * (AWS::Lambda::CodeSigningConfig) and a signing profile (AWS::Signer::SigningProfile), built from the same CLI
 * input JSON the forms produce.
 */
public final class SamTemplate {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** CreateFunction members whose SAM property has the same name and shape. */
    private static final String[] SAME_NAME = {"FunctionName", "Description", "Runtime", "Handler", "Role",
        "MemorySize", "Timeout", "Layers", "Architectures", "EphemeralStorage", "FileSystemConfigs",
        "CodeSigningConfigArn", "PackageType", "ImageConfig", "LoggingConfig", "SnapStart", "VpcConfig",
        "Environment", "Tags"};

    private final YAMLMapper yaml = YAMLMapper.builder()
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .build();

    /**
     * A template with one AWS::Serverless::Function.
     *
     * @param localZip the zip file the form points at, used as CodeUri when the code is an uploaded zip
     */
    public String function(String logicalId, ObjectNode createFunction, Optional<String> localZip) {
        ObjectNode props = NODES.objectNode();
        for (String m : SAME_NAME) {
            if (createFunction.hasNonNull(m)) {
                props.set(m, createFunction.get(m).deepCopy());
            }
        }
        JsonNode code = createFunction.path("Code");
        if (code.hasNonNull("ImageUri")) {
            props.put("ImageUri", code.get("ImageUri").asText());
        } else if (code.hasNonNull("S3Bucket")) {
            ObjectNode uri = props.putObject("CodeUri");
            uri.put("Bucket", code.path("S3Bucket").asText());
            uri.put("Key", code.path("S3Key").asText());
            if (code.hasNonNull("S3ObjectVersion")) {
                uri.put("Version", code.get("S3ObjectVersion").asText());
            }
        } else if (code.hasNonNull("ZipFile") || localZip.isPresent()) {
            props.put("CodeUri", localZip.orElse("./function.zip"));
        }
        if (createFunction.path("TracingConfig").hasNonNull("Mode")) {
            props.put("Tracing", createFunction.path("TracingConfig").get("Mode").asText());
        }
        if (createFunction.hasNonNull("KMSKeyArn")) {
            props.put("KmsKeyArn", createFunction.get("KMSKeyArn").asText());
        }
        String dlq = createFunction.path("DeadLetterConfig").path("TargetArn").asText("");
        if (!dlq.isEmpty()) {
            ObjectNode q = props.putObject("DeadLetterQueue");
            q.put("Type", dlq.startsWith("arn:aws:sns:") || dlq.contains(":sns:") ? "SNS" : "SQS");
            q.put("TargetArn", dlq);
        }
        if (props.path("VpcConfig").isObject()) {
            ((ObjectNode) props.get("VpcConfig")).remove("VpcId");
        }
        return template(logicalId, "AWS::Serverless::Function", props, true);
    }

    /** A template with one AWS::Lambda::CodeSigningConfig (tags as CloudFormation's Key/Value list). */
    public String codeSigningConfig(String logicalId, ObjectNode createCsc) {
        ObjectNode props = NODES.objectNode();
        copy(createCsc, props, "Description", "AllowedPublishers", "CodeSigningPolicies");
        tagList(createCsc.path("Tags"), props);
        return template(logicalId, "AWS::Lambda::CodeSigningConfig", props, false);
    }

    /** A template with one AWS::Signer::SigningProfile, from PutSigningProfile CLI input. */
    public String signingProfile(String logicalId, ObjectNode putProfile) {
        ObjectNode props = NODES.objectNode();
        if (putProfile.hasNonNull("profileName")) {
            props.put("ProfileName", putProfile.get("profileName").asText());
        }
        props.put("PlatformId", putProfile.path("platformId").asText("AWSLambda-SHA384-ECDSA"));
        JsonNode validity = putProfile.path("signatureValidityPeriod");
        if (validity.isObject()) {
            ObjectNode v = props.putObject("SignatureValidityPeriod");
            if (validity.hasNonNull("type")) {
                v.put("Type", validity.get("type").asText());
            }
            if (validity.hasNonNull("value")) {
                v.set("Value", validity.get("value"));
            }
        }
        tagList(putProfile.path("tags"), props);
        return template(logicalId, "AWS::Signer::SigningProfile", props, false);
    }

    private String template(String logicalId, String type, ObjectNode props, boolean serverless) {
        ObjectNode root = NODES.objectNode();
        root.put("AWSTemplateFormatVersion", "2010-09-09");
        if (serverless) {
            root.put("Transform", "AWS::Serverless-2016-10-31");
        }
        ObjectNode resource = root.putObject("Resources").putObject(logicalId);
        resource.put("Type", type);
        resource.set("Properties", props);
        try {
            return yaml.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree always serializes", e);
        }
    }

    /** A CloudFormation logical id from a resource name: letters and digits only, starting with a letter. */
    public static String logicalIdFor(String name, String fallback) {
        StringBuilder out = new StringBuilder();
        boolean upper = true;
        for (char c : name.toCharArray()) {
            if (Character.isLetterOrDigit(c) && c < 128) {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            } else {
                upper = true;
            }
        }
        return out.isEmpty() || !Character.isLetter(out.charAt(0)) ? fallback + out : out.toString();
    }

    private static void copy(ObjectNode from, ObjectNode to, String... members) {
        for (String m : members) {
            if (from.hasNonNull(m)) {
                to.set(m, from.get(m).deepCopy());
            }
        }
    }

    private static void tagList(JsonNode tags, ObjectNode props) {
        if (!tags.isObject() || tags.isEmpty()) {
            return;
        }
        ArrayNode list = props.putArray("Tags");
        for (Iterator<Map.Entry<String, JsonNode>> it = tags.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            list.addObject().put("Key", e.getKey()).put("Value", e.getValue().asText());
        }
    }
}
