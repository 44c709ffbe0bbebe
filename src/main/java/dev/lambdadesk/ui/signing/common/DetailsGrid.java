package dev.lambdadesk.ui.signing.common;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.VPos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * A details pane's lines: name on the left, the value as selectable text on the right (so it can be copied by
 * hand), with a copy button beside values worth copying.
 */
public final class DetailsGrid extends GridPane {

    public DetailsGrid(ObservableList<DetailRow> rows) {
        getStyleClass().add("details-grid");
        ColumnConstraints names = new ColumnConstraints(135);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        getColumnConstraints().addAll(names, values);
        show(rows);
        rows.addListener((ListChangeListener<DetailRow>) change -> show(rows));
    }

    private void show(ObservableList<DetailRow> rows) {
        getChildren().clear();
        int i = 0;
        for (DetailRow row : rows) {
            Label name = new Label(row.label());
            name.getStyleClass().add("detail-label");
            GridPane.setValignment(name, VPos.CENTER);
            TextField value = new TextField(row.value());
            value.setId("detail-" + row.id());
            value.setEditable(false);
            value.getStyleClass().add("detail-value");
            value.setAccessibleText(row.label());
            value.setTooltip(new Tooltip(row.value()));
            HBox.setHgrow(value, Priority.ALWAYS);
            HBox cell = new HBox(4, value);
            if (row.copyable()) {
                Button copy = SigningViews.iconButton("copy-" + row.id(), "fth-copy", "Copy " + row.label(),
                        () -> SigningViews.copy(row.value()));
                cell.getChildren().add(copy);
            }
            add(name, 0, i);
            add(cell, 1, i);
            i++;
        }
    }
}
