package dev.lambdadesk.ui.common;

import java.util.Objects;

import dev.lambdadesk.core.Severity;

/**
 * What a form field shows about its value: nothing, or the most serious finding's severity with the sentences to
 * show beside the field.
 *
 * @param severity {@code null} when the field has nothing to say
 * @param message  the sentences, one per line; empty when {@code severity} is null
 */
public record FieldFeedback(Severity severity, String message) {

    /** A field without findings. */
    public static final FieldFeedback NONE = new FieldFeedback(null, "");

    public FieldFeedback {
        message = Objects.requireNonNullElse(message, "");
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public boolean isWarning() {
        return severity == Severity.WARNING;
    }

    public boolean isEmpty() {
        return severity == null;
    }

    /** How the field should read at a glance: danger for an error, warning for a warning. */
    public Tone tone() {
        return severity == null ? Tone.NEUTRAL : severity == Severity.ERROR ? Tone.DANGER : Tone.WARNING;
    }
}
