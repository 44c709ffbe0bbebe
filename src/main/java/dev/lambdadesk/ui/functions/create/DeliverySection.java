package dev.lambdadesk.ui.functions.create;

import javafx.beans.property.StringProperty;

import dev.lambdadesk.ui.common.FieldCodec;
import dev.lambdadesk.ui.common.FormField;

/** Where failed asynchronous events go (dead-letter queue or topic) and the KMS key for environment variables. */
public final class DeliverySection extends FormSection {

    final FormField<String> deadLetterTarget = field(FormField.of("dead-letter-target",
            "DeadLetterConfig.TargetArn", "Dead-letter target", text(""),
            FieldCodec.text()).alsoClaims("DeadLetterConfig"));
    final FormField<String> kmsKey = field(FormField.of("kms-key", "KMSKeyArn", "KMS key",
            text(""), FieldCodec.text()));

    public StringProperty deadLetterTargetProperty() {
        return textOf(deadLetterTarget);
    }

    public StringProperty kmsKeyProperty() {
        return textOf(kmsKey);
    }
}
