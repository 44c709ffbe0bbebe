package dev.lambdadesk.ui.functions.create;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lambdadesk.aws.Session;
import dev.lambdadesk.core.Severity;
import dev.lambdadesk.ui.common.FieldFeedback;
import dev.lambdadesk.ui.functions.FunctionsFixture;
import dev.lambdadesk.ui.common.KeyValueRow;

/** Each section's fields surface their rule's message on their own field, through the shared validator. */
class CreateFunctionFieldRulesTest {

    @TempDir
    Path temp;

    private CreateFunctionViewModel form;

    @BeforeEach
    void validForm() throws Exception {
        form = new CreateFunctionViewModel(new FunctionsFixture(new Session(), temp, false).context);
        TestForms.fillValid(form, "orders", TestForms.zip(temp));
        assertThat(form.validation().problems()).isEmpty();
        assertThat(form.createDisabledProperty().get()).isFalse();
    }

    private void assertRule(Consumer<CreateFunctionViewModel> edit, String fieldId, String messagePart) {
        edit.accept(form);
        FieldFeedback feedback = form.validation().feedback(fieldId).get();
        assertThat(feedback.severity()).as(fieldId).isEqualTo(Severity.ERROR);
        assertThat(feedback.message()).as(fieldId).contains(messagePart);
        assertThat(form.createDisabledProperty().get()).as("Create with an error on " + fieldId).isTrue();
        assertThat(form.validation().problems()).as("problems").allMatch(p -> p.fieldId().equals(fieldId));
    }

    @Test
    void basics() {
        assertRule(f -> f.basics().functionNameProperty().set("my function"), "function-name",
                "Function name is not valid");
    }

    @Test
    void description() {
        assertRule(f -> f.basics().descriptionProperty().set("d".repeat(257)), "description",
                "at most 256 characters");
    }

    @Test
    void aDeprecatedRuntimeIsOfferedButRefusedWithItsSuccessor() {
        assertThat(form.basics().runtimeChoices()).contains("python3.7", "nodejs24.x");
        assertThat(form.basics().describeRuntime("python3.7")).isEqualTo("Python · deprecated");
        assertRule(f -> f.basics().runtimeProperty().set("python3.7"), "runtime",
                "python3.7 is deprecated and Lambda no longer accepts it; choose a supported runtime such as "
                        + "python3.14");
    }

    @Test
    void handler() {
        assertRule(f -> f.basics().handlerProperty().set("index handler"), "handler", "Handler");
    }

    @Test
    void role() {
        assertRule(f -> f.permissions().roleProperty().set("my-role"), "role", "Execution role is not valid");
    }

    @Test
    void memory() {
        assertRule(f -> f.settings().memoryProperty().set("64"), "memory-size",
                "Memory must be between 128 and 10240 MB; you entered 64.");
    }

    @Test
    void memoryThatIsNotANumber() {
        assertRule(f -> f.settings().memoryProperty().set("12a"), "memory-size", "whole number");
    }

    @Test
    void timeout() {
        assertRule(f -> f.settings().timeoutProperty().set("901"), "timeout", "Timeout must be between 1 and 900");
    }

    @Test
    void ephemeralStorage() {
        assertRule(f -> f.settings().ephemeralStorageProperty().set("100"), "ephemeral-storage",
                "Ephemeral storage must be between 512 and 10240 MB");
    }

    @Test
    void logGroup() {
        assertRule(f -> f.settings().logGroupProperty().set("bad group!"), "log-group", "Log group");
    }

    @Test
    void s3BucketWithoutKey() {
        assertRule(f -> {
            f.code().sourceProperty().set(CodeSource.S3);
            f.code().s3().bucketProperty().set("code-bucket");
        }, "s3-key", "Enter the S3 key");
    }

    @Test
    void zipChosenButNoFile() {
        assertRule(f -> f.code().zip().clear(), "zip-file", "Choose the code: a .zip file");
    }

