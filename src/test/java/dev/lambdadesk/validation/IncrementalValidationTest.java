package dev.lambdadesk.validation;

import static dev.lambdadesk.validation.Fixtures.remove;
import static dev.lambdadesk.validation.Fixtures.set;
import static dev.lambdadesk.validation.Fixtures.valid;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import dev.lambdadesk.core.Operation;

/** Re-validating the one member a person just edited. */
class IncrementalValidationTest {

    private static final Operation CF = Operation.CREATE_FUNCTION;
    private static final RequestValidator VALIDATOR = Fixtures.VALIDATOR;

    @Test
    void reportsOnlyTheEditedMemberAmongOtherBrokenOnes() {
        ObjectNode request = set(set(set(valid(CF, 1), "MemorySize", "100"), "Timeout", "0"), "Role", "\"r\"");

        assertThat(VALIDATOR.validate(CF, request, "MemorySize")).extracting(Violation::path)
                .containsExactly("MemorySize");
    }

    @Test
    void anEditedListElementIsCheckedAlone() {
        ObjectNode request = set(valid(CF, 0), "Layers", "[\"bad-0\",\"arn:aws:lambda:us-east-1:123456789012:"
                + "layer:x:1\",\"bad-2\"]");

        assertThat(VALIDATOR.validate(CF, request, "Layers[2]")).extracting(Violation::path)
                .containsExactly("Layers[2]");
        assertThat(VALIDATOR.validate(CF, request, "Layers")).extracting(Violation::path)
                .containsExactly("Layers[0]", "Layers[2]");
    }

    @Test
    void crossFieldRulesReadingTheMemberAreIncluded() {
        ObjectNode image = set(valid(CF, 2), "Runtime", "\"python3.14\"");

        assertThat(VALIDATOR.validate(CF, image, "PackageType")).extracting(Violation::path).contains("Runtime");
        assertThat(VALIDATOR.validate(CF, image, "Description")).isEmpty();
    }

    @Test
    void removingTheCapacityProviderRechecksMemory() {
        ObjectNode request = remove(set(valid(CF, 0), "MemorySize", "20000"), "CapacityProviderConfig");

        assertThat(VALIDATOR.validate(CF, request, "CapacityProviderConfig")).extracting(Violation::path)
                .containsExactly("MemorySize");
    }

    @Test
    void aMissingRequiredMemberIsReportedWhenEdited() {
        ObjectNode request = remove(valid(CF, 0), "Role");

        assertThat(VALIDATOR.validate(CF, request, "Role")).extracting(Violation::path).containsExactly("Role");
    }

    @Test
    void everyFindingOfAFullRunIsFoundWhenItsMemberIsEdited() {
        List<ObjectNode> broken = List.of(
                set(set(valid(CF, 0), "Environment.Variables", "{\"AWS_REGION\":\"x\",\"1B\":\"y\"}"), "Foo", "1"),
                set(set(valid(CF, 2), "Handler", "\"h\""), "Architectures", "[\"X\"]"),
                set(remove(valid(CF, 1), "Code.S3Key"), "Runtime", "\"java8\""),
                set(valid(CF, 0), "FileSystemConfigs[0].LocalMountPath", "\"/x\""));
        for (ObjectNode request : broken) {
            for (Violation v : VALIDATOR.validate(CF, request)) {
                assertThat(VALIDATOR.validate(CF, request, v.path())).as("findings when editing %s", v.path())
                        .contains(v);
            }
        }
    }
}
