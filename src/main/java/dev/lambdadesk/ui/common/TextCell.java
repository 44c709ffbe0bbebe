package dev.lambdadesk.ui.common;

import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/**
 * A table cell showing its value as text; when the column is too narrow the text ends in an ellipsis and the whole
 * value is in the tooltip. One tooltip per cell, reused as the cell shows other rows.
 */
public final class TextCell<R, T> extends TableCell<R, T> {

    private final Tooltip whole = new Tooltip();

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        String text = empty || item == null ? null : item.toString();
        setText(text);
        whole.setText(text);
        setTooltip(text == null || text.isEmpty() ? null : whole);
    }
}
