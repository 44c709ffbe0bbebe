package dev.lambdadesk.aws;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.lambda.model.CodeSigningConfig;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;
import software.amazon.awssdk.services.lambda.model.GetLayerVersionByArnResponse;
import software.amazon.awssdk.services.lambda.model.LayerVersionsListItem;
import software.amazon.awssdk.services.lambda.model.PublishLayerVersionRequest;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;

import dev.lambdadesk.core.CodeSigningConfigInfo;
import dev.lambdadesk.core.FunctionDetails;
import dev.lambdadesk.core.FunctionStatus;

/**
 * The Lambda and IAM calls that deploy and delete a stack of functions, layers, code signing configs and execution
 * roles, in the project's types (requests as AWS CLI input JSON). Blocking. Failures come as {@link AwsCallFailed}.
 */
public final class StackGateway {

    /** A deployed resource with its tags (functions: name and ARN; configs: ARN twice). */
    public record Tagged(String name, String arn, Map<String, String> tags) {
    }

    /** The newest version of a layer: its ARN, content hash and metadata as CLI JSON. */
    public record LayerVersion(String versionArn, String codeSha256, JsonNode description) {
    }

    private final AwsClients clients;
    private final AwsErrorExplainer explainer;
    private final LambdaGateway lambda;
    private final CodeSigningConfigGateway configs;

    public StackGateway(AwsClients clients, AwsErrorExplainer explainer) {
        this.clients = clients;
        this.explainer = explainer;
        this.lambda = new LambdaGateway(clients);
        this.configs = new CodeSigningConfigGateway(clients);
    }

    /** The account of the credentials: STS, or the seeded role's ARN where there is no STS (the local endpoint). */
    public String accountId() {
        try {
            return clients.sts().getCallerIdentity().account();
        } catch (SdkException e) {
            return call(() -> clients.iam().listRoles(b -> b.maxItems(1)).roles().stream().findFirst()
                    .map(r -> r.arn().split(":")[4]).orElse("000000000000"));
        }
    }

    public Optional<FunctionDetails> function(String name) {
        return call(() -> {
            try {
                return Optional.of(lambda.details(name));
            } catch (ResourceNotFoundException e) {
                return Optional.empty();
            }
        });
    }

    public FunctionStatus createFunction(JsonNode request) {
        return call(() -> lambda.createFunction(request));
    }

    public FunctionStatus updateCode(JsonNode request) {
        return call(() -> lambda.updateFunctionCode(request));
    }

    public FunctionStatus updateConfiguration(JsonNode request) {
        return call(() -> lambda.updateFunctionConfiguration(request));
    }

    public FunctionStatus status(String name) {
        return call(() -> lambda.status(name));
    }

    public void putFunctionCodeSigningConfig(String name, Optional<String> cscArn) {
        call(() -> {
            if (cscArn.isPresent()) {
                configs.attach(name, cscArn.get());
            } else {
                configs.detach(name);
            }
            return null;
        });
    }

    public void tag(String arn, Map<String, String> tags) {
        call(() -> clients.lambda().tagResource(b -> b.resource(arn).tags(tags)));
    }

    public void deleteFunction(String name) {
        call(() -> {
            lambda.deleteFunction(name);
            return null;
        });
    }

    /** Every function whose tags include {@code key=value}. */
    public List<Tagged> functionsTagged(String key, String value) {
        return call(() -> tagged(clients.lambda().listFunctionsPaginator(b -> { }).functions(),
                FunctionConfiguration::functionName, FunctionConfiguration::functionArn, key, value));
    }

    /** Every code signing config whose tags include {@code key=value}. */
    public List<Tagged> codeSigningConfigsTagged(String key, String value) {
        return call(() -> tagged(clients.lambda().listCodeSigningConfigsPaginator(b -> { }).codeSigningConfigs(),
                CodeSigningConfig::codeSigningConfigArn, CodeSigningConfig::codeSigningConfigArn, key, value));
    }

