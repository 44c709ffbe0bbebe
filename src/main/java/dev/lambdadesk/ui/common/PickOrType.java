package dev.lambdadesk.ui.common;

import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;

/**
 * An editable combo box whose text is a ViewModel property: a value is picked from the list or typed. The property
 * is the one truth: when the list is listed again (a reload, a connection switch) the combo box would clear its
 * selection and with it the text, so what was typed or picked is put back instead of being lost.
 */
public final class PickOrType {

    private PickOrType() {
    }

    public static ComboBox<String> combo(ObservableList<String> items, StringProperty value, String prompt) {
        ComboBox<String> combo = new ComboBox<>(items);
        combo.setEditable(true);
        combo.setPromptText(prompt);
        combo.setMaxWidth(Double.MAX_VALUE);
        bind(combo, value);
        return combo;
    }

    public static void bind(ComboBox<String> combo, StringProperty value) {
        boolean[] restoring = {false};
        combo.getEditor().setText(value.get());
        // only typing changes the value: the combo box itself blanks its text when its list is replaced
        combo.getEditor().textProperty().addListener((observable, old, typed) -> {
            if (!restoring[0] && typed != null && !typed.equals(value.get())
                    && (combo.getEditor().isFocused() || combo.isFocused())) {
                value.set(typed);
            }
        });
        combo.valueProperty().addListener((observable, old, picked) -> {
            if (!restoring[0] && picked != null && !picked.equals(value.get())) {
                value.set(picked);
            }
        });
        value.addListener((observable, old, now) -> {
            String text = now == null ? "" : now;
            if (!text.equals(combo.getEditor().getText())) {
                restore(combo, text, restoring);
            }
            if (!combo.getEditor().isFocused() && !text.equals(combo.getValue())) { // not while typing in it
                restore(combo, text, restoring);
            }
        });
        combo.getItems().addListener((ListChangeListener<String>) change -> restore(combo, value.get(), restoring));
    }

    private static void restore(ComboBox<String> combo, String text, boolean[] restoring) {
        restoring[0] = true;
        try {
            String shown = text == null ? "" : text;
            combo.setValue(shown.isEmpty() ? null : shown);
            if (!shown.equals(combo.getEditor().getText())) {
                int caret = Math.min(combo.getEditor().getCaretPosition(), shown.length());
                combo.getEditor().setText(shown);
                combo.getEditor().positionCaret(caret);
            }
        } finally {
            restoring[0] = false;
        }
    }
}
