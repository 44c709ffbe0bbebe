package dev.lambdadesk.ui.sam;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import dev.lambdadesk.ui.common.Tone;

/** One resource's line in the progress of a package, deploy or delete: its latest step, outcome and ARN. */
public final class ProgressRow {

    private final String logicalId;
    private final String type;
    private final StringProperty status = new SimpleStringProperty(this, "status", "waiting");
    private final ObjectProperty<Tone> tone = new SimpleObjectProperty<>(this, "tone", Tone.NEUTRAL);
    private final StringProperty arn = new SimpleStringProperty(this, "arn", "");

    ProgressRow(String logicalId, String type) {
        this.logicalId = logicalId;
        this.type = type;
    }

    public String logicalId() {
        return logicalId;
    }

    public String type() {
        return type;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ObjectProperty<Tone> toneProperty() {
        return tone;
    }

    public StringProperty arnProperty() {
        return arn;
    }

    void step(String message) {
        tone.set(Tone.ACCENT); // before the text: the cell redraws on the text
        status.set(message);
    }

    void finished(String word, String resourceArn, Tone outcome) {
        tone.set(outcome);
        status.set(word);
        if (resourceArn != null && !resourceArn.isEmpty()) {
            arn.set(resourceArn);
        }
    }
}