    /** The resources whose tags (ListTags, one call each: Lambda lists no tags) include {@code key=value}. */
    private <T> List<Tagged> tagged(Iterable<T> resources, Function<T, String> name, Function<T, String> arn,
                                    String key, String value) {
        List<Tagged> out = new ArrayList<>();
        for (T resource : resources) {
            Map<String, String> tags = clients.lambda().listTags(b -> b.resource(arn.apply(resource))).tags();
            if (value.equals(tags.get(key))) {
                out.add(new Tagged(name.apply(resource), arn.apply(resource), tags));
            }
        }
        return out;
    }

    public CodeSigningConfigInfo codeSigningConfig(String arn) {
        return call(() -> configs.get(arn));
    }

    public CodeSigningConfigInfo createCodeSigningConfig(JsonNode request) {
        return call(() -> configs.create(request));
    }

    public CodeSigningConfigInfo updateCodeSigningConfig(JsonNode request) {
        return call(() -> configs.update(request));
    }

    public void deleteCodeSigningConfig(String arn) {
        call(() -> {
            configs.delete(arn);
            return null;
        });
    }

    /** The newest version of a layer, when it has one. */
    public Optional<LayerVersion> latestLayerVersion(String layerName) {
        return call(() -> {
            try {
                List<LayerVersionsListItem> versions = clients.lambda().listLayerVersions(b -> b.layerName(layerName)
                        .maxItems(1)).layerVersions();
                if (versions.isEmpty()) {
                    return Optional.empty();
                }
                GetLayerVersionByArnResponse v = clients.lambda().getLayerVersionByArn(b -> b.arn(
                        versions.get(0).layerVersionArn()));
                return Optional.of(new LayerVersion(v.layerVersionArn(), v.content().codeSha256(), SdkJson.toJson(v)));
            } catch (ResourceNotFoundException e) {
                return Optional.empty();
            }
        });
    }

    /** Publishes a layer version from PublishLayerVersion CLI input; returns its ARN. */
    public String publishLayerVersion(JsonNode request) {
        return call(() -> clients.lambda().publishLayerVersion(SdkJson.<PublishLayerVersionRequest>build(
                PublishLayerVersionRequest::builder, request)).layerVersionArn());
    }

    /** A role's ARN and tags, when it exists. */
    public Optional<Tagged> role(String name) {
        return call(() -> {
            try {
                var role = clients.iam().getRole(b -> b.roleName(name)).role();
                Map<String, String> tags = new java.util.TreeMap<>();
                role.tags().forEach(t -> tags.put(t.key(), t.value()));
                return Optional.of(new Tagged(role.roleName(), role.arn(), tags));
            } catch (NoSuchEntityException e) {
                return Optional.empty();
            }
        });
    }

    /** Creates a role Lambda may assume, with the given managed policy attached; returns its ARN. */
    public String createExecutionRole(String name, String trustPolicy, String policyArn, Map<String, String> tags) {
        return call(() -> {
            String arn = clients.iam().createRole(b -> b.roleName(name).assumeRolePolicyDocument(trustPolicy)
                    .tags(tags.entrySet().stream().map(t -> software.amazon.awssdk.services.iam.model.Tag.builder()
                            .key(t.getKey()).value(t.getValue()).build()).toList())).role().arn();
            clients.iam().attachRolePolicy(b -> b.roleName(name).policyArn(policyArn));
            return arn;
        });
    }

    public void attachPolicy(String roleName, String policyArn) {
        call(() -> clients.iam().attachRolePolicy(b -> b.roleName(roleName).policyArn(policyArn)));
    }

    /** Detaches every managed policy of a role, then deletes it. */
    public void deleteRole(String name) {
        call(() -> {
            clients.iam().listAttachedRolePoliciesPaginator(b -> b.roleName(name)).attachedPolicies()
                    .forEach(p -> clients.iam().detachRolePolicy(b -> b.roleName(name).policyArn(p.policyArn())));
            clients.iam().deleteRole(b -> b.roleName(name));
            return null;
        });
    }

    private <T> T call(Supplier<T> call) {
        try {
            return call.get();
        } catch (SdkException e) {
            throw new AwsCallFailed(explainer.explain(e));
        }
    }
}
