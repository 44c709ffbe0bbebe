package dev.lambdadesk.ui.signing.common;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import dev.lambdadesk.ui.common.Views;

/** Edits a {@link TagList}: one key and value per line, a remove button on each and "Add tag" below. */
public final class TagsEditor extends VBox {

    private final TagList tags;
    private final VBox lines = new VBox(6);

    public TagsEditor(String id, TagList tags) {
        super(6);
        this.tags = tags;
        setId(id);
        getStyleClass().add("row-editor");
        Button add = Views.button(id + "-add", "Add tag", "fth-plus", () -> {
            TagRow row = tags.add();
            focusLast(row);
        });
        getChildren().addAll(lines, add);
        show();
        tags.rows().addListener((ListChangeListener<TagRow>) change -> {
            while (change.next()) {
                if (change.wasAdded() || change.wasRemoved()) {
                    show();
                    return;
                }
            }
        });
    }

    private void show() {
        lines.getChildren().clear();
        int i = 0;
        for (TagRow row : tags.rows()) {
            TextField key = new TextField();
            key.setId(getId() + "-key-" + i);
            key.setPromptText("Key");
            key.textProperty().bindBidirectional(row.keyProperty());
            TextField value = new TextField();
            value.setId(getId() + "-value-" + i);
            value.setPromptText("Value");
            value.textProperty().bindBidirectional(row.valueProperty());
            HBox.setHgrow(key, Priority.ALWAYS);
            HBox.setHgrow(value, Priority.ALWAYS);
            Button remove = Views.iconButton(getId() + "-remove-" + i, "fth-x", "Remove this tag",
                    () -> tags.remove(row));
            lines.getChildren().add(new HBox(6, key, value, remove));
            i++;
        }
    }

    private void focusLast(TagRow row) {
        if (!lines.getChildren().isEmpty()) {
            ((HBox) lines.getChildren().getLast()).getChildren().getFirst().requestFocus();
        }
    }
}
