package dev.lambdadesk.aws;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import software.amazon.awssdk.services.lambda.model.CodeSigningConfig;
import software.amazon.awssdk.services.lambda.model.CreateCodeSigningConfigRequest;
import software.amazon.awssdk.services.lambda.model.UpdateCodeSigningConfigRequest;

import dev.lambdadesk.core.CodeSigningConfigInfo;

/** Lambda code signing configuration calls. Blocking: call it off the FX thread. */
public final class CodeSigningConfigGateway {

    private final AwsClients clients;

    public CodeSigningConfigGateway(AwsClients clients) {
        this.clients = clients;
    }

    public List<CodeSigningConfigInfo> list() {
        List<CodeSigningConfigInfo> out = new ArrayList<>();
        for (CodeSigningConfig c : clients.lambda().listCodeSigningConfigsPaginator(b -> { }).codeSigningConfigs()) {
            out.add(infoOf(c));
        }
        return out;
    }

    public CodeSigningConfigInfo get(String arn) {
        return infoOf(clients.lambda().getCodeSigningConfig(b -> b.codeSigningConfigArn(arn)).codeSigningConfig());
    }

    /** Creates a configuration from CreateCodeSigningConfig CLI input. */
    public CodeSigningConfigInfo create(JsonNode cliInput) {
        CreateCodeSigningConfigRequest request = SdkJson.build(CreateCodeSigningConfigRequest::builder, cliInput);
        return infoOf(clients.lambda().createCodeSigningConfig(request).codeSigningConfig());
    }

    /** Updates a configuration from UpdateCodeSigningConfig CLI input (CodeSigningConfigArn included). */
    public CodeSigningConfigInfo update(JsonNode cliInput) {
        UpdateCodeSigningConfigRequest request = SdkJson.build(UpdateCodeSigningConfigRequest::builder, cliInput);
        return infoOf(clients.lambda().updateCodeSigningConfig(request).codeSigningConfig());
    }

    public void delete(String arn) {
        clients.lambda().deleteCodeSigningConfig(b -> b.codeSigningConfigArn(arn));
    }

    /** The unqualified ARNs of the functions using a configuration. */
    public List<String> functionsUsing(String arn) {
        List<String> out = new ArrayList<>();
        clients.lambda().listFunctionsByCodeSigningConfigPaginator(b -> b.codeSigningConfigArn(arn))
                .functionArns().forEach(out::add);
        return out;
    }

    public void attach(String functionName, String cscArn) {
        clients.lambda().putFunctionCodeSigningConfig(b -> b.functionName(functionName).codeSigningConfigArn(cscArn));
    }

    public void detach(String functionName) {
        clients.lambda().deleteFunctionCodeSigningConfig(b -> b.functionName(functionName));
    }

    static CodeSigningConfigInfo infoOf(CodeSigningConfig c) {
        String policy = c.codeSigningPolicies() == null ? "Warn"
                : c.codeSigningPolicies().untrustedArtifactOnDeploymentAsString();
        return new CodeSigningConfigInfo(c.codeSigningConfigId(), c.codeSigningConfigArn(), c.description(),
                policy == null ? "Warn" : policy,
                c.allowedPublishers() == null ? List.of() : c.allowedPublishers().signingProfileVersionArns(),
                c.lastModified());
    }
}
