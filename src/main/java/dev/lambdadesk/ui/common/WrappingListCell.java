package dev.lambdadesk.ui.common;

import javafx.scene.control.ListCell;

/**
 * A list cell whose text wraps at the list's width instead of running past its edge, where a narrow pane would cut
 * it without an ellipsis (a list scrolls sideways only when a cell asks to be wider than it).
 */
public final class WrappingListCell<T> extends ListCell<T> {

    public WrappingListCell() {
        setWrapText(true);
        setPrefWidth(0); // never wider than the list: the list gives each cell its own width, and the text wraps
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : item.toString());
    }
}
