package dev.lambdadesk.core;

import java.util.Objects;

/**
 * What a create or an update answered: the state to watch, and the function as a list shows it (so every list
 * follows without listing again).
 */
public record FunctionChange(FunctionStatus status, FunctionSummary summary) {

    public FunctionChange {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(summary, "summary");
    }
}
