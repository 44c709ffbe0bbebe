package dev.lambdadesk.ui.common;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A row of a key-value table editor (an environment variable, a tag): name, value, whether the value is secret,
 * and the findings about this row.
 */
public final class KeyValueRow {

    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty value = new SimpleStringProperty(this, "value", "");
    private final BooleanProperty secret = new SimpleBooleanProperty(this, "secret", false);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    public KeyValueRow() {
    }

    public KeyValueRow(String name, String value, boolean secret) {
        this.name.set(name);
        this.value.set(value);
        this.secret.set(secret);
    }

    /** What an editor's list watches so a change inside a row counts as a change of the table. */
    static Observable[] observables(KeyValueRow row) {
        return new Observable[] {row.name, row.value, row.secret};
    }

    boolean isBlank() {
        return name.get().isEmpty() && value.get().isEmpty();
    }

    void showProblem(String text) {
        problem.set(text);
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty valueProperty() {
        return value;
    }

    /** A secret value is left out of saved drafts unless the settings allow it. */
    public BooleanProperty secretProperty() {
        return secret;
    }

    /** The findings about this row, one per line; empty when it is fine. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
