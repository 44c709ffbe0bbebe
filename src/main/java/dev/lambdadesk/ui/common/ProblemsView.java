package dev.lambdadesk.ui.common;

import java.util.function.Consumer;

import javafx.collections.ObservableList;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A form's problems summary: one line per finding, most serious look first; a click, Enter or Space on a line
 * hands its field id to {@code goToField}, so the person lands on the field to fix.
 */
public final class ProblemsView extends ListView<Problem> {

    public ProblemsView(ObservableList<Problem> problems, Consumer<String> goToField) {
        super(problems);
        getStyleClass().add("problems-view");
        setCellFactory(list -> new ProblemCell());
        setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY) {
                go(goToField);
            }
        });
        setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.SPACE) {
                go(goToField);
                event.consume();
            }
        });
    }

    private void go(Consumer<String> goToField) {
        Problem selected = getSelectionModel().getSelectedItem();
        if (selected != null && selected.hasField()) {
            goToField.accept(selected.fieldId());
        }
    }

    private static final class ProblemCell extends ListCell<Problem> {
        ProblemCell() {
            getStyleClass().add("problem-cell");
            setWrapText(true);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Problem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                ToneStyles.apply(this, Tone.NEUTRAL);
                return;
            }
            setText(item.fromService() ? "Service: " + item.message() : item.message());
            FontIcon icon = new FontIcon(item.isError() ? "fth-x-circle" : "fth-alert-triangle");
            icon.getStyleClass().add("problem-icon");
            setGraphic(icon);
            ToneStyles.apply(this, item.isError() ? Tone.DANGER : Tone.WARNING);
        }
    }
}
