package dev.lambdadesk.ui.layers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lambdadesk.core.CodeSigningConfigInfo;
import dev.lambdadesk.core.LayerVersionInfo;
import dev.lambdadesk.core.Severity;
import dev.lambdadesk.core.SigningJobInfo;
import dev.lambdadesk.core.SigningPlatformInfo;
import dev.lambdadesk.core.SigningProfileInfo;
import dev.lambdadesk.testing.LocalSession;
import dev.lambdadesk.ui.common.DetailRow;
import dev.lambdadesk.ui.deploy.DeployablePackage;
import dev.lambdadesk.ui.deploy.RefusalDiagnosis;
import dev.lambdadesk.ui.functions.create.CodeSource;
import dev.lambdadesk.ui.functions.create.CreateFunctionViewModel;
import dev.lambdadesk.ui.signing.PackageZips;
import dev.lambdadesk.ui.signing.SigningFixture;
import dev.lambdadesk.ui.signing.deploy.BucketChoice;
import dev.lambdadesk.ui.signing.deploy.PublishLayerFromPackageViewModel;
import dev.lambdadesk.ui.signing.deploy.SignAndDeployViewModel;

/**
 * A signed layer (published from Sign and deploy) and an unsigned one (published from the Layers form), then a
 * function under an Enforce configuration: the Layers details say who trusts each, and the Create form says before
 * Create which layer would be refused, and the refusal after Create names it.
 */
class SignedLayersTest {

    @TempDir
    Path dir;
    private LocalSession local;
    private SigningFixture fx;
    private SigningProfileInfo release;
    private CodeSigningConfigInfo enforce;
    private DeployablePackage signedPackage;

    @BeforeEach
    void open() throws IOException {
        local = LocalSession.start(dir.resolve("endpoint"), 0);
        fx = new SigningFixture(local.session(), dir.resolve("data"));
        release = local.session().signer().putProfile(JsonNodeFactory.instance.objectNode()
                .put("profileName", "Release").put("platformId", SigningPlatformInfo.LAMBDA));
        ObjectNode csc = JsonNodeFactory.instance.objectNode();
        csc.putObject("AllowedPublishers").putArray("SigningProfileVersionArns").add(release.versionArn());
        csc.putObject("CodeSigningPolicies").put("UntrustedArtifactOnDeployment", "Enforce");
        enforce = local.session().codeSigningConfigs().create(csc);
    }

    @AfterEach
    void close() {
        local.close();
    }

    @Test
    void theLayersSectionShowsWhoTrustsEachVersionAndDeletesOne() throws IOException {
        LayersViewModel layers = new LayersViewModel(fx.context);
        LayerVersionInfo signed = publishSigned("signed-deps");
        LayerVersionInfo unsigned = publishUnsigned(layers, "plain-deps");

        assertThat(layers.versions()).extracting(LayerVersionInfo::layerName)
                .containsExactly("plain-deps", "signed-deps");
        layers.selectedProperty().set(signed);
        Map<String, String> rows = rows(layers);
        assertThat(rows.get("layer-signer")).isEqualTo(release.versionArn());
        assertThat(rows.get("layer-job")).contains(":/signing-jobs/");
        assertThat(rows.get("layer-trusted-by")).isEqualTo(enforce.id());
        assertThat(rows.get("layer-sha256")).isNotEqualTo("—");

        layers.selectedProperty().set(unsigned);
        rows = rows(layers);
        assertThat(rows.get("layer-signer")).isEqualTo("Unsigned");
        assertThat(rows.get("layer-trusted-by")).contains("unsigned");
        assertThat(rows.get("layer-runtimes")).isEqualTo("python3.12");
        assertThat(layers.deleteName()).isEqualTo("plain-deps:1");

        layers.deleteSelected();
        assertThat(layers.versions()).extracting(LayerVersionInfo::layerName).containsExactly("signed-deps");
        assertThat(layers.selectedProperty().get()).isNull();
        assertThat(local.session().layers().versions("plain-deps")).isEmpty();
    }

