package dev.lambdadesk.ui.signing.profiles;

import static dev.lambdadesk.ui.signing.SigningFlowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.TimeoutException;

import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import dev.lambdadesk.core.SigningProfileInfo;
import dev.lambdadesk.ui.signing.SigningFlowFixture;

/** A person creates a signing profile: the name rule is shown as they type, then the profile is listed. */
@ExtendWith(ApplicationExtension.class)
class CreateProfileFlowTest {

    private SigningFlowFixture fx;

    @Start
    void start(Stage stage) throws IOException {
        fx = new SigningFlowFixture(Files.createTempDirectory("profile-flow"));
        SigningFlowFixture.show(stage, new SigningProfilesView(new SigningProfilesViewModel(fx.context)));
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    @Test
    void createsAProfileFromTheForm(FxRobot robot) throws TimeoutException {
        robot.clickOn("#new-profile");
        waitUntil(() -> robot.lookup("#profile-name").queryTextInputControl().isFocused());
        robot.write("release-signer");
        waitUntil(() -> robot.lookup("#profile-name-message").queryLabeled().getText().contains("no hyphens"));
        assertThat(robot.lookup("#create-profile").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#profile-platform").queryComboBox().getValue().toString())
                .contains("AWSLambda-SHA384-ECDSA");
        assertThat(robot.lookup("#profile-validity-value").queryTextInputControl().getText()).isEqualTo("135");

        robot.eraseText("release-signer".length()).write("Release_Signer");
        waitUntil(() -> !robot.lookup("#create-profile").queryAs(Button.class).isDisabled());
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);

        TableView<SigningProfileInfo> table = robot.lookup("#profile-table").queryTableView();
        waitUntil(() -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).name()).isEqualTo("Release_Signer");
        assertThat(table.getItems().get(0).status()).isEqualTo(SigningProfileInfo.Status.ACTIVE);
        waitUntil(() -> robot.lookup("#detail-version-arn").queryLabeled().getText()
                .endsWith("/signing-profiles/Release_Signer/" + table.getItems().get(0).version()));
        assertThat(robot.lookup("#profiles-notice").queryLabeled().getText()).startsWith("Created Release_Signer");
        assertThat(fx.local.session().signer().profile("Release_Signer").isActive()).isTrue();
    }
}
