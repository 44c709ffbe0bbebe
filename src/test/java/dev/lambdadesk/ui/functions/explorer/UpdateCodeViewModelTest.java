package dev.lambdadesk.ui.functions.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lambdadesk.core.FunctionSummary;
import dev.lambdadesk.core.UpdateStatus;
import dev.lambdadesk.testing.LocalSession;
import dev.lambdadesk.ui.functions.FunctionsFixture;
import dev.lambdadesk.ui.functions.TestZips;
import dev.lambdadesk.ui.functions.create.CodeSource;
import dev.lambdadesk.ui.statepanel.WatchRow;

class UpdateCodeViewModelTest {

    @TempDir
    Path temp;

    @Test
    void newCodeIsValidatedThenDeployedAndTheFunctionJoinsTheStatePanel() throws IOException {
        try (LocalSession local = LocalSession.start(temp.resolve("endpoint"), 0)) {
            ObjectNode request = new ObjectMapper().createObjectNode().put("FunctionName", "orders")
                    .put("Runtime", "nodejs22.x").put("Handler", "index.handler")
                    .put("Role", "arn:aws:iam::000000000000:role/lambda-basic-execution");
            request.putObject("Code").put("ZipFile", TestZips.indexJsBase64());
            local.session().lambda().createFunction(request);
            FunctionsFixture fixture = new FunctionsFixture(local.session(), temp, false);
            FunctionSummary orders = new FunctionSummary("orders", "arn", "nodejs22.x", "Zip", 128, "", false);
            UpdateCodeViewModel update = new UpdateCodeViewModel(fixture.context, orders);

            assertThat(update.sources()).containsExactly(CodeSource.ZIP_FILE, CodeSource.S3);
            assertThat(update.deployDisabledProperty().get()).isTrue();
            assertThat(update.validation().feedback("update-zip-file").get().message()).contains("Choose the code");

            update.sourceProperty().set(CodeSource.S3);
            update.s3().bucketProperty().set("b");
            assertThat(update.validation().feedback("update-s3-bucket").get().message()).contains("3–63 characters");

            update.sourceProperty().set(CodeSource.ZIP_FILE);
            Path zip = temp.resolve("v2.zip");
            Files.write(zip, Base64.getDecoder().decode(TestZips.indexJsBase64()));
            update.chooseZip(zip);
            assertThat(update.deployDisabledProperty().get()).isFalse();

            update.deploy();

            assertThat(update.deployedProperty().get()).isTrue();
            assertThat(fixture.context.stores().functions().get("orders")).as("every list follows the update")
                    .hasValueSatisfying(f -> assertThat(f.arn()).endsWith(":function:orders"));
            WatchRow row = fixture.statePanel.rows().getFirst();
            assertThat(row.action()).isEqualTo("Code updated");
            assertThat(row.timeline().getFirst().text()).startsWith("Code updated — Active");
            assertThat(local.session().lambda().status("orders").lastUpdateStatus())
                    .isIn(UpdateStatus.IN_PROGRESS, UpdateStatus.SUCCESSFUL);
        }
    }

    @Test
    void aCodeUpdateTheServiceRefusesIsRecordedInTheStatePanel() throws IOException {
        try (LocalSession local = LocalSession.start(temp.resolve("endpoint"), 0)) {
            FunctionsFixture fixture = new FunctionsFixture(local.session(), temp, false);
            FunctionSummary gone = new FunctionSummary("gone", "arn", "nodejs22.x", "Zip", 128, "", false);
            UpdateCodeViewModel update = new UpdateCodeViewModel(fixture.context, gone);
            Path zip = temp.resolve("v2.zip");
            Files.write(zip, Base64.getDecoder().decode(TestZips.indexJsBase64()));
            update.chooseZip(zip);

            update.deploy();

            assertThat(update.deployedProperty().get()).isFalse();
            assertThat(update.refusalProperty().get()).isNotNull();
            WatchRow row = fixture.statePanel.rows().getFirst();
            assertThat(row.functionName()).isEqualTo("gone");
            assertThat(row.action()).isEqualTo("Code update refused");
            assertThat(row.reasonProperty().get()).endsWith(update.refusalProperty().get().summary());
        }
    }

    @Test
    void aContainerFunctionTakesOnlyAnImage() {
        FunctionsFixture fixture = new FunctionsFixture(new dev.lambdadesk.aws.Session(), temp, false);
        UpdateCodeViewModel update = new UpdateCodeViewModel(fixture.context,
                new FunctionSummary("img", "arn", "", "Image", 128, "", false));

        assertThat(update.sources()).containsExactly(CodeSource.IMAGE);
        update.imageUriProperty().set("123456789012.dkr.ecr.us-east-1.amazonaws.com/img:2");

        assertThat(update.request().get("ImageUri").asText()).endsWith("img:2");
        assertThat(update.deployDisabledProperty().get()).isFalse();
    }
}