    @Test
    void theCreateFormWarnsBeforeCreateAndTheRefusalNamesTheLayer() throws IOException {
        LayerVersionInfo signed = publishSigned("signed-deps");
        LayerVersionInfo unsigned = publishUnsigned(new LayersViewModel(fx.context), "plain-deps");
        SigningJobInfo.S3Location code = signedPackage.location(); // the function's own code passes the checks
        CreateFunctionViewModel form = new CreateFunctionViewModel(fx.context);
        form.opened();
        form.basics().functionNameProperty().set("orders");
        form.basics().runtimeProperty().set("python3.13");
        form.basics().handlerProperty().set("app.handler");
        form.permissions().roleProperty().set(local.session().iam().listRoles().get(0).arn());
        form.code().sourceProperty().set(CodeSource.S3);
        form.code().s3().bucketProperty().set(code.bucket());
        form.code().s3().keyProperty().set(code.key());
        form.code().s3().versionProperty().set(code.version());

        assertThat(form.layers().picks().choices()).as("python3.12 only: listed after the compatible one")
                .containsExactly(signed.layerVersionArn(), unsigned.layerVersionArn());
        form.layers().addLayer().arnProperty().set(signed.layerVersionArn());
        form.layers().addLayer().arnProperty().set(unsigned.layerVersionArn());
        assertThat(form.layers().layers().get(1).flagProperty().get()).contains("python3.12, not python3.13");
        assertThat(form.layers().layers().get(0).flagProperty().get()).isEmpty();
        assertThat(form.layers().picks().trustNoteProperty().get()).as("no configuration chosen yet").isEmpty();

        form.codeSigning().configArnProperty().set(enforce.arn());
        assertThat(form.layers().picks().trustNoteProperty().get())
                .isEqualTo("Layer " + unsigned.layerVersionArn() + " is unsigned. Enforce: Lambda will refuse "
                        + "to create the function.");
        assertThat(form.validation().problems()).anySatisfy(p -> {
            assertThat(p.fieldId()).isEqualTo("layers");
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
        });
        assertThat(form.createDisabledProperty().get()).as("a warning does not block").isFalse();
        assertThat(form.request().get("Layers")).hasSize(2);

        form.create();
        assertThat(form.refusalProperty().get().title()).isEqualTo(RefusalDiagnosis.LAYER);
        assertThat(form.refusalProperty().get().explanation()).contains(unsigned.layerVersionArn());

        form.layers().remove(form.layers().layers().get(1));
        assertThat(form.layers().picks().trustNoteProperty().get()).isEmpty();
        form.create();
        assertThat(local.session().lambda().exists("orders")).isTrue();
    }

    private LayerVersionInfo publishSigned(String name) throws IOException {
        SignAndDeployViewModel page = new SignAndDeployViewModel(fx.context);
        page.opened();
        page.packagePathProperty().set(PackageZips.python(dir, name + ".zip").toString());
        page.bucket().nameProperty().set("code");
        if (page.bucket().stateProperty().get() == BucketChoice.State.MISSING) {
            page.bucket().createWithVersioning();
        }
        page.sign();
        signedPackage = page.run().resultProperty().get();
        PublishLayerFromPackageViewModel publish = page.publishLayer();
        publish.layerNameProperty().set(name);
        publish.publish();
        assertThat(publish.outcomeProperty().get()).startsWith("Published " + name + " version 1 (signed)");
        return fx.context.stores().layers().items().stream().filter(v -> v.layerName().equals(name)).findFirst()
                .orElseThrow();
    }

    private LayerVersionInfo publishUnsigned(LayersViewModel layers, String name) throws IOException {
        LayerPublishViewModel form = layers.form();
        layers.publishVersion();
        form.layerNameProperty().set(name);
        form.runtimesProperty().set("python3.12");
        form.x86Property().set(true);
        form.chooseZip(PackageZips.python(dir, name + ".zip"));
        assertThat(form.publishDisabledProperty().get()).isFalse();
        form.publish();
        assertThat(layers.pageProperty().get()).isEqualTo(LayersViewModel.Page.LIST);
        return layers.selectedProperty().get();
    }

    private static Map<String, String> rows(LayersViewModel layers) {
        return layers.details().rows().stream().collect(Collectors.toMap(DetailRow::id, DetailRow::value));
    }
}
