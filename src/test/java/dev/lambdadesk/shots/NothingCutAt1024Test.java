package dev.lambdadesk.shots;

import static dev.lambdadesk.shots.TourSteps.select;
import static dev.lambdadesk.shots.TourSteps.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.kordamp.ikonli.javafx.FontIcon;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window at 1024×700, the smallest size the console supports, over the in-process local endpoint:
 * with a row selected and its details open every section shows whole column headers, whole toolbar buttons and
 * whole detail values; the live state panel with three rows leaves a form most of the height; a field's message
 * appearing does not move the fields below it.
 */
@ExtendWith(ApplicationExtension.class)
class NothingCutAt1024Test {

    private static final double WIDTH = 1024;
    private static final double HEIGHT = 700;

    private TourApp app;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        app = new TourApp(Files.createTempDirectory("nothing-cut"), 0);
        app.show(stage);
        stage.setWidth(WIDTH);
        stage.setHeight(HEIGHT);
    }

    @AfterEach
    void close(FxRobot robot) {
        TourSteps.closeDialogs(robot, stage);
        app.close();
    }

    /** A section of the sidebar, its main table and the row to select there. */
    private record Listing(String nav, String table, String row) {
    }

    @Test
    void everyListShowsWholeColumnsToolbarsAndDetails(FxRobot robot) throws Exception {
        List<String> cut = new ArrayList<>();
        for (Listing listing : List.of(new Listing("functions", "#function-table", TourApp.SIGNED_FUNCTION),
                new Listing("csc", "#config-table", "Release builds"),
                new Listing("profiles", "#profile-table", "Release"),
                new Listing("jobs", "#job-table", "Release"),
                new Listing("layers", "#layer-table", "shared-utils"))) {
            robot.clickOn("#nav-" + listing.nav());
            select(robot, listing.table(), listing.row());
            waitUntil(() -> robot.lookup(".detail-value").tryQuery().filter(NothingCutAt1024Test::shown).isPresent());
            cut.addAll(cutIn(robot, listing.nav(), listing.table()));
        }
        assertThat(cut).as("what is cut at 1024×700").isEmpty();
    }

    @Test
    void theExplorersNoticeWraps(FxRobot robot) throws Exception {
        String notice = "Created orders-v2; its state is in the panel below. It may take a minute before it can be "
                + "invoked, and its code signing configuration decides which packages it accepts from now on.";
        robot.interact(() -> app.models.functions().explorer().showNotice(notice));
        WaitForAsyncUtils.waitForFxEvents(3);
        Labeled label = robot.lookup("#explorer-notice").queryAs(Labeled.class);
        assertThat(fx(() -> shownText(label))).as("the notice as shown").isEqualTo(notice);
        assertThat(fx(() -> label.localToScene(label.getBoundsInLocal()).getMaxX())).isLessThanOrEqualTo(WIDTH);
    }

    @Test
    void theStatePanelWithThreeRowsLeavesFormsRoom(FxRobot robot) throws Exception {
        robot.interact(() -> {
            for (String name : List.of("orders-v2", "orders-v3", "orders-v4")) {
                app.models.statePanel().recordRefusal(name, "Create", "The role could not be assumed.");
            }
        });
        robot.clickOn("#nav-profiles");
        robot.interact(() -> app.models.signingProfiles().newProfile());
        assertFormRoom(robot, "#profile-form .form-scroll", "profile form");
        robot.clickOn("#nav-layers");
        robot.interact(() -> app.models.layers().publishVersion());
        assertFormRoom(robot, "#layer-form .form-scroll", "layer form");
        robot.clickOn("#nav-functions");
        robot.interact(() -> app.models.functions().newFunction());
        assertFormRoom(robot, "#create-form-scroll", "Create function form");

        Node newest = robot.lookup("#watch-orders-v4").query();
        ScrollPane rows = robot.lookup(".watch-scroll").queryAs(ScrollPane.class);
        assertThat(fx(() -> contains(rows, newest))).as("the newest row is in sight").isTrue();
    }

    @Test
    void aFieldsMessageDoesNotMoveTheFieldsBelow(FxRobot robot) throws Exception {
        robot.clickOn("#nav-profiles");
        robot.interact(() -> app.models.signingProfiles().newProfile());
        waitUntil(() -> robot.lookup("#profile-name").tryQuery().filter(Node::isVisible).isPresent());
        robot.clickOn("#profile-name").write("release_builds", 0);
        WaitForAsyncUtils.waitForFxEvents(3);
        Node platform = robot.lookup("#profile-platform").query();
        Label message = robot.lookup("#profile-name-message").queryAs(Label.class);
        assertThat(fx(message::getText)).isEmpty();
        double before = fx(() -> platform.localToScene(platform.getBoundsInLocal()).getMinY());

        robot.write("!", 0);
        WaitForAsyncUtils.waitForFxEvents(3);
        assertThat(fx(message::getText)).as("the name's message").isNotEmpty();
        assertThat(fx(() -> platform.localToScene(platform.getBoundsInLocal()).getMinY()))
                .as("the platform field after the name's message appeared").isEqualTo(before);

        robot.push(KeyCode.BACK_SPACE);
        WaitForAsyncUtils.waitForFxEvents(3);
        assertThat(fx(() -> platform.localToScene(platform.getBoundsInLocal()).getMinY()))
                .as("the platform field after the name's message went").isEqualTo(before);
    }

    private List<String> cutIn(FxRobot robot, String section, String tableId) throws Exception {
        WaitForAsyncUtils.waitForFxEvents(4);
        TableView<?> table = robot.lookup(tableId).queryAs(TableView.class);
        return fx(() -> {
            List<String> found = new ArrayList<>();
            Bounds shown = table.localToScene(table.getBoundsInLocal());
            for (Node node : table.lookupAll(".column-header")) {
                if (!(node instanceof TableColumnHeader header) || header.getTableColumn() == null
                        || !header.getTableColumn().isVisible()) {
                    continue;
                }
                Bounds b = header.localToScene(header.getBoundsInLocal());
                Label label = (Label) header.lookup(".label");
                String title = header.getTableColumn().getText();
                if (b.getMaxX() > shown.getMaxX() + 0.5) {
                    found.add("column " + title + " reaches past the table's edge");
                } else if (label != null && label.getWidth() + 0.5 < label.prefWidth(-1)) {
                    found.add("column " + title + " is " + (int) label.getWidth() + " wide, its title needs "
                            + (int) label.prefWidth(-1));
                }
            }
            found.addAll(cutButtons());
            found.addAll(cutDetails());
            found.addAll(brokenTitles());
            found.addAll(cutListCells());
            return found.stream().map(f -> section + ": " + f).toList();
        });
    }

    /** Buttons of the window cut short or reaching out of the window or their scroll pane's width. */
    private List<String> cutButtons() {
        List<String> found = new ArrayList<>();
        for (Node node : stage.getScene().getRoot().lookupAll(".button")) {
            if (!(node instanceof ButtonBase button) || !shown(button) || inside(button, TableView.class)) {
                continue;
            }
            Bounds b = button.localToScene(button.getBoundsInLocal());
            String name = button.getText() == null || button.getText().isEmpty() ? button.getId() : button.getText();
            ScrollPane scroll = enclosing(button); // in a scroll pane a button may lie above or below the view
            boolean below = scroll == null && b.getMaxY() > HEIGHT + 0.5;
            if (b.getMinX() < -0.5 || b.getMaxX() > WIDTH + 0.5 || below) {
                found.add("button " + name + " reaches out of the window");
            } else if (!shownText(button).equals(plain(button))) {
                found.add("button " + name + " reads \"" + shownText(button) + "\"");
            }
            if (scroll != null && b.getMaxX() > scroll.localToScene(scroll.getBoundsInLocal()).getMaxX() + 0.5) {
                found.add("button " + name + " reaches past its pane's edge");
            }
        }
        return found;
    }

    /** Detail values the pane cuts off at its edge. */
    private List<String> cutDetails() {
        List<String> found = new ArrayList<>();
        for (Node node : stage.getScene().getRoot().lookupAll(".detail-value")) {
            ScrollPane scroll = enclosing(node);
            if (!shown(node) || scroll == null) {
                continue;
            }
            double edge = scroll.localToScene(scroll.getBoundsInLocal()).getMaxX();
            if (node.localToScene(node.getBoundsInLocal()).getMaxX() > edge + 0.5) {
                found.add("detail " + node.getId() + " reaches past the pane's edge");
            }
            boolean copyable = node.getParent().getChildrenUnmodifiable().size() > 1; // an ARN with its copy button
            if (copyable && node instanceof Label value && value.getHeight() > 1.5 * lineHeight(value)) {
                found.add("identifier " + node.getId() + " wraps onto " + Math.round(value.getHeight()
                        / lineHeight(value)) + " lines");
            }
        }
        return found;
    }

    /** Lines of a list in a details pane that run past the list's edge or end in "…". */
    private List<String> cutListCells() {
        List<String> found = new ArrayList<>();
        for (Node node : stage.getScene().getRoot().lookupAll(".details-pane .list-view")) {
            if (!shown(node)) {
                continue;
            }
            double edge = node.localToScene(node.getBoundsInLocal()).getMaxX();
            for (Node cell : node.lookupAll(".list-cell")) {
                if (cell instanceof Labeled line && line.getText() != null && !line.getText().isEmpty() && shown(cell)
                        && (cell.localToScene(cell.getBoundsInLocal()).getMaxX() > edge + 0.5
                        || !shownText(line).replace("\n", "").equals(line.getText().replace("\n", "")))) {
                    found.add("list line \"" + line.getText() + "\" is cut at the list's edge");
                }
            }
        }
        return found;
    }

    /** Details titles (an id, a name) that break inside a word: the pane is too narrow for one of their words. */
    private List<String> brokenTitles() {
        List<String> found = new ArrayList<>();
        for (Node node : stage.getScene().getRoot().lookupAll(".details-pane .label")) {
            if (!(node instanceof Label title) || !shown(node) || title.getText() == null
                    || title.getStyleClass().stream().noneMatch(c -> c.equals("id-title") || c.startsWith("title-"))) {
                continue;
            }
            double room = title.getWidth() - title.snappedLeftInset() - title.snappedRightInset();
            for (String word : title.getText().split("\\s+|(?<=-)")) { // lines break at spaces and after hyphens
                // ids are random hex: whether one fits depends on its digits, so the widest of its length is measured
                Text piece = new Text(word.matches(".*\\d.*") ? word.replaceAll("[0-9a-f]", "0") : word);
                piece.setFont(title.getFont());
                if (piece.getLayoutBounds().getWidth() > room + 0.5) {
                    found.add("title \"" + title.getText() + "\" breaks inside \"" + word + "\"");
                }
            }
        }
        return found;
    }

    private void assertFormRoom(FxRobot robot, String query, String form) throws Exception {
        waitUntil(() -> robot.lookup(query).tryQuery().filter(Node::isVisible).isPresent());
        WaitForAsyncUtils.waitForFxEvents(4);
        Node scroll = robot.lookup(query).query();
        assertThat(fx(() -> scroll.getLayoutBounds().getHeight())).as(form + " height with three watched rows")
                .isGreaterThanOrEqualTo(400);
    }

    private static double lineHeight(Label label) {
        Text line = new Text("Ag");
        line.setFont(label.getFont());
        return line.getLayoutBounds().getHeight();
    }

    private static boolean contains(ScrollPane scroll, Node node) {
        Bounds view = scroll.localToScene(scroll.getBoundsInLocal());
        Bounds b = node.localToScene(node.getBoundsInLocal());
        return b.getMinY() >= view.getMinY() - 0.5 && b.getMaxY() <= view.getMaxY() + 0.5;
    }

    /** The text the skin draws (ellipsized when the control is too narrow for it). */
    private static String shownText(Labeled labeled) {
        StringBuilder shown = new StringBuilder();
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && !(child instanceof FontIcon)) {
                shown.append(text.getText());
            }
        }
        return shown.toString();
    }

    private static String plain(Labeled labeled) {
        String text = labeled.getText() == null ? "" : labeled.getText();
        return labeled.isMnemonicParsing() ? text.replaceFirst("_(?=.)", "") : text;
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    private static boolean inside(Node node, Class<?> type) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (type.isInstance(p)) {
                return true;
            }
        }
        return false;
    }

    private static ScrollPane enclosing(Node node) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane scroll) {
                return scroll;
            }
        }
        return null;
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }
}
