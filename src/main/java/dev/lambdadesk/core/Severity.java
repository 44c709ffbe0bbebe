package dev.lambdadesk.core;

/** How serious a finding is: errors block an action, warnings only inform. */
public enum Severity {
    ERROR, WARNING;

    /** Lower-case name used in JSON output. */
    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
