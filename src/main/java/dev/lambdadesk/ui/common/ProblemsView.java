package dev.lambdadesk.ui.common;

import java.util.function.Consumer;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A form's problems summary: one line per finding, most serious first; a click, Enter or Space on a line hands its
 * field id to {@code goToField}, so the person lands on the field to fix. The lines are plain wrapped labels in a
 * column (not a list view's cells of one fixed height), so a long message takes the lines it needs and never runs
 * into the next one.
 */
public final class ProblemsView extends ScrollPane {

    private final VBox lines = new VBox(6);
    private final ObservableList<Problem> problems;
    private final Consumer<String> goToField;
    private javafx.scene.Node placeholder;

    public ProblemsView(ObservableList<Problem> problems, Consumer<String> goToField) {
        this.problems = problems;
        this.goToField = goToField;
        getStyleClass().add("problems-view");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        lines.getStyleClass().add("problems-lines");
        setContent(lines);
        show();
        problems.addListener((ListChangeListener<Problem>) change -> show());
    }

    /** Shown in place of the lines while there are no problems. */
    public void setPlaceholder(javafx.scene.Node placeholder) {
        this.placeholder = placeholder;
        show();
    }

    /** The problems shown, in order (for tests and for screen readers). */
    public ObservableList<Problem> getItems() {
        return problems;
    }

    private void show() {
        if (problems.isEmpty() && placeholder != null) {
            lines.getChildren().setAll(placeholder);
        } else {
            lines.getChildren().setAll(problems.stream().map(this::line).toList());
        }
    }

    private Label line(Problem problem) {
        Label text = new Label(problem.fromService() ? "Service: " + problem.message() : problem.message());
        text.getStyleClass().add("problem-cell");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.setMaxWidth(Double.MAX_VALUE);
        text.setGraphicTextGap(8);
        FontIcon icon = new FontIcon(problem.isError() ? "fth-x-circle" : "fth-alert-triangle");
        icon.getStyleClass().add("problem-icon");
        text.setGraphic(icon);
        text.setFocusTraversable(problem.hasField());
        text.setAccessibleText(text.getText());
        ToneStyles.apply(text, problem.isError() ? Tone.DANGER : Tone.WARNING);
        text.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY) {
                go(problem);
            }
        });
        text.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.SPACE) {
                go(problem);
                event.consume();
            }
        });
        return text;
    }

    private void go(Problem problem) {
        if (problem.hasField()) {
            goToField.accept(problem.fieldId());
        }
    }
}
