package dev.lambdadesk.ui.functions.create;

import javafx.beans.property.BooleanProperty;

import dev.lambdadesk.ui.common.FieldCodec;
import dev.lambdadesk.ui.common.FormField;

/** Whether creating the function also publishes version 1. */
public final class PublishSection extends FormSection {

    final FormField<Boolean> publish = field(FormField.of("publish", "Publish", "Publish",
            flag(false), FieldCodec.flag()));

    public BooleanProperty publishProperty() {
        return flagOf(publish);
    }
}