    @Test
    void environmentVariableNameAndReservedName() {
        assertRule(f -> {
            f.environment().addVariable().nameProperty().set("1bad");
            KeyValueRow reserved = f.environment().addVariable();
            reserved.nameProperty().set("AWS_REGION");
            reserved.valueProperty().set("eu-west-1");
        }, "environment", "AWS_REGION is reserved by Lambda");
        assertThat(form.environment().variables().get(0).problemProperty().get())
                .contains("Environment variable name is not valid");
        assertThat(form.environment().variables().get(1).problemProperty().get()).contains("reserved");
    }

    @Test
    void twoVariablesWithOneNameAreReportedByTheTable() {
        assertRule(f -> {
            f.environment().addVariable().nameProperty().set("STAGE");
            f.environment().addVariable().nameProperty().set("STAGE");
        }, "environment", "2 variables are named STAGE");
    }

    @Test
    void layerArn() {
        assertRule(f -> {
            f.layers().addLayer().arnProperty().set("arn:aws:lambda:us-east-1:123456789012:layer:good:1");
            f.layers().addLayer().arnProperty().set("my-layer");
        }, "layers", "Layer is not valid");
        assertThat(form.layers().layers().get(0).problemProperty().get()).isEmpty();
        assertThat(form.layers().layers().get(1).problemProperty().get()).contains("versioned layer ARN");
    }

    @Test
    void moreThanFiveLayers() {
        assertRule(f -> {
            for (int i = 1; i <= 6; i++) {
                f.layers().addLayer().arnProperty().set("arn:aws:lambda:us-east-1:123456789012:layer:l" + i + ":1");
            }
        }, "layers", "5");
    }

    @Test
    void subnets() {
        assertRule(f -> f.networking().subnetsProperty().set("subnet-1 " + "subnet-x ".repeat(16)), "subnets",
                "16");
    }

    @Test
    void fileSystem() {
        assertRule(f -> {
            f.fileSystem().accessPointArnProperty().set(
                    "arn:aws:elasticfilesystem:us-east-1:123456789012:access-point/fsap-0123456789abcdef0");
            f.fileSystem().mountPathProperty().set("/tmp/data");
        }, "mount-path", "/mnt/");
    }

    @Test
    void deadLetterTarget() {
        assertRule(f -> f.delivery().deadLetterTargetProperty().set("my-queue"), "dead-letter-target",
                "Dead-letter target");
    }

    @Test
    void kmsKey() {
        assertRule(f -> f.delivery().kmsKeyProperty().set("my-key"), "kms-key", "KMS key ARN is not valid");
    }

    @Test
    void codeSigningConfigArn() {
        assertRule(f -> f.codeSigning().configArnProperty().set("csc-1"), "code-signing-config",
                "Code signing configuration ARN is not valid");
    }

    @Test
    void tagKeyReservedForAws() {
        assertRule(f -> {
            KeyValueRow tag = f.tags().addTag();
            tag.nameProperty().set("aws:team");
            tag.valueProperty().set("x");
        }, "tags", "starts with aws:");
        assertThat(form.tags().tags().getFirst().problemProperty().get()).contains("aws:");
    }

    @Test
    void imageUriOfAContainerFunction() {
        assertRule(f -> f.basics().packageTypeProperty().set(BasicsSection.IMAGE), "image-uri",
                "Enter the container image URI");
    }

    @Test
    void fixingTheFieldClearsItsMessageAndEnablesCreate() {
        form.settings().memoryProperty().set("64");
        assertThat(form.createDisabledProperty().get()).isTrue();

        form.settings().memoryProperty().set("256");

        assertThat(form.validation().feedback("memory-size").get().isEmpty()).isTrue();
        assertThat(form.createDisabledProperty().get()).isFalse();
        assertThat(form.request().get("MemorySize").intValue()).isEqualTo(256);
    }
}
