package dev.lambdadesk.shots;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The steps the screenshot tour and the dialog test take through the main window. */
final class TourSteps {

    private TourSteps() {
    }

    /** Sign and deploy with the unsigned package uploaded to the bucket {@code code}, ready to deploy. */
    static void uploadUnsignedPackage(FxRobot robot, TourApp app) throws TimeoutException {
        openSignAndDeploy(robot, app);
        press(robot, "#upload-only");
        waitUntil(() -> text(robot, "#package-ready").contains("unsigned package"));
    }

    /** Sign and deploy with the package and bucket chosen, as typed by a person. */
    static void openSignAndDeploy(FxRobot robot, TourApp app) throws TimeoutException {
        robot.clickOn("#nav-jobs");
        robot.clickOn("#open-sign-and-deploy");
        waitUntil(() -> visible(robot, "#sign-package"));
        robot.clickOn("#sign-package").write(app.unsignedZip.toString(), 0);
        robot.clickOn("#sign-bucket").write("code", 0).type(KeyCode.ENTER);
        waitUntil(() -> !text(robot, "#bucket-message").isBlank());
        ComboBox<?> profile = robot.lookup("#sign-profile").queryComboBox();
        waitUntil(() -> !profile.getItems().isEmpty());
        robot.interact(() -> profile.getSelectionModel().selectFirst());
    }

    /** Presses a button even when it is scrolled out of sight (at 1024×700 some are). */
    static void press(FxRobot robot, String query) {
        robot.interact(() -> robot.lookup(query).queryAs(ButtonBase.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Presses a button of an open dialog (the main window may hold a node with the same id). */
    static void pressInDialog(FxRobot robot, Stage main, String query) {
        robot.interact(() -> ((ButtonBase) inDialog(robot, main, query).orElseThrow()).fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    static java.util.Optional<Node> inDialog(FxRobot robot, Stage main, String query) {
        return robot.lookup(query).match((Node n) -> n.getScene() != null && n.getScene().getWindow() != main)
                .tryQuery();
    }

    static boolean visibleInDialog(FxRobot robot, Stage main, String query) {
        return inDialog(robot, main, query).filter(Node::isVisible).isPresent();
    }

    @SuppressWarnings("unchecked")
    static void set(FxRobot robot, String combo, Object value) {
        robot.interact(() -> robot.lookup(combo).queryAs(ComboBox.class).setValue(value));
    }

    /** Selects the first row with a cell whose text starts with {@code prefix}. */
    static void select(FxRobot robot, String tableId, String prefix) throws TimeoutException {
        TableView<?> table = robot.lookup(tableId).queryAs(TableView.class);
        waitUntil(() -> indexOf(table, prefix) >= 0);
        robot.interact(() -> table.getSelectionModel().select(indexOf(table, prefix)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    static int rows(FxRobot robot, String tableId) {
        return robot.lookup(tableId).tryQuery().map(t -> ((TableView<?>) t).getItems().size()).orElse(0);
    }

    private static int indexOf(TableView<?> table, String prefix) {
        for (int i = 0; i < table.getItems().size(); i++) {
            for (var column : table.getColumns()) {
                Object cell = column.getCellData(i);
                if (cell != null && String.valueOf(cell).startsWith(prefix)) {
                    return i;
                }
            }
        }
        return -1;
    }

    static boolean visible(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().filter(Node::isVisible).isPresent();
    }

    static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> ((Labeled) n).getText()).orElse("");
    }

    static void closeDialogs(FxRobot robot, Stage main) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != main).toList().forEach(Window::hide));
    }

    static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }
}
