package dev.lambdadesk.ui.sam;

import static dev.lambdadesk.ui.signing.SigningFlowFixture.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeView;
import javafx.scene.layout.Region;
import javafx.stage.Stage;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import dev.lambdadesk.core.SigningPlatformInfo;
import dev.lambdadesk.sam.SamTemplates;
import dev.lambdadesk.ui.signing.SigningFlowFixture;

/**
 * A person opens the seed's template (with a layer) in the SAM applications section, sees its resources, is told
 * that unsigned code would be refused, types the trusted profile's version ARN and picks the profile for the
 * function and the layer, types the bucket, turns versioning on and deploys under Enforce; unsigned, Lambda's refusal
 * names the function.
 */
@ExtendWith(ApplicationExtension.class)
class SamApplicationsViewTest {

    private SigningFlowFixture fx;
    private SamApplicationsViewModel model;
    private Path template;
    private String versionArn;

    @Start
    void start(Stage stage) throws IOException {
        Path dir = Files.createTempDirectory("sam-view");
        fx = new SigningFlowFixture(dir);
        versionArn = fx.local.session().signer().putProfile(JsonNodeFactory.instance.objectNode()
                .put("profileName", "MySigningProfile").put("platformId", SigningPlatformInfo.LAMBDA)).versionArn();
        fx.local.session().s3().createBucket("sam-packages");
        template = SamTemplates.copy("signed-app", dir.resolve("hello-app")).resolve("template.yaml");
        model = new SamApplicationsViewModel(fx.context);
        SigningFlowFixture.show(stage, new SamApplicationsView(model));
        stage.setWidth(1100); // the same stage serves every test: undo a size a test set
        stage.setHeight(720);
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private void open(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#sam-empty").queryAs(Node.class).isVisible()).isTrue();
        robot.interact(() -> model.open(template));
        waitUntil(() -> robot.lookup("#sam-node-HelloWorld").tryQuery().isPresent());
    }

    private static void typeInto(FxRobot robot, String query, String text) {
        robot.clickOn(query);
        robot.write(text);
    }

    @Test
    void opensTheTemplateSignsFunctionAndLayerAndDeploysUnderEnforce(FxRobot robot) throws Exception {
        open(robot);
        assertThat(robot.lookup("#sam-tree").queryAs(TreeView.class).getExpandedItemCount()).isGreaterThanOrEqualTo(6);
        assertThat(text(robot, "#sam-plan .label")).contains("Lambda will refuse HelloWorld");
        assertThat(robot.lookup("#sam-package").queryButton().isDisabled()).isTrue();

        // the ARN is pasted, as a person would: typing 90 characters one by one only slows the test
        robot.interact(() -> robot.lookup("#sam-parameter-SigningProfileVersionArn").queryTextInputControl()
                .setText(versionArn));
        typeInto(robot, "#sam-sign-HelloWorld", "MySigningProfile");
        typeInto(robot, "#sam-sign-MyLayer", "MySigningProfile");
        waitUntil(() -> text(robot, "#sam-plan .label").equals("HelloWorld is signed with a profile "
                + "MySignedFunctionCodeSigningConfig trusts (Enforce)."));

        typeInto(robot, "#sam-bucket", "sam-packages");
        waitUntil(() -> robot.lookup("#sam-enable-versioning").queryAs(Node.class).isVisible());
        assertThat(text(robot, "#sam-blocker")).isEqualTo("Signing needs versioning on the bucket.");
        robot.clickOn("#sam-enable-versioning");
        Button deploy = robot.lookup("#sam-deploy").queryButton();
        waitUntil(() -> !deploy.isDisabled());

        robot.clickOn(deploy);
        waitUntil(() -> text(robot, "#sam-notice").startsWith("Stack hello-app deployed"));

        assertThat(text(robot, "#sam-notice")).isEqualTo("Stack hello-app deployed: 4 created.");
        assertThat(robot.lookup("#sam-refusal #refusal").queryAs(Node.class).isVisible()).isFalse();
        assertThat(robot.lookup("#sam-progress").queryAs(TableView.class).getItems()).hasSize(4);
        waitUntil(() -> fx.statePanel.rows().stream().anyMatch(r -> r.functionName().equals("hello-app-HelloWorld")));
    }

    @Test
    void readingTheFileAgainKeepsTheSelectedLineAndWhatWasClosed(FxRobot robot) throws Exception {
        open(robot);
        @SuppressWarnings("unchecked")
        TreeView<ResourceNode> tree = robot.lookup("#sam-tree").queryAs(TreeView.class);
        robot.clickOn("#sam-node-MyLayer");
        robot.interact(() -> tree.getRoot().getChildren().stream()
                .filter(item -> item.getValue().id().equals("group-configs")).findFirst().orElseThrow()
                .setExpanded(false));
        int[] changes = {0};
        robot.interact(() -> model.tree().addListener((javafx.collections.ListChangeListener<ResourceNode>) c ->
                changes[0]++));

        robot.interact(() -> model.parameters().getFirst().valueProperty().set(versionArn));
        WaitForAsyncUtils.waitForFxEvents(4);
        assertThat(changes[0]).as("a parameter typed leaves the same tree alone").isZero();

        Files.writeString(template, Files.readString(template) + "\n  Second:\n    Type: AWS::Serverless::Function\n"
                + "    Properties:\n      CodeUri: hello_world/\n      Handler: app.lambda_handler\n"
                + "      Runtime: python3.12\n");
        robot.interact(model::reread);
        waitUntil(() -> robot.lookup("#sam-node-Second").tryQuery().isPresent());

        assertThat(changes[0]).isPositive();
        assertThat(tree.getSelectionModel().getSelectedItem().getValue().id()).isEqualTo("MyLayer");
        assertThat(tree.getRoot().getChildren()).filteredOn(item -> item.getValue().id().equals("group-configs"))
                .singleElement().satisfies(item -> assertThat(item.isExpanded()).as("closed, as it was").isFalse());
        assertThat(tree.getRoot().getChildren()).filteredOn(item -> item.getValue().id().equals("group-functions"))
                .singleElement().satisfies(item -> assertThat(item.isExpanded()).isTrue());
    }

    @Test
    void atTheSmallestWindowNothingIsCutAndTheSideNeverScrollsSideways(FxRobot robot) throws Exception {
        template = SamTemplates.copy("signed-app", template.getParent().resolveSibling(
                "a-folder-with-a-long-name-as-real-projects-have/services/orders/hello-app")).resolve("template.yaml");
        open(robot);
        robot.interact(() -> {
            Stage stage = (Stage) robot.lookup("#sam-applications").query().getScene().getWindow();
            stage.setWidth(790); // the section's share of a 1024×700 window: the sidebar takes the rest
            stage.setHeight(520);
        });
        WaitForAsyncUtils.waitForFxEvents();

        ScrollPane side = robot.lookup("#sam-side").queryAs(ScrollPane.class);
        assertThat(side.getContent().getLayoutBounds().getWidth())
                .isLessThanOrEqualTo(side.getViewportBounds().getWidth() + 1);
        Region file = robot.lookup("#sam-file").queryAs(Region.class);
        assertThat(file.localToScene(file.getLayoutBounds()).getMaxX())
                .isLessThanOrEqualTo(file.getScene().getWidth());
        TreeView<?> tree = robot.lookup("#sam-tree").queryAs(TreeView.class);
        assertThat(tree.lookupAll(".scroll-bar")).filteredOn(bar -> bar instanceof javafx.scene.control.ScrollBar sb
                && sb.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && sb.isVisible())
                .as("the tree scrolls sideways").isEmpty();
        Region longest = robot.lookup("#sam-node-MySignedFunctionCodeSigningConfig").queryAs(Region.class);
        assertThat(longest.localToScene(longest.getLayoutBounds()).getMaxX())
                .isLessThanOrEqualTo(tree.localToScene(tree.getLayoutBounds()).getMaxX() + 0.5);
        for (String id : new String[] {"#sam-open", "#sam-recent", "#sam-package", "#sam-deploy", "#sam-delete"}) {
            Region button = robot.lookup(id).queryAs(Region.class);
            assertThat(button.getWidth()).as(id).isGreaterThanOrEqualTo(button.prefWidth(-1) - 0.5);
        }
    }

    @Test
    void unsignedCodeIsRefusedWithTheFunctionNamed(FxRobot robot) throws Exception {
        open(robot);
        robot.interact(() -> model.parameters().getFirst().valueProperty().set(versionArn));
        Button deploy = robot.lookup("#sam-deploy").queryButton();
        waitUntil(() -> !deploy.isDisabled());

        robot.clickOn(deploy);
        waitUntil(() -> robot.lookup("#sam-refusal #refusal").queryAs(Node.class).isVisible());

        assertThat(text(robot, "#sam-refusal #refusal-check")).isEqualTo("HelloWorld was refused");
        assertThat(text(robot, "#sam-refusal #refusal-explanation")).contains("HelloWorld")
                .contains("CodeVerificationFailedException");
        assertThat(text(robot, "#sam-refusal #refusal-remedy")).contains("Choose a signing profile");
    }
}
