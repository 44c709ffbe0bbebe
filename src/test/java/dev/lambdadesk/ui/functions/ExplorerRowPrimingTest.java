package dev.lambdadesk.ui.functions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import dev.lambdadesk.aws.Session;

/**
 * The explorer builds its table's first row before any function arrives (the first rows a table builds are by far the
 * dearest, and built in the middle of a load they froze the window), and nobody ever sees that sample row.
 */
@ExtendWith(ApplicationExtension.class)
class ExplorerRowPrimingTest {

    @TempDir
    static Path temp;
    private FunctionsSectionHarness harness;

    @Start
    void start(Stage stage) {
        harness = new FunctionsSectionHarness(new Session(), temp.resolve("data-" + System.nanoTime()));
        harness.show(stage);
    }

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    void theTableHasBuiltARowBeforeAnyFunctionArrivesAndShowsNone(FxRobot robot) throws TimeoutException {
        TableView<?> table = robot.lookup("#function-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !rows(table).isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table.getItems()).as("no function is listed").isEmpty();
        assertThat(rows(table)).as("the sample row is never shown")
                .allSatisfy(row -> assertThat(row.isVisible() && !((TableRow<?>) row).isEmpty()).isFalse());
        assertThat(table.getPlaceholder().isVisible()).isTrue();
    }

    private static Set<Node> rows(TableView<?> table) {
        Set<Node> rows = table.lookupAll(".table-row-cell");
        rows.removeIf(node -> !(node instanceof TableRow<?>));
        return rows;
    }
}
