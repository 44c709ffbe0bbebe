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

    /**
     * True for an identifier (an ARN, an id, a hash: worth copying, or one word without spaces), shown on one line
     * and shortened in the middle when too long; false for prose (a description, a message), which wraps.
     */
    public boolean isIdentifier() {
        return copyable || !value.isBlank() && value.chars().noneMatch(Character::isWhitespace);
    }

    public static DetailRow copyable(String id, String label, String value) {
        return new DetailRow(id, label, value == null || value.isEmpty() ? "—" : value, value != null
                && !value.isEmpty());
    }
}
