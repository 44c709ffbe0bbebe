package dev.lambdadesk.ui.common;

import java.util.Locale;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Every details pane's lines: each name over its value. An identifier (an ARN) stays on one line, shortened in the
 * middle when the pane is narrow, so its start and its distinctive end both show; prose wraps. The whole value is
 * the tooltip, and values worth copying have a copy button.
 */
public final class DetailsGrid extends VBox {

    /** A details pane narrower than this keeps too little of an ARN's start and end to tell it from another. */
    public static final double MIN_WIDTH = 260;

    public DetailsGrid(ObservableList<DetailRow> rows) {
        super(6);
        getStyleClass().addAll("details-grid", "details-rows");
        setMinWidth(0); // the pane holding it keeps MIN_WIDTH (TableWithDetails); identifiers shorten inside
        show(rows);
        rows.addListener((ListChangeListener<DetailRow>) change -> show(rows));
    }

    private void show(ObservableList<DetailRow> rows) {
        getChildren().clear();
        for (DetailRow row : rows) {
            Label name = new Label(row.label());
            name.getStyleClass().addAll("detail-label", "details-label");
            Label value = new Label(row.value());
            value.setId("detail-" + (row.id().isEmpty() ? idOf(row.label()) : row.id()));
            value.getStyleClass().addAll("detail-value", "details-value");
            value.setWrapText(!row.isIdentifier());
            value.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
            value.setMinWidth(0);
            value.setMaxWidth(Double.MAX_VALUE);
            value.setTooltip(new Tooltip(row.value()));
            value.setAccessibleText(row.label() + ": " + row.value());
            HBox.setHgrow(value, Priority.ALWAYS);
            HBox line = new HBox(4, value);
            line.setAlignment(Pos.TOP_LEFT);
            if (row.copyable()) {
                Button copy = Views.iconButton("copy-" + (row.id().isEmpty() ? idOf(row.label()) : row.id()),
                        "fth-copy", "Copy " + row.label(), () -> Views.copy(row.value()));
                line.getChildren().add(copy);
            }
            getChildren().add(new VBox(1, name, line));
        }
    }

    private static String idOf(String label) {
        return label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
