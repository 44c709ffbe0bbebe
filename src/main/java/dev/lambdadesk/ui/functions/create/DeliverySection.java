package dev.lambdadesk.ui.functions.create;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.ui.common.FormValidation;

/** Where failed asynchronous events go (dead-letter queue or topic) and the KMS key for environment variables. */
public final class DeliverySection extends FormSection {

    private final StringProperty deadLetterTarget = input("dead-letter-target",
            new SimpleStringProperty(this, "deadLetterTarget", ""));
    private final StringProperty kmsKey = input("kms-key", new SimpleStringProperty(this, "kmsKey", ""));

    @Override
    void registerFields(FormValidation validation) {
        validation.field("dead-letter-target", "DeadLetterConfig");
        validation.field("kms-key", "KMSKeyArn");
    }

    @Override
    void writeTo(ObjectNode request) {
        if (!deadLetterTarget.get().isEmpty()) {
            request.putObject("DeadLetterConfig").put("TargetArn", deadLetterTarget.get());
        }
        JsonFields.text(request, "KMSKeyArn", kmsKey.get());
    }

    @Override
    void readFrom(ObjectNode request) {
        ObjectNode dlq = JsonFields.takeObject(request, "DeadLetterConfig");
        deadLetterTarget.set(JsonFields.take(dlq, "TargetArn"));
        JsonFields.putBack(request, "DeadLetterConfig", dlq);
        kmsKey.set(JsonFields.take(request, "KMSKeyArn"));
    }

    @Override
    void reset() {
        deadLetterTarget.set("");
        kmsKey.set("");
    }

    public StringProperty deadLetterTargetProperty() {
        return deadLetterTarget;
    }

    public StringProperty kmsKeyProperty() {
        return kmsKey;
    }
}
