package dev.lambdadesk.validation;

import static dev.lambdadesk.validation.Fixtures.set;
import static dev.lambdadesk.validation.Fixtures.valid;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import dev.lambdadesk.core.Operation;

/**
 * The layer operations' rules in the service's own wording, the wording the local endpoint answers with (AWS's
 * answers recorded in LocalStack's test_lambda_api snapshots, TestLambdaLayer).
 */
class LayerRulesTest {

    private static final Operation PUBLISH = Operation.PUBLISH_LAYER_VERSION;

    private static AwsError wire(Operation op, ObjectNode request) {
        return AwsErrors.toAwsError(Fixtures.validate(op, request)).orElseThrow();
    }

    @Test
    void unknownRuntimesAndArchitecturesAreReportedInTheModelsMemberOrder() {
        ObjectNode request = set(set(valid(PUBLISH), "CompatibleRuntimes", "[\"invalidruntime\", \"invalidruntime2\", "
                + "\"nodejs20.x\"]"), "CompatibleArchitectures", "[\"invalidarch\", \"x86_64\"]");

        AwsError error = wire(PUBLISH, request);
        assertThat(error.errorCode()).isEqualTo("ValidationException");
        assertThat(error.message()).startsWith("2 validation errors detected: Value '[invalidruntime, invalidruntime2, "
                + "nodejs20.x]' at 'compatibleRuntimes' failed to satisfy constraint: Member must satisfy enum value "
                + "set: [nodejs20.x, python3.14, ").endsWith("java8.al2, ruby4.0]; Value '[invalidarch, x86_64]' at "
                + "'compatibleArchitectures' failed to satisfy constraint: Member must satisfy constraint: [Member "
                + "must satisfy enum value set: [x86_64, arm64], Member must not be null]");
        assertThat(Fixtures.errors(PUBLISH, request)).extracting(Violation::path)
                .containsExactly("CompatibleRuntimes[0]", "CompatibleRuntimes[1]", "CompatibleArchitectures[0]");
    }

    @Test
    void aBadLayerNameIsExplainedInWordsNotAsThePattern() {
        List<Violation> found = Fixtures.at(Fixtures.errors(PUBLISH, set(valid(PUBLISH), "LayerName",
                "\"my layer!\"")), "LayerName");

        assertThat(found).singleElement().satisfies(v -> assertThat(v.message())
                .startsWith("Layer name is not valid; use letters, numbers, hyphens and underscores")
                .doesNotContain("[a-zA-Z0-9"));
    }

    @Test
    void deprecatedRuntimesMayStillBeDeclaredAndEmptyListsAreValid() {
        assertThat(Fixtures.errors(PUBLISH, set(valid(PUBLISH), "CompatibleRuntimes",
                "[\"python3.7\", \"go1.x\", \"provided\"]"))).isEmpty();
        assertThat(Fixtures.errors(PUBLISH, set(set(valid(PUBLISH), "CompatibleRuntimes", "[]"),
                "CompatibleArchitectures", "[]"))).isEmpty();
    }

    @Test
    void aListingFilterPrintsAwsFullRuntimeSet() {
        AwsError error = wire(Operation.LIST_LAYERS, set(valid(Operation.LIST_LAYERS), "CompatibleRuntime",
                "\"runtimedoesnotexist\""));

        assertThat(error.message()).isEqualTo("1 validation error detected: Value 'runtimedoesnotexist' at "
                + "'compatibleRuntime' failed to satisfy constraint: Member must satisfy enum value set: ["
                + LayerRuntimes.AWS_FILTER_ORDER + "]");
        assertThat(wire(Operation.LIST_LAYERS, set(valid(Operation.LIST_LAYERS), "CompatibleArchitecture",
                "\"archdoesnotexist\"")).message()).isEqualTo("1 validation error detected: Value 'archdoesnotexist' "
                + "at 'compatibleArchitecture' failed to satisfy constraint: Member must satisfy enum value set: "
                + "[x86_64, arm64]");
    }

    @Test
    void contentNeedsExactlyOneSource() {
        List<String> paths = List.of("Content", "Content.ZipFile", "Content.S3Key");
        List<String> contents = List.of("{}",
                "{\"ZipFile\":\"UEsDBBQAAAAIAAAAAAA=\",\"S3Bucket\":\"layer-artifacts\",\"S3Key\":\"k\"}",
                "{\"S3Bucket\":\"layer-artifacts\"}");
        for (int i = 0; i < paths.size(); i++) {
            List<Violation> found = Fixtures.errors(PUBLISH, set(valid(PUBLISH), "Content", contents.get(i)));
            assertThat(found).extracting(Violation::path).containsExactly(paths.get(i));
            assertThat(found.get(0).aws().errorCode()).isEqualTo("InvalidParameterValueException");
        }
    }

    @Test
    void aVersionBelowOneAndAnotherActionGetAwsAnswers() {
        Operation add = Operation.ADD_LAYER_VERSION_PERMISSION;

        assertThat(wire(add, set(valid(add), "VersionNumber", "0")))
                .isEqualTo(new AwsError("InvalidParameterValueException", 400, "Layer Version Cannot be less than 1"));
        assertThat(wire(add, set(valid(add), "Action", "\"*\"")).message()).isEqualTo("1 validation error detected: "
                + "Value '*' at 'action' failed to satisfy constraint: Member must satisfy regular expression pattern: "
                + "lambda:GetLayerVersion");
    }
}
