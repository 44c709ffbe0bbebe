package dev.lambdadesk.sam;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Turns a resource into the API request that deploys it, written as AWS CLI input JSON after parameters, Globals
 * and intrinsic functions: CreateFunction (without Code), PublishLayerVersion (without Content) or
 * CreateCodeSigningConfig. The code comes apart as a {@link CodeSource}; each property that cannot be evaluated
 * becomes a finding on that property.
 */
public final class RequestBuilder {

    /** A resource's request, its code, and the findings met while building it. */
    public record ResourceRequest(SamResource resource, ObjectNode request, CodeSource code, List<Finding> findings) {
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> INTEGERS = Set.of("MemorySize", "Timeout");
    /** Properties of the template that are not request members (handled apart, or not deployed). */
    static final Set<String> NOT_REQUEST_MEMBERS = Set.of("Events", "AutoPublishAlias", "AutoPublishAliasAllProperties",
            "AutoPublishCodeSha256", "DeploymentPreference", "Policies", "PermissionsBoundary",
            "ProvisionedConcurrencyConfig", "ReservedConcurrentExecutions", "FunctionUrlConfig", "EventInvokeConfig",
            "RuntimeManagementConfig", "VersionDescription", "VersionPublish", "RolePath", "AssumeRolePolicyDocument",
            "RecursiveLoop", "SourceKMSKeyArn", "RetentionPolicy", "FunctionScalingConfig",
            "PublishToLatestPublished", "DurableConfig", "CapacityProviderConfig");

    private final SamApplication app;
    private final Intrinsics intrinsics;

    public RequestBuilder(SamApplication app, Intrinsics.References references) {
        this.app = app;
        this.intrinsics = app.intrinsics(references);
    }

    public ResourceRequest build(SamResource r) {
        ObjectNode request = NODES.objectNode();
        List<Finding> findings = new ArrayList<>();
        CodeSource code = new CodeSource.None();
        for (Map.Entry<String, JsonNode> property : r.properties().properties()) {
            String name = property.getKey();
            if (NOT_REQUEST_MEMBERS.contains(name)) {
                continue;
            }
            JsonNode value;
            try {
                value = intrinsics.resolve(property.getValue());
            } catch (IntrinsicException e) {
                findings.add(Finding.error(r.logicalId(), name, e.getMessage()));
                continue;
            }
            if (value.isMissingNode()) {
                continue;
            }
            code = switch (name) {
                case "CodeUri", "ContentUri" -> CodeSource.ofUri(value, app.template().folder());
                case "InlineCode" -> new CodeSource.Inline(value.asText());
                case "ImageUri" -> new CodeSource.Image(value.asText());
                case "Code", "Content" -> lowLevelCode(value);
                default -> {
                    member(r, name, value, request);
                    yield code;
                }
            };
        }
        defaults(r, request, findings);
        return new ResourceRequest(r, request, code, List.copyOf(findings));
    }

    private void member(SamResource r, String name, JsonNode value, ObjectNode request) {
        switch (name) {
            case "DeadLetterQueue" -> request.putObject("DeadLetterConfig").set("TargetArn", value.get("TargetArn"));
            case "Tracing" -> {
                if (!value.asText().equals("Disabled")) {
                    request.putObject("TracingConfig").put("Mode", value.asText());
                }
            }
            case "Tags" -> request.set("Tags", tagMap(value));
            default -> request.set(name, INTEGERS.contains(name) && value.isTextual() && value.asText()
                    .matches("-?\\d{1,9}") ? NODES.numberNode(Integer.parseInt(value.asText())) : value);
        }
    }

    private void defaults(SamResource r, ObjectNode request, List<Finding> findings) {
        switch (r.type().kind()) {
            case FUNCTION -> {
                request.put("FunctionName", Naming.functionName(app, r));
                if (Naming.needsExecutionRole(r)) {
                    try {
                        request.set("Role", intrinsics.resolve(NODES.objectNode().set("Fn::GetAtt",
                                NODES.arrayNode().add(Naming.roleLogicalId(r)).add("Arn"))));
                    } catch (IntrinsicException e) {
                        findings.add(Finding.error(r.logicalId(), "Role", e.getMessage()));
                    }
                }
            }
            case LAYER -> request.put("LayerName", Naming.layerName(app, r));
            case CODE_SIGNING_CONFIG, ROLE -> { }
        }
    }

    /** AWS::Lambda::Function Code / AWS::Lambda::LayerVersion Content: S3 members, ZipFile text, image, or a path. */
    private CodeSource lowLevelCode(JsonNode value) {
        if (value.isTextual()) {
            return CodeSource.ofUri(value, app.template().folder());
        }
        if (value.has("ZipFile")) {
            return new CodeSource.Inline(value.get("ZipFile").asText());
        }
        if (value.has("ImageUri")) {
            return new CodeSource.Image(value.get("ImageUri").asText());
        }
        String version = value.path("S3ObjectVersion").asText("");
        return new CodeSource.S3(value.path("S3Bucket").asText(""), value.path("S3Key").asText(""),
                version.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(version));
    }

    /** Tags as a map: SAM writes a map, CloudFormation a list of {Key, Value}. */
    private static JsonNode tagMap(JsonNode tags) {
        if (!tags.isArray()) {
            return tags;
        }
        ObjectNode out = NODES.objectNode();
        tags.forEach(t -> out.set(t.path("Key").asText(), t.path("Value")));
        return out;
    }

    /** The template property a request member comes from, for findings: {@code TracingConfig.Mode} is Tracing. */
    public static String propertyOf(SamResource r, String memberPath, CodeSource code) {
        String first = memberPath.split("[.\\[]", 2)[0];
        if (!r.type().isServerless()) {
            return memberPath;
        }
        return switch (first) {
            case "Code", "Content" -> switch (code) {
                case CodeSource.Inline i -> "InlineCode";
                case CodeSource.Image i -> "ImageUri";
                default -> r.type().kind() == ResourceType.Kind.LAYER ? "ContentUri" : "CodeUri";
            };
            case "TracingConfig" -> "Tracing";
            case "DeadLetterConfig" -> "DeadLetterQueue" + memberPath.substring(first.length());
            default -> memberPath;
        };
    }
}
