package dev.lambdadesk.ui.functions.create;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lambdadesk.aws.Session;
import dev.lambdadesk.core.CodeSigningConfigInfo;
import dev.lambdadesk.core.FunctionDetails;
import dev.lambdadesk.testing.LocalSession;
import dev.lambdadesk.ui.common.ExportFormat;
import dev.lambdadesk.ui.common.store.ConfigRow;
import dev.lambdadesk.ui.functions.FunctionsFixture;
import dev.lambdadesk.ui.signing.configs.CodeSigningConfigsViewModel;

/** What a person hit: views that did not follow a create, an import that lost the package, a copied log group. */
class StoresFollowTheFormTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void aFunctionCreatedUnderAConfigurationIsListedAsUsingItWithoutListingAgain() throws Exception {
        try (LocalSession local = LocalSession.start(temp.resolve("endpoint"), 0)) {
            ObjectNode config = JSON.createObjectNode();
            config.putObject("AllowedPublishers").putArray("SigningProfileVersionArns")
                    .add("arn:aws:signer:us-east-1:000000000000:/signing-profiles/Release/AbCdEfGhIj");
            config.putObject("CodeSigningPolicies").put("UntrustedArtifactOnDeployment", "Warn");
            CodeSigningConfigInfo warn = local.session().codeSigningConfigs().create(config);
            FunctionsFixture fixture = new FunctionsFixture(local.session(), temp, false);
            CodeSigningConfigsViewModel configs = new CodeSigningConfigsViewModel(fixture.context);
            configs.selectedProperty().set(configs.configs().getFirst());
            assertThat(configs.details().functions()).isEmpty();

            CreateFunctionViewModel form = new CreateFunctionViewModel(fixture.context);
            TestForms.fillValid(form, "orders", TestForms.zip(temp));
            form.codeSigning().configArnProperty().set(warn.arn());
            form.create();

            ConfigRow row = fixture.context.stores().configs().get(warn.arn()).orElseThrow();
            assertThat(row.functionNames()).containsExactly("orders");
            assertThat(configs.details().functions()).as("the open details follow").containsExactly("orders");
            assertThat(fixture.context.stores().functions().get("orders")).isPresent();
        }
    }

    @Test
    void importingTheAppsOwnExportKeepsThePackage() throws Exception {
        FunctionsFixture fixture = new FunctionsFixture(new Session(), temp, false);
        CreateFunctionViewModel form = new CreateFunctionViewModel(fixture.context);
        TestForms.fillValid(form, "orders", TestForms.zip(temp));
        Path exported = temp.resolve("orders.json");
        form.export().exportTo(ExportFormat.CLI_JSON, exported);
        String bytes = form.request().path("Code").path("ZipFile").asText();

        CreateFunctionViewModel other = new CreateFunctionViewModel(
                new FunctionsFixture(new Session(), temp.resolve("other"), false).context);
        other.importFile(exported);

        assertThat(other.code().zipProperty().get()).isNotNull();
        assertThat(other.request().path("Code").path("ZipFile").asText()).isEqualTo(bytes);
        assertThat(other.validation().problems()).noneMatch(p -> p.fieldId().equals("zip-file"));
    }

    @Test
    void aSimilarFunctionGetsItsOwnLogGroupNotTheOriginals() {
        ObjectNode configuration = JSON.createObjectNode().put("FunctionName", "orders").put("Runtime", "nodejs22.x")
                .put("Handler", "index.handler").put("Role", "arn:aws:iam::000000000000:role/lambda-basic-execution");
        configuration.putObject("LoggingConfig").put("LogFormat", "JSON").put("LogGroup", "/aws/lambda/orders");
        CreateFunctionViewModel form = new CreateFunctionViewModel(
                new FunctionsFixture(new Session(), temp, false).context);

        form.prefillFrom(new FunctionDetails(configuration, Map.of(), Optional.empty(), Optional.empty()));

        assertThat(form.request().path("FunctionName").asText()).isEqualTo("orders-copy");
        assertThat(form.request().path("LoggingConfig").has("LogGroup")).isFalse();
        assertThat(form.request().path("LoggingConfig").path("LogFormat").asText()).isEqualTo("JSON");
    }
}
