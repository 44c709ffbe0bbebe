package dev.lambdadesk.ui.functions.create;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.ui.common.FormValidation;

/** Whether creating the function also publishes version 1. */
public final class PublishSection extends FormSection {

    private final BooleanProperty publish = input("publish", new SimpleBooleanProperty(this, "publish", false));

    @Override
    void registerFields(FormValidation validation) {
        validation.field("publish", "Publish");
    }

    @Override
    void writeTo(ObjectNode request) {
        if (publish.get()) {
            request.put("Publish", true);
        }
    }

    @Override
    void readFrom(ObjectNode request) {
        JsonNode value = request.remove("Publish");
        publish.set(value != null && value.asBoolean(false));
    }

    @Override
    void reset() {
        publish.set(false);
    }

    public BooleanProperty publishProperty() {
        return publish;
    }
}
