package dev.lambdadesk.validation;

import static dev.lambdadesk.validation.Fixtures.set;
import static dev.lambdadesk.validation.Fixtures.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.lambdadesk.core.Operation;

/** A value of the wrong JSON type is a finding at that member, never an exception. */
class WrongTypeTest {

    private static final Operation CF = Operation.CREATE_FUNCTION;

    static Stream<Arguments> wrongTypes() {
        return Stream.of(
                wrong(CF, "MemorySize", "\"512\"", "MemorySize", "Memory must be a whole number; you entered text."),
                wrong(CF, "MemorySize", "512.5", "MemorySize", "Memory must be a whole number; you entered a number."),
                wrong(CF, "Timeout", "true", "Timeout", "Timeout must be a whole number; you entered true/false."),
                wrong(CF, "Layers", "{}", "Layers", "Layers must be a list; you entered an object."),
                wrong(CF, "Layers", "\"arn\"", "Layers", "Layers must be a list; you entered text."),
                wrong(CF, "Layers[0]", "5", "Layers[0]", "Layer must be text; you entered a number."),
                wrong(CF, "Code", "[]", "Code", "Code must be an object; you entered a list."),
                wrong(CF, "Environment.Variables", "[]", "Environment.Variables",
                        "Environment variables must be an object of name/value pairs"),
                wrong(CF, "Environment.Variables", "{\"KEY\":5}", "Environment.Variables.KEY",
                        "Environment variable value must be text; you entered a number."),
                wrong(CF, "Publish", "\"yes\"", "Publish", "Publish must be true or false; you entered text."),
                wrong(CF, "Code.ZipFile", "123", "Code.ZipFile", "Zip file must be base64 text"),
                wrong(CF, "VpcConfig.Ipv6AllowedForDualStack", "\"false\"", "VpcConfig.Ipv6AllowedForDualStack",
                        "must be true or false"),
                wrong(CF, "Architectures", "[null]", "Architectures[0]", "Architecture must not be null"),
                wrong(CF, "Tags", "{\"a\":null}", "Tags.a", "Tag value must not be null"),
                wrong(CF, "FileSystemConfigs[0]", "\"x\"", "FileSystemConfigs[0]", "must be an object; you entered text"),
                wrong(CF, "MemorySize", "99999999999999999999999", "MemorySize", "between 128 and 32768 MB"),
                wrong(CF, "Timeout", "-99999999999999999999999", "Timeout", "between 1 and 900 seconds"),
                wrong(Operation.PUT_SIGNING_PROFILE, "signatureValidityPeriod.value", "\"12\"",
                        "signatureValidityPeriod.value", "Signature validity must be a whole number"),
                wrong(Operation.REVOKE_SIGNING_PROFILE, "effectiveTime", "true", "effectiveTime",
                        "Effective time must be a time"),
                wrong(Operation.REVOKE_SIGNING_PROFILE, "effectiveTime", "{}", "effectiveTime", "you entered an object"),
                wrong(Operation.CREATE_CODE_SIGNING_CONFIG, "AllowedPublishers", "\"x\"", "AllowedPublishers",
                        "Allowed publishers must be an object"),
                wrong(Operation.START_SIGNING_JOB, "source.s3", "[]", "source.s3", "must be an object; you entered a list"));
    }

    @ParameterizedTest(name = "{0} {1} = {2}")
    @MethodSource("wrongTypes")
    void wrongTypeIsAFindingAtTheMember(Operation op, String path, String value, String expectedPath,
            String message) {
        List<Violation> found = Fixtures.at(Fixtures.errors(op, set(valid(op), path, value)), expectedPath);

        assertThat(found).anySatisfy(v -> {
            assertThat(v.message()).contains(message);
            assertThat(v.aws()).isNotNull();
        });
    }

    @Test
    void aRequestThatIsNotAnObjectIsAFindingAtTheRoot() {
        assertThat(Fixtures.validate(CF, Fixtures.json("[1,2]"))).singleElement().satisfies(v -> {
            assertThat(v.path()).isEmpty();
            assertThat(v.message()).isEqualTo("The CreateFunction request must be an object; you entered a list.");
        });
        assertThat(Fixtures.validate(CF, null)).singleElement().satisfies(v -> assertThat(v.path()).isEmpty());
    }

    /** Every member of every valid request, replaced by every kind of JSON value: no exception, ever. */
    @Test
    void anyValueAnywhereNeverThrows() {
        List<String> values = List.of("null", "true", "-1", "1.5", "\"\"", "\"s\"", "[]", "{}", "[null]",
                "{\"a\":null}", "[[]]", "99999999999999999999999");
        for (Operation op : Operation.values()) {
            for (ObjectNode request : Fixtures.allValid(op)) {
                for (String path : paths(request, "")) {
                    for (String value : values) {
                        ObjectNode changed = set(request.deepCopy(), path, value);
                        assertThatCode(() -> {
                            AwsErrors.toAwsError(Fixtures.validate(op, changed));
                            Fixtures.VALIDATOR.validate(op, changed, path);
                            Fixtures.VALIDATOR.describe(op, path);
                        }).as("%s %s = %s", op, path, value).doesNotThrowAnyException();
                    }
                }
            }
        }
    }

    private static List<String> paths(JsonNode node, String prefix) {
        List<String> paths = new ArrayList<>();
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().contains(".")) {
                    continue;
                }
                String path = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
                paths.add(path);
                paths.addAll(paths(e.getValue(), path));
            }
        } else if (node.isArray() && !node.isEmpty()) {
            paths.add(prefix + "[0]");
            paths.addAll(paths(node.get(0), prefix + "[0]"));
        }
        return paths;
    }

    private static Arguments wrong(Operation op, String path, String value, String expectedPath, String message) {
        return Arguments.of(op, path, value, expectedPath, message);
    }
}
