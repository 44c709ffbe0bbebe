package dev.lambdadesk.ui.common;

import java.util.Optional;

import javafx.beans.value.ObservableValue;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A form section laid out in two columns: the field's name on the left, the control with its live message below it
 * on the right. Tooltips on both carry the member's limits (from the validator's {@code describe}).
 */
public final class FormGrid extends GridPane {

    private static final double NAME_WIDTH = 170;

    private int rows;
    private final java.util.List<Node> lastRow = new java.util.ArrayList<>();

    public FormGrid() {
        getStyleClass().add("form-grid");
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(NAME_WIDTH); // the same in every grid, so stacked grids line up
        names.setPrefWidth(NAME_WIDTH);
        names.setMaxWidth(NAME_WIDTH);
        names.setHalignment(HPos.LEFT);
        ColumnConstraints controls = new ColumnConstraints();
        controls.setHgrow(Priority.ALWAYS);
        controls.setFillWidth(true);
        getColumnConstraints().addAll(names, controls);
    }

    /**
     * Adds a field: {@code control} under {@code name}, decorated from {@code feedback}, with {@code limits} as the
     * tooltip. Returns the message label (id {@code <control id>-message}).
     */
    public Label field(String name, Region control, ObservableValue<FieldFeedback> feedback,
            Optional<String> limits) {
        return field(name, control, control, feedback, limits);
    }

    /**
     * Like {@link #field(String, Region, ObservableValue, Optional)} with {@code content} (the control plus
     * buttons or a status line beside it) in the field's place.
     */
    public Label field(String name, Region control, Node content, ObservableValue<FieldFeedback> feedback,
            Optional<String> limits) {
        Label label = nameLabel(name, control);
        Label message = new Label();
        ValidationDecoration.install(control, feedback, message);
        limits.ifPresent(text -> {
            label.setTooltip(new Tooltip(text));
            if (control instanceof Control c && c.getTooltip() == null) {
                c.setTooltip(new Tooltip(text));
            }
        });
        VBox cell = new VBox(content, message);
        cell.getStyleClass().add("form-field");
        addRow(label, cell);
        return message;
    }

    /** Adds a row without validation (a note, a meter, a picker's status line) under an optional name. */
    public void row(String name, Node content) {
        if (name != null && !name.isEmpty()) {
            Label label = new Label(name);
            label.getStyleClass().add("form-label");
            GridPane.setValignment(label, VPos.TOP);
            addRow(label, content);
        } else {
            addRow(null, content);
        }
    }

    /** Shows the row added last only while {@code shown} holds; a hidden row takes no room. */
    public void shownWhen(javafx.beans.value.ObservableBooleanValue shown) {
        for (Node node : lastRow) {
            node.visibleProperty().bind(shown);
            node.managedProperty().bind(shown);
        }
    }

    private void addRow(Node name, Node content) {
        lastRow.clear();
        if (name != null) {
            add(name, 0, rows);
            lastRow.add(name);
        }
        add(content, 1, rows);
        lastRow.add(content);
        rows++;
    }

    /** Adds a node across both columns. */
    public void wide(Node content) {
        add(content, 0, rows, 2, 1);
        lastRow.clear();
        lastRow.add(content);
        rows++;
    }

    private static Label nameLabel(String name, Node control) {
        Label label = new Label(name);
        label.getStyleClass().add("form-label");
        label.setLabelFor(control);
        label.setMnemonicParsing(false);
        label.setWrapText(true);
        GridPane.setValignment(label, VPos.TOP);
        return label;
    }
}
