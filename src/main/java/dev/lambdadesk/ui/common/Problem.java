package dev.lambdadesk.ui.common;

import java.util.Objects;

import dev.lambdadesk.core.Severity;

/**
 * One line of a form's problems summary.
 *
 * @param fieldId     the field it belongs to (the id of its control), or an empty string for the whole form
 * @param path        the request member it concerns, as the API spells it (empty for a service error that named none)
 * @param message     the sentence to show
 * @param severity    errors block the form's action; warnings do not
 * @param fromService true when the service reported it after a call, rather than the offline rules
 */
public record Problem(String fieldId, String path, String message, Severity severity, boolean fromService) {

    public Problem {
        Objects.requireNonNull(fieldId, "fieldId");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(severity, "severity");
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** True when clicking it can move the focus somewhere. */
    public boolean hasField() {
        return !fieldId.isEmpty();
    }
}
