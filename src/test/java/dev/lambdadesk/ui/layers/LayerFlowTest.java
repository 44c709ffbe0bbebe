package dev.lambdadesk.ui.layers;

import static dev.lambdadesk.ui.signing.SigningFlowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import dev.lambdadesk.core.CodeSigningConfigInfo;
import dev.lambdadesk.core.LayerVersionInfo;
import dev.lambdadesk.core.SigningPlatformInfo;
import dev.lambdadesk.core.SigningProfileInfo;
import dev.lambdadesk.ui.functions.FunctionsView;
import dev.lambdadesk.ui.functions.FunctionsViewModel;
import dev.lambdadesk.ui.functions.create.CreateFunctionView;
import dev.lambdadesk.ui.signing.PackageZips;
import dev.lambdadesk.ui.signing.SigningFlowFixture;

/**
 * A person publishes an unsigned layer in the Layers section, picks it for a new function in the Create form, and
 * with an Enforce configuration chosen is told before Create that Lambda will refuse it.
 */
@ExtendWith(ApplicationExtension.class)
class LayerFlowTest {

    private SigningFlowFixture fx;
    private Path dir;
    private LayersViewModel layers;
    private FunctionsViewModel functions;
    private TabPane tabs;
    private CodeSigningConfigInfo enforce;

    @Start
    void start(Stage stage) throws IOException {
        dir = Files.createTempDirectory("layer-flow");
        fx = new SigningFlowFixture(dir);
        SigningProfileInfo release = fx.local.session().signer().putProfile(JsonNodeFactory.instance.objectNode()
                .put("profileName", "Release").put("platformId", SigningPlatformInfo.LAMBDA));
        ObjectNode csc = JsonNodeFactory.instance.objectNode();
        csc.putObject("AllowedPublishers").putArray("SigningProfileVersionArns").add(release.versionArn());
        csc.putObject("CodeSigningPolicies").put("UntrustedArtifactOnDeployment", "Enforce");
        enforce = fx.local.session().codeSigningConfigs().create(csc);
        layers = new LayersViewModel(fx.context);
        functions = new FunctionsViewModel(fx.context);
        tabs = new TabPane();
        tabs.getTabs().setAll(new Tab("Layers", new LayersView(layers)), new Tab("Functions",
                new FunctionsView(functions)));
        SigningFlowFixture.show(stage, tabs);
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    @Test
    void publishesALayerPicksItForAFunctionAndIsWarnedBeforeCreate(FxRobot robot) throws Exception {
        robot.clickOn("#publish-layer");
        waitUntil(() -> robot.lookup("#layer-name").queryTextInputControl().isFocused());
        robot.write("bad name");
        waitUntil(() -> robot.lookup("#publish-layer-version").queryAs(Button.class).isDisabled());
        robot.eraseText("bad name".length()).write("plain-deps");
        robot.clickOn("#layer-runtimes").write("python3.12");
        Path zip = PackageZips.python(dir, "deps.zip");
        robot.interact(() -> layers.form().chooseZip(zip));
        waitUntil(() -> robot.lookup("#layer-zip-status").queryLabeled().getText().startsWith("deps.zip"));
        waitUntil(() -> !robot.lookup("#publish-layer-version").queryAs(Button.class).isDisabled());
        robot.clickOn("#publish-layer-version");
        waitUntil(() -> layers.pageProperty().get() == LayersViewModel.Page.LIST);

        TableView<LayerVersionInfo> table = robot.lookup("#layer-table").queryTableView();
        waitUntil(() -> table.getItems().size() == 1);
        waitUntil(() -> robot.lookup("#detail-layer-signer").tryQuery().map(n -> ((Label) n).getText())
                .orElse("").equals("Unsigned"));
        String arn = table.getItems().get(0).layerVersionArn();
        assertThat(robot.lookup("#layers-notice").queryLabeled().getText())
                .isEqualTo("Published plain-deps version 1.");

        robot.interact(() -> tabs.getSelectionModel().select(1));
        robot.clickOn("#new-function");
        robot.interact(() -> robot.lookup("#create-function").queryAs(CreateFunctionView.class).goToField("layers"));
        robot.clickOn("#layers-add");
        ComboBox<?> picker = robot.lookup("#layers-0-arn").queryComboBox();
        waitUntil(() -> picker.getItems().contains(arn));
        robot.push(KeyCode.ALT, KeyCode.DOWN).type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitUntil(() -> functions.create().layers().layers().get(0).arnProperty().get().equals(arn));
        assertThat(robot.lookup("#layers-0-flag").queryAs(Label.class).getText())
                .as("the form's runtime is not the layer's").contains("python3.12, not");

        waitUntil(() -> !functions.create().codeSigning().configs().isEmpty());
        robot.interact(() -> functions.create().codeSigning().configArnProperty().set(enforce.arn()));
        waitUntil(() -> robot.lookup("#layers-trust-note").queryAs(Label.class).isVisible());
        assertThat(robot.lookup("#layers-trust-note").queryAs(Label.class).getText())
                .isEqualTo("Layer " + arn + " is unsigned. Enforce: Lambda will refuse to create the function.");
    }
}
