package dev.lambdadesk.ui.functions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import dev.lambdadesk.core.FunctionSummary;
import dev.lambdadesk.testing.LocalSession;

/** The explorer lists the account's functions, filters as you type and shows the selected one's details. */
@ExtendWith(ApplicationExtension.class)
class FunctionExplorerViewTest {

    @TempDir
    static Path temp;
    private static LocalSession local;
    private FunctionsSectionHarness harness;

    @BeforeAll
    static void functions() throws IOException {
        local = LocalSession.start(temp.resolve("endpoint"), 0);
        ObjectMapper json = new ObjectMapper();
        for (int i = 0; i < 60; i++) {
            ObjectNode request = json.createObjectNode().put("FunctionName", String.format("svc-%02d", i))
                    .put("Runtime", i % 4 == 0 ? "python3.13" : "nodejs22.x").put("Handler", "index.handler")
                    .put("MemorySize", 128 + (i % 5) * 1000)
                    .put("Role", "arn:aws:iam::000000000000:role/lambda-basic-execution");
            request.putObject("Code").put("ZipFile", TestZips.indexJsBase64());
            local.session().lambda().createFunction(request);
        }
    }

    @AfterAll
    static void stop() {
        local.close();
    }

    @Start
    void start(Stage stage) {
        harness = new FunctionsSectionHarness(local.session(), temp.resolve("data-" + System.nanoTime()));
        harness.show(stage);
    }

    @AfterEach
    void close() {
        harness.close();
    }

    @SuppressWarnings("unchecked")
    private static TableView<FunctionSummary> table(FxRobot robot) {
        return robot.lookup("#function-table").queryAs(TableView.class);
    }

    @Test
    void deletingAFunctionAsksForItsNameAndEnterNeverDeletes(FxRobot robot) throws TimeoutException {
        ObjectNode request = new ObjectMapper().createObjectNode().put("FunctionName", "doomed")
                .put("Runtime", "nodejs22.x").put("Handler", "index.handler")
                .put("Role", "arn:aws:iam::000000000000:role/lambda-basic-execution");
        request.putObject("Code").put("ZipFile", TestZips.indexJsBase64());
        local.session().lambda().createFunction(request);
        robot.interact(() -> harness.functions.explorer().refresh());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 61);
        robot.clickOn("#function-filter").write("doomed", 0);
        WaitForAsyncUtils.waitForFxEvents();

        robot.interact(() -> {
            table(robot).getSelectionModel().selectFirst();
            table(robot).requestFocus();
        });
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#delete-confirmation-name").tryQuery()
                .filter(javafx.scene.Node::isVisible).isPresent());
        assertThat(robot.lookup("#delete-confirmation-confirm").queryButton().isDisabled()).isTrue();
        robot.clickOn("#delete-confirmation-name").write("doomed", 0).type(KeyCode.ENTER); // Enter never destroys
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(local.session().lambda().exists("doomed")).isTrue();

        robot.interact(() -> {
            table(robot).getSelectionModel().selectFirst();
            table(robot).requestFocus();
        });
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#delete-confirmation-name").tryQuery()
                .filter(javafx.scene.Node::isVisible).isPresent());
        robot.clickOn("#delete-confirmation-name").write("doomed", 0);
        assertThat(robot.lookup("#delete-confirmation-confirm").queryButton().isDisabled()).isFalse();
        robot.clickOn("#delete-confirmation-confirm");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !local.session().lambda().exists("doomed"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table(robot).getItems().isEmpty());
        assertThat(harness.functions.explorer().listing().allFunctions()).hasSize(60);
    }

    @Test
    void listsTheFunctionsFiltersAsYouTypeAndShowsDetails(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 60);
        assertThat(robot.lookup("#explorer-status").queryAs(Labeled.class).getText()).isEqualTo("60 functions");

        robot.clickOn("#function-filter").write("python", 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table(robot).getItems()).hasSize(15).allMatch(f -> f.runtime().equals("python3.13"));
        assertThat(robot.lookup("#explorer-status").queryAs(Labeled.class).getText())
                .isEqualTo("15 of 60 functions match");

        robot.push(KeyCode.CONTROL, KeyCode.A).write("svc-08", 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table(robot).getItems()).extracting(FunctionSummary::name).containsExactly("svc-08");

        robot.type(KeyCode.DOWN); // from the filter into the table, first row selected
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#detail-runtime").tryQuery().isPresent());
        assertThat(robot.lookup("#function-details-title").queryAs(Labeled.class).getText()).isEqualTo("svc-08");
        assertThat(robot.lookup("#detail-runtime").queryAs(Labeled.class).getText()).isEqualTo("python3.13");
        assertThat(robot.lookup("#detail-code-sha-256").queryAs(Labeled.class).getText()).hasSize(44);
        assertThat(robot.lookup("#update-code").queryButton().isDisabled()).isFalse();
        // ListFunctions carries no State; the row shows the one GetFunction just read, without a reload
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "Active".equals(stateCellText(robot, 0)));
    }

    /** The text of the State cell in row {@code index}, or null while that cell is not shown. */
    private static String stateCellText(FxRobot robot, int index) {
        return robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn() != null && "column-state".equals(c.getTableColumn().getId())
                        && c.getIndex() == index)
                .map(Labeled::getText).findFirst().orElse(null);
    }

    @Test
    void memorySortsAsANumberAndRowsHaveOneFixedHeight(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 60);
        TableView<FunctionSummary> table = table(robot);
        TableColumn<FunctionSummary, ?> memory = table.getColumns().stream()
                .filter(c -> "column-memory".equals(c.getId())).findFirst().orElseThrow();

        robot.interact(() -> table.getSortOrder().setAll(List.of(memory)));

        assertThat(table.getItems()).extracting(FunctionSummary::memorySize).isSorted()
                .startsWith(128).endsWith(4128);
        assertThat(table.getFixedCellSize()).as("rows are not measured one by one").isPositive();
    }

    @Test
    void createSimilarOpensTheFormPrefilled(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table(robot).getItems().size() == 60);
        robot.interact(() -> table(robot).getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> !robot.lookup("#create-similar").queryButton().isDisabled());

        robot.clickOn("#create-similar");
        WaitForAsyncUtils.waitForFxEvents();

        String selected = harness.functions.explorer().selectedProperty().get().name();
        assertThat(robot.lookup("#function-name").queryTextInputControl().getText()).isEqualTo(selected + "-copy");
        assertThat(robot.lookup("#import-findings").queryAs(javafx.scene.Node.class).isVisible()).isTrue();
    }
}
