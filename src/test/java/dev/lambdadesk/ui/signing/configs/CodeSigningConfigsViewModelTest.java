package dev.lambdadesk.ui.signing.configs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lambdadesk.core.CodeSigningConfigInfo;
import dev.lambdadesk.core.SigningPlatformInfo;
import dev.lambdadesk.core.SigningProfileInfo;
import dev.lambdadesk.testing.LocalSession;
import dev.lambdadesk.ui.common.DetailRow;
import dev.lambdadesk.ui.signing.PackageZips;
import dev.lambdadesk.ui.signing.SigningFixture;

/** The configurations list: counts, attach and detach, and delete refused while functions use it. */
class CodeSigningConfigsViewModelTest {

    @TempDir
    Path dir;
    private LocalSession local;
    private SigningFixture fx;
    private CodeSigningConfigInfo config;
    private CodeSigningConfigsViewModel configs;

    @BeforeEach
    void open() throws IOException {
        local = LocalSession.start(dir.resolve("endpoint"), 0);
        fx = new SigningFixture(local.session(), dir.resolve("data"));
        SigningProfileInfo release = local.session().signer().putProfile(JsonNodeFactory.instance.objectNode()
                .put("profileName", "Release").put("platformId", SigningPlatformInfo.LAMBDA));
        ObjectNode create = JsonNodeFactory.instance.objectNode().put("Description", "Release builds");
        create.putObject("AllowedPublishers").putArray("SigningProfileVersionArns").add(release.versionArn());
        create.putObject("CodeSigningPolicies").put("UntrustedArtifactOnDeployment", "Warn");
        config = local.session().codeSigningConfigs().create(create);
        function("orders");
        function("billing");
        local.session().codeSigningConfigs().attach("orders", config.arn());
        configs = new CodeSigningConfigsViewModel(fx.context);
    }

    @AfterEach
    void close() {
        local.close();
    }

    @Test
    void listsEachConfigurationWithItsPublisherAndFunctionCounts() {
        assertThat(configs.configs()).singleElement().satisfies(row -> {
            assertThat(row.info().description()).isEqualTo("Release builds");
            assertThat(row.info().allowedPublishers()).hasSize(1);
            assertThat(row.functionNames()).containsExactly("orders");
        });
        assertThat(configs.statusProperty().get()).isEqualTo("1 configuration");
    }

    @Test
    void theDetailsNameThePublishersAndTheFunctionsUsingIt() {
        configs.selectedProperty().set(configs.configs().get(0));
        assertThat(configs.details().functions()).containsExactly("orders");
        assertThat(configs.details().publishers()).singleElement().asString().startsWith("Release · ");
    }

    @Test
    void theDetailsAreTitledByTheDescriptionOrTheIdWhenThereIsNone() throws Exception {
        configs.selectedProperty().set(configs.configs().get(0));
        assertThat(configs.details().titleProperty().get()).isEqualTo("Release builds");
        assertThat(configs.details().rows()).extracting(DetailRow::id).startsWith("id", "csc-arn")
                .doesNotContain("description");

        ObjectNode bare = JsonNodeFactory.instance.objectNode();
        bare.putObject("AllowedPublishers").putArray("SigningProfileVersionArns").add(config.allowedPublishers().get(0));
        CodeSigningConfigInfo undescribed = local.session().codeSigningConfigs().create(bare);
        configs.refresh();
        configs.selectedProperty().set(configs.configs().stream()
                .filter(row -> row.info().id().equals(undescribed.id())).findFirst().orElseThrow());
        assertThat(configs.details().titleProperty().get()).isEqualTo(undescribed.id());
        configs.selectedProperty().set(null);
        assertThat(configs.details().titleProperty().get()).isEmpty();
    }

    @Test
    void attachingAndDetachingChangeTheFunctionsUsingIt() {
        configs.selectedProperty().set(configs.configs().get(0));
        configs.details().loadFunctions();
        assertThat(configs.details().attachableFunctions()).contains("orders", "billing");

        configs.details().functionToAttachProperty().set("billing");
        configs.details().attach();
        assertThat(configs.details().functions()).containsExactlyInAnyOrder("orders", "billing");
        assertThat(configs.configs().get(0).functionArns()).hasSize(2);

        configs.details().detach("orders");
        assertThat(configs.details().functions()).containsExactly("billing");
    }

    @Test
    void deleteIsRefusedWhileFunctionsUseItNamingThem() {
        configs.selectedProperty().set(configs.configs().get(0));

        configs.details().delete();

        assertThat(configs.details().problemProperty().get())
                .isEqualTo("It cannot be deleted while 1 function uses it: orders. Detach it from that function first.");
        assertThat(local.session().codeSigningConfigs().list()).hasSize(1);

        configs.details().detach("orders");
        configs.details().delete();
        assertThat(local.session().codeSigningConfigs().list()).isEmpty();
        assertThat(configs.configs()).isEmpty();
        assertThat(configs.noticeProperty().get()).isEqualTo("Deleted the configuration.");
    }

    @Test
    void editingFromTheListOpensTheEditorOnIt() {
        configs.selectedProperty().set(configs.configs().get(0));
        configs.editSelected();
        assertThat(configs.pageProperty().get()).isEqualTo(CodeSigningConfigsViewModel.Page.EDIT);
        assertThat(configs.form().isEditing()).isTrue();
        configs.form().policyProperty().set(ConfigFormViewModel.ENFORCE);
        configs.form().save();

        assertThat(configs.pageProperty().get()).isEqualTo(CodeSigningConfigsViewModel.Page.LIST);
        assertThat(configs.selectedProperty().get().info().policy()).isEqualTo("Enforce");
    }

    private void function(String name) throws IOException {
        ObjectNode create = JsonNodeFactory.instance.objectNode().put("FunctionName", name)
                .put("Runtime", "python3.12").put("Handler", "app.handler")
                .put("Role", "arn:aws:iam::000000000000:role/lambda-basic-execution");
        create.putObject("Code").put("ZipFile", Base64.getEncoder().encodeToString(
                Files.readAllBytes(PackageZips.python(dir, name + ".zip"))));
        local.session().lambda().createFunction(create);
    }
}
