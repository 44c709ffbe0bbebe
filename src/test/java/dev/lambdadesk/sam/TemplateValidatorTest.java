package dev.lambdadesk.sam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import dev.lambdadesk.validation.RequestValidator;

/** Reading templates (short tags, JSON, Globals, parameters, conditions) and checking them offline. */
class TemplateValidatorTest {

    private final TemplateValidator validator = new TemplateValidator(RequestValidator.standard());

    private static RequestBuilder.ResourceRequest built(SamApplication app, String id) {
        return new RequestBuilder(app, StackValues.predicted(app)).build(app.resource(id).orElseThrow());
    }

    @Test
    void theSignedExampleWithALayerIsValidAndItsShortTagsResolve() throws Exception {
        SamApplication app = SamTemplates.offline("signed-app/template.yaml", Map.of());

        assertThat(validator.validate(app)).isEmpty();
        JsonNode request = built(app, "HelloWorld").request();
        assertThat(request.get("FunctionName").asText()).isEqualTo("sam-app-HelloWorld");
        assertThat(request.get("CodeSigningConfigArn").asText())
                .isEqualTo("arn:aws:lambda:us-east-1:123456789012:code-signing-config:csc-00000000000000000");
        assertThat(request.get("Layers").get(0).asText()).isEqualTo("arn:aws:lambda:us-east-1:123456789012:layer:MyLayer:1");
        assertThat(request.get("Role").asText()).isEqualTo("arn:aws:iam::123456789012:role/sam-app-HelloWorldRole");
        assertThat(app.template().root().get("AWSTemplateFormatVersion").asText()).isEqualTo("2010-09-09");
    }

    @Test
    void theGuidesTemplateAsWrittenIsRefusedForItsPlaceholderArnAndOldRuntime() throws Exception {
        List<String> findings = validator.validate(SamTemplates.offline("signed-app/seed-verbatim.yaml", Map.of()))
                .stream().map(Finding::toString).toList();

        assertThat(findings).hasSize(2);
        assertThat(findings.get(0)).startsWith("HelloWorld.Runtime: ").contains("python3.7");
        assertThat(findings.get(1)).startsWith("MySignedFunctionCodeSigningConfig.AllowedPublishers."
                + "SigningProfileVersionArns[0]: ");
    }

    @Test
    void parametersGlobalsConditionsAndFunctionsResolveInJson() throws Exception {
        SamApplication app = SamTemplates.offline("globals-app/template.yaml", Map.of("Memory", "512"));

        assertThat(validator.validate(app)).isEmpty();
        JsonNode api = built(app, "Api").request();
        assertThat(api.get("FunctionName").asText()).isEqualTo("sam-app-api-dev");
        assertThat(api.get("MemorySize").asInt()).isEqualTo(512);
        assertThat(api.get("Timeout").asInt()).isEqualTo(10);
        assertThat(api.get("Description").asText()).isEqualTo("api in dev");
        assertThat(api.at("/Environment/Variables").toString()).isEqualTo("{\"STAGE\":\"dev\",\"SHARED\":"
                + "\"from-globals\",\"REGION\":\"us-east-1\",\"ACCOUNT\":\"123456789012\",\"WORKER\":"
                + "\"arn:aws:lambda:us-east-1:123456789012:function:sam-app-Worker\"}");
        assertThat(api.at("/TracingConfig/Mode").asText()).isEqualTo("Active");
        assertThat(api.at("/Architectures/0").asText()).isEqualTo("arm64");
        assertThat(api.at("/Tags/team").asText()).isEqualTo("blue");
        assertThat(built(app, "Worker").code()).isInstanceOf(CodeSource.Inline.class);
        assertThat(app.resource("ProdOnly")).isEmpty();
        assertThat(app.notDeployed()).extracting(NotDeployed::toString).contains("ProdOnly "
                + "(AWS::Serverless::Function): not deployed by LambdaDesk; its Condition IsProd is false");
    }

    @Test
    void overridesOutsideAllowedValuesOrUnknownAreFindings() throws Exception {
        List<String> findings = validator.validate(SamTemplates.offline("globals-app/template.yaml",
                Map.of("Stage", "qa", "Nope", "1"))).stream().map(Finding::toString).toList();

        assertThat(findings).contains("Parameters.Nope: --parameter-overrides names Nope, which the template does "
                + "not declare under Parameters", "Parameters.Stage: 'qa' is not one of its AllowedValues [dev, prod]");
    }

    @Test
    void whatIsNotDeployedIsListedNotDropped() throws Exception {
        SamApplication app = SamTemplates.offline("unsupported-app/template.yaml", Map.of());

        assertThat(validator.validate(app)).isEmpty();
        assertThat(app.notDeployed()).extracting(n -> n.logicalId() + "." + n.property())
                .containsExactly("Queue.", "Handler.Events", "Handler.AutoPublishAlias", "Handler.Metadata");
    }

    @Test
    void aBrokenTemplateHasOneFindingPerProblemNamingResourceAndProperty() throws Exception {
        List<String> findings = validator.validate(SamTemplates.offline("broken-app/template.yaml", Map.of()))
                .stream().map(Finding::toString).toList();

        assertThat(findings).anySatisfy(f -> assertThat(f).startsWith("HelloWorld.MemorySize: ").contains("10240"))
                .anySatisfy(f -> assertThat(f).startsWith("HelloWorld.Role: Fn::GetAtt NoSuchRole.Arn: "))
                .anySatisfy(f -> assertThat(f).startsWith("HelloWorld.CodeUri: 'missing_folder/' does not exist"))
                .anySatisfy(f -> assertThat(f).startsWith("HelloWorld.Layers: ").contains("at most 5"))
                .anySatisfy(f -> assertThat(f).startsWith("ImageFunction.CodeSigningConfigArn: "))
                .anySatisfy(f -> assertThat(f).startsWith("L1.ContentUri: 'missing_layer/' does not exist"))
                .anySatisfy(f -> assertThat(f).startsWith("Config.CodeSigningPolicies.UntrustedArtifactOnDeployment: "));
        assertThat(findings).filteredOn(f -> f.startsWith("HelloWorld.Role")).hasSize(1);
    }

    @Test
    void unreadableTemplatesSayWhereAndWhy() {
        assertThatThrownBy(() -> new TemplateReader().read(SamTemplates.path("broken-app/not-yaml.yaml")))
                .isInstanceOf(TemplateException.class).hasMessageContaining("at line 4, column 1");
        assertThatThrownBy(() -> new TemplateReader().parse("Resources: [1]", "t.yaml"))
                .hasMessage("t.yaml has no Resources section; a template declares its resources under Resources.");
        assertThatThrownBy(() -> new TemplateReader().parse("Resources:\n  A: 1\n  A: 2\n", "dup.yaml"))
                .hasMessageContaining("dup.yaml is not valid YAML or JSON").hasMessageContaining("duplicate key A");
    }
}
