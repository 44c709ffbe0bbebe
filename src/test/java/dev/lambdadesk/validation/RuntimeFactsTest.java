package dev.lambdadesk.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.lambdadesk.core.LambdaRuntimes;
import dev.lambdadesk.core.Operation;

/** The runtime facts the forms and the validator share. */
class RuntimeFactsTest {

    @Test
    void currentAndDeprecatedSplitEveryRuntime() {
        assertThat(LambdaRuntimes.current()).hasSize(26).doesNotHaveDuplicates();
        assertThat(LambdaRuntimes.deprecated()).hasSize(20).doesNotContainAnyElementsOf(LambdaRuntimes.current());
        assertThat(LambdaRuntimes.all()).containsExactlyInAnyOrderElementsOf(
                Stream.concat(LambdaRuntimes.current().stream(),
                        LambdaRuntimes.deprecated().stream()).toList());
    }

    @Test
    void currentRuntimesAreListedNewestFirstWithinAFamily() {
        assertThat(LambdaRuntimes.current()).startsWith("nodejs24.x", "nodejs22.x")
                .containsSubsequence("python3.14", "python3.13", "python3.9", "python3.8")
                .containsSubsequence("java25", "java21", "java17", "java11", "java8.al2")
                .containsSubsequence("ruby4.0", "ruby3.4", "ruby3.2")
                .endsWith("provided.al2023", "provided.al2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"python3.7", "nodejs14.x", "java8", "go1.x", "provided", "ruby2.7", "dotnetcore3.1",
            "nodejs12.x", "nodejs4.3-edge"})
    void deprecatedRuntimesAreRefusedForCreate(String runtime) {
        assertThat(LambdaRuntimes.isDeprecated(runtime)).isTrue();
        assertThat(Fixtures.errors(Operation.CREATE_FUNCTION,
                Fixtures.set(Fixtures.valid(Operation.CREATE_FUNCTION), "Runtime",
                        "\"" + runtime + "\""))).extracting(Violation::path).containsExactly("Runtime");
    }

    @ParameterizedTest
    @CsvSource({"nodejs22.x, index.handler", "python3.13, lambda_function.lambda_handler",
            "java21, example.Handler::handleRequest", "dotnet8, Assembly::Namespace.Class::Method",
            "ruby3.4, lambda_function.lambda_handler", "provided.al2023, bootstrap"})
    void eachFamilyHasAStartingHandler(String runtime, String handler) {
        assertThat(LambdaRuntimes.defaultHandler(runtime)).contains(handler);
    }

    @Test
    void unknownRuntimesHaveNoFacts() {
        assertThat(LambdaRuntimes.defaultHandler("cobol")).isEmpty();
        assertThat(LambdaRuntimes.isDeprecated("cobol")).isFalse();
        assertThat(LambdaRuntimes.isCurrent("ruby4.0")).isTrue();
    }
}
