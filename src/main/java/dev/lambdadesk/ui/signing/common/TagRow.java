package dev.lambdadesk.ui.signing.common;

import javafx.beans.Observable;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One tag being edited: key and value. */
public final class TagRow {

    private final StringProperty key = new SimpleStringProperty(this, "key", "");
    private final StringProperty value = new SimpleStringProperty(this, "value", "");

    public TagRow(String key, String value) {
        this.key.set(key);
        this.value.set(value);
    }

    /** What a list of rows watches, so an edit inside a row counts as a change of the list. */
    public static Observable[] observables(TagRow row) {
        return new Observable[] {row.key, row.value};
    }

    public StringProperty keyProperty() {
        return key;
    }

    public StringProperty valueProperty() {
        return value;
    }

    boolean isBlank() {
        return key.get().isBlank() && value.get().isEmpty();
    }
}
