package dev.lambdadesk.ui.common;

import java.util.function.Consumer;

import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;

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

    /** A problem with its icon; the text wraps to the list's width so a whole sentence is readable. */
    private static final class ProblemCell extends ListCell<Problem> {
        private final Label text = new Label();
        private final FontIcon icon = new FontIcon();

        ProblemCell() {
            getStyleClass().add("problem-cell");
            setPrefWidth(0); // the list's width decides, so the text wraps instead of widening the cell
            text.setWrapText(true);
            text.setMinHeight(Region.USE_PREF_SIZE);
            text.setGraphic(icon);
            text.setGraphicTextGap(8);
            icon.getStyleClass().add("problem-icon");
            listViewProperty().addListener((observable, old, list) -> {
                text.prefWidthProperty().unbind();
                if (list != null) {
                    text.prefWidthProperty().bind(list.widthProperty().subtract(34));
                }
            });
        }

        /** As tall as the wrapped text (the theme's fixed cell size let long messages overlap the next line). */
        @Override
        protected double computePrefHeight(double width) {
            if (getGraphic() == null || text.getPrefWidth() <= 0) {
                return super.computePrefHeight(width);
            }
            return snappedTopInset() + text.prefHeight(text.getPrefWidth()) + snappedBottomInset();
        }

        @Override
        protected void updateItem(Problem item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                ToneStyles.apply(this, Tone.NEUTRAL);
                return;
            }
            text.setText(item.fromService() ? "Service: " + item.message() : item.message());
            icon.setIconLiteral(item.isError() ? "fth-x-circle" : "fth-alert-triangle");
            setGraphic(text);
            ToneStyles.apply(this, item.isError() ? Tone.DANGER : Tone.WARNING);
        }
    }
}
