package dev.lambdadesk.sam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * CloudFormation's intrinsic functions written with short tags, evaluated as CloudFormation documents them
 * (AWS CloudFormation User Guide, "Intrinsic function reference": Fn::Sub, Fn::Cidr, Fn::GetAZs, Fn::Base64 ...).
 */
class IntrinsicsTest {

    private static final String TEMPLATE = """
            Parameters:
              Name: {Type: String, Default: app}
              Zones: {Type: CommaDelimitedList, Default: "a,b"}
            Conditions:
              Always: !Equals [!Ref Name, app]
              Never: !Not [!Condition Always]
              Both: !And [!Condition Always, !Or [!Condition Never, !Equals [1, 1]]]
            Mappings:
              Sizes: {app: {Memory: 512}}
            Resources:
              Fn:
                Type: AWS::Serverless::Function
                Properties:
                  CodeUri: src/
            """;

    private final SamApplication app;

    IntrinsicsTest() throws TemplateException {
        Template template = new Template(java.nio.file.Path.of("/t/template.yaml"),
                new TemplateReader().parse(TEMPLATE, "template.yaml"));
        app = SamApplication.load(template, SamApplication.Settings.offline(Map.of()));
    }

    private JsonNode eval(String yaml) throws Exception {
        JsonNode value = new TemplateReader().parse("Resources: {}\nValue: " + yaml, "v.yaml").get("Value");
        return app.intrinsics(StackValues.predicted(app)).resolve(value);
    }

    @Test
    void subReplacesParametersPseudoParametersAttributesAndKeepsEscapes() throws Exception {
        assertThat(eval("!Sub '${Name}-${AWS::Region}-${Fn.Arn}-${!Literal}'").asText())
                .isEqualTo("app-us-east-1-arn:aws:lambda:us-east-1:123456789012:function:sam-app-Fn-${Literal}");
        assertThat(eval("!Sub ['${A}/${Name}', {A: !Ref AWS::AccountId}]").asText()).isEqualTo("123456789012/app");
    }

    @Test
    void listAndTextFunctions() throws Exception {
        assertThat(eval("!Join ['-', !Ref Zones]").asText()).isEqualTo("a-b");
        assertThat(eval("!Select [1, !Split [',', 'x,y,z']]").asText()).isEqualTo("y");
        assertThat(eval("!FindInMap [Sizes, !Ref Name, Memory]").asInt()).isEqualTo(512);
        assertThat(eval("!Base64 hello").asText()).isEqualTo("aGVsbG8=");
        assertThat(eval("!GetAZs ''").toString()).isEqualTo("[\"us-east-1a\",\"us-east-1b\",\"us-east-1c\"]");
        assertThat(eval("!Cidr ['10.0.0.0/16', 3, 8]").toString())
                .isEqualTo("[\"10.0.0.0/24\",\"10.0.1.0/24\",\"10.0.2.0/24\"]");
        assertThat(eval("!If [Both, first, second]").asText()).isEqualTo("first");
        assertThat(eval("!If [Never, first, !Ref AWS::NoValue]").isMissingNode()).isTrue();
        assertThat(eval("[a, !Ref AWS::NoValue, b]").toString()).isEqualTo("[\"a\",\"b\"]");
    }

    @Test
    void whatCannotBeEvaluatedSaysWhy() {
        assertThatThrownBy(() -> eval("!ImportValue shared-vpc")).isInstanceOf(IntrinsicException.class)
                .hasMessageContaining("deploys without CloudFormation");
        assertThatThrownBy(() -> eval("!Ref Nothing")).hasMessage("Ref to 'Nothing': the template has no parameter "
                + "or resource of that name (or attribute)");
        assertThatThrownBy(() -> eval("!Select [5, [a]]")).hasMessage("Fn::Select index 5 is not between 0 and 0");
        assertThatThrownBy(() -> eval("!If [Missing, a, b]"))
                .hasMessage("Condition 'Missing' is not declared under Conditions");
    }
}
