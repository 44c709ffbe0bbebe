package dev.lambdadesk.ui.common;

/**
 * One line of a details pane.
 *
 * @param id       a stable id for the value's control ({@code detail-<id>}), so tests and people find it
 * @param copyable true when the value is worth a copy button (an ARN)
 */
public record DetailRow(String id, String label, String value, boolean copyable) {

    public static DetailRow of(String id, String label, String value) {
        return new DetailRow(id, label, value == null || value.isEmpty() ? "—" : value, false);
    }

    public static DetailRow copyable(String id, String label, String value) {
        return new DetailRow(id, label, value == null || value.isEmpty() ? "—" : value, value != null
                && !value.isEmpty());
    }
}
