package dev.lambdadesk.ui.sam;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** A template parameter and the value the person gives it (its default until changed). */
public final class ParameterValue {

    private final OpenedTemplate.Parameter parameter;
    private final StringProperty value;

    ParameterValue(OpenedTemplate.Parameter parameter, String value) {
        this.parameter = parameter;
        this.value = new SimpleStringProperty(this, "value", value);
    }

    public String name() {
        return parameter.name();
    }

    public String description() {
        return parameter.description();
    }

    public String defaultValue() {
        return parameter.defaultValue();
    }

    public StringProperty valueProperty() {
        return value;
    }
}
