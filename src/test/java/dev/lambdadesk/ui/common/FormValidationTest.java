package dev.lambdadesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.lambdadesk.core.Severity;
import dev.lambdadesk.validation.Violation;

class FormValidationTest {

    private final FormValidation validation = new FormValidation();

    FormValidationTest() {
        validation.field("name", "FunctionName");
        validation.field("environment", "Environment");
        validation.field("subnets", "VpcConfig.SubnetIds", "VpcConfig");
        validation.field("mount", "FileSystemConfigs[0].LocalMountPath");
        validation.field("file-system", "FileSystemConfigs");
    }

    private static Violation error(String path, String message) {
        return new Violation(path, message, Severity.ERROR, null);
    }

    @Test
    void aFindingLandsOnTheFieldWithTheLongestPathAboveIt() {
        assertThat(validation.fieldFor("FunctionName")).isEqualTo("name");
        assertThat(validation.fieldFor("Environment.Variables.AWS_REGION")).isEqualTo("environment");
        assertThat(validation.fieldFor("VpcConfig.SubnetIds[3]")).isEqualTo("subnets");
        assertThat(validation.fieldFor("FileSystemConfigs[0].LocalMountPath")).isEqualTo("mount");
        assertThat(validation.fieldFor("FileSystemConfigs[0].Arn")).isEqualTo("file-system");
        assertThat(validation.fieldFor("FunctionNameX")).isEqualTo(FormValidation.FORM);
        assertThat(validation.fieldFor("Foo")).isEqualTo(FormValidation.FORM);
    }

    @Test
    void errorsBlockAndWarningsDoNot() {
        validation.show(List.of(new Violation("VpcConfig", "Just so you know.", Severity.WARNING, null)));
        assertThat(validation.hasErrors()).isFalse();
        assertThat(validation.feedback("subnets").get().isWarning()).isTrue();
        assertThat(validation.summaryProperty().get()).isEqualTo("1 warning");

        validation.show(List.of(error("FunctionName", "Function name is required; enter a value."),
                new Violation("VpcConfig", "Just so you know.", Severity.WARNING, null)));
        assertThat(validation.hasErrors()).isTrue();
        assertThat(validation.feedback("name").get())
                .isEqualTo(new FieldFeedback(Severity.ERROR, "Function name is required; enter a value."));
        assertThat(validation.summaryProperty().get()).isEqualTo("1 error, 1 warning");

        validation.show(List.of());
        assertThat(validation.hasErrors()).isFalse();
        assertThat(validation.feedback("name").get()).isEqualTo(FieldFeedback.NONE);
        assertThat(validation.problems()).isEmpty();
    }

    @Test
    void problemsReadInFormOrderWithUnclaimedOnesLast() {
        validation.show(List.of(error("Foo", "'Foo' is not a member."), error("VpcConfig.SubnetIds[0]", "Bad subnet."),
                error("FunctionName", "Bad name.")));

        assertThat(validation.problems()).extracting(Problem::fieldId).containsExactly("name", "subnets", "");
        assertThat(validation.problems().getLast().hasField()).isFalse();
    }

    @Test
    void aServiceErrorMarksItsFieldUntilThatFieldIsEditedButDoesNotBlock() {
        boolean marked = validation.showServiceProblem("Value at 'memorySize' is too big.", List.of("FunctionName"));

        assertThat(marked).isTrue();
        assertThat(validation.feedback("name").get().isError()).isTrue();
        assertThat(validation.problems()).singleElement().satisfies(p -> assertThat(p.fromService()).isTrue());
        assertThat(validation.hasErrors()).isFalse();

        validation.edited("environment");
        assertThat(validation.feedback("name").get().isError()).isTrue();
        validation.edited("name");
        assertThat(validation.feedback("name").get().isEmpty()).isTrue();
        assertThat(validation.problems()).isEmpty();
    }

    @Test
    void aServiceErrorNamingNoKnownFieldIsShownForTheWholeForm() {
        boolean marked = validation.showServiceProblem("Rate exceeded.", List.of());

        assertThat(marked).isFalse();
        assertThat(validation.problems()).singleElement()
                .satisfies(p -> assertThat(p.fieldId()).isEqualTo(FormValidation.FORM));
        validation.clearServiceProblems();
        assertThat(validation.problems()).isEmpty();
    }

    @Test
    void severalFindingsOnOneFieldAreShownTogetherOnce() {
        validation.show(List.of(error("Environment.Variables.A", "A is too short."),
                error("Environment.Variables.B", "B is too short."), error("Environment.Variables.A", "A is too short.")));

        assertThat(validation.feedback("environment").get().message()).isEqualTo("A is too short.\nB is too short.");
        assertThat(validation.problemsUnder("Environment.Variables.B")).extracting(Problem::message)
                .containsExactly("B is too short.");
    }
}
