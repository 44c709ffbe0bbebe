package dev.lambdadesk.ui.functions.explorer;

/** One line of the details pane: what it is and its value. */
public record DetailRow(String label, String value) {
}
