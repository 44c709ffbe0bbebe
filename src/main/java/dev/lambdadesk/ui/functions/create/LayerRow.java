package dev.lambdadesk.ui.functions.create;

import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One layer of the function: a versioned layer ARN, and the findings about it. */
public final class LayerRow {

    private final StringProperty arn = new SimpleStringProperty(this, "arn", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper flag = new ReadOnlyStringWrapper(this, "flag", "");

    public LayerRow(String arn) {
        this.arn.set(arn);
    }

    static Observable[] observables(LayerRow row) {
        return new Observable[] {row.arn};
    }

    void showProblem(String text) {
        problem.set(text);
    }

    void showFlag(String text) {
        flag.set(text);
    }

    /** Why the picked version does not suit the runtime or architecture; empty when it does. */
    public ReadOnlyStringProperty flagProperty() {
        return flag.getReadOnlyProperty();
    }

    public StringProperty arnProperty() {
        return arn;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
