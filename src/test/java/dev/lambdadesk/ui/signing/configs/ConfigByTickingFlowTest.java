package dev.lambdadesk.ui.signing.configs;

import static dev.lambdadesk.ui.signing.SigningFlowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.TimeoutException;

import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import dev.lambdadesk.core.CodeSigningConfigInfo;
import dev.lambdadesk.core.SigningPlatformInfo;
import dev.lambdadesk.core.SigningProfileInfo;
import dev.lambdadesk.ui.signing.SigningFlowFixture;
import dev.lambdadesk.ui.common.store.ConfigRow;

/** A person builds a code signing configuration by ticking a signing profile in the checklist. */
@ExtendWith(ApplicationExtension.class)
class ConfigByTickingFlowTest {

    private SigningFlowFixture fx;
    private SigningProfileInfo release;

    @Start
    void start(Stage stage) throws IOException {
        fx = new SigningFlowFixture(Files.createTempDirectory("config-flow"));
        release = fx.local.session().signer().putProfile(JsonNodeFactory.instance.objectNode()
                .put("profileName", "Release").put("platformId", SigningPlatformInfo.LAMBDA));
        SigningFlowFixture.show(stage, new CodeSigningConfigsView(new CodeSigningConfigsViewModel(fx.context)));
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    @Test
    void ticksAProfileChoosesEnforceAndSaves(FxRobot robot) throws TimeoutException {
        robot.clickOn("#new-config");
        waitUntil(() -> robot.lookup("#publisher-Release").tryQuery().isPresent());
        assertThat(robot.lookup("#save-config").queryAs(Button.class).isDisabled()).as("no publisher yet").isTrue();
        assertThat(robot.lookup("#publisher-count").queryLabeled().getText()).isEqualTo("0 of at most 20 chosen");

        robot.clickOn("#csc-description").write("Release builds only");
        robot.clickOn("#publisher-Release");
        robot.clickOn("#policy-enforce");
        waitUntil(() -> !robot.lookup("#save-config").queryAs(Button.class).isDisabled());
        assertThat(robot.lookup("#publisher-count").queryLabeled().getText()).isEqualTo("1 of at most 20 chosen");
        robot.clickOn("#save-config");
        waitUntil(() -> robot.lookup("#config-table").tryQuery().isPresent()); // the list returns once saved

        TableView<ConfigRow> table = robot.lookup("#config-table").queryTableView();
        waitUntil(() -> table.getItems().size() == 1);
        CodeSigningConfigInfo saved = table.getItems().get(0).info();
        assertThat(saved.policy()).isEqualTo("Enforce");
        assertThat(saved.description()).isEqualTo("Release builds only");
        assertThat(saved.allowedPublishers()).containsExactly(release.versionArn());
        assertThat(fx.local.session().codeSigningConfigs().get(saved.arn()).allowedPublishers())
                .containsExactly(release.versionArn());
        waitUntil(() -> robot.lookup("#configs-notice").queryLabeled().getText()
                .endsWith("Enforce, 1 allowed publisher."));
    }
}
