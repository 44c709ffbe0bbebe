package dev.lambdadesk.core;

import java.util.Locale;

/** A function's {@code State} as Lambda reports it. */
public enum FunctionState {
    PENDING("Pending"), ACTIVE("Active"), INACTIVE("Inactive"), FAILED("Failed"), DEACTIVATING("Deactivating"),
    DEACTIVATED("Deactivated"), ACTIVE_NON_INVOCABLE("ActiveNonInvocable"), DELETING("Deleting"),
    UNKNOWN("Unknown");

    private final String wireName;

    FunctionState(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** True for the states a watcher can stop at: nothing will change without a new deployment. */
    public boolean isSettled() {
        return this == ACTIVE || this == FAILED || this == INACTIVE || this == DEACTIVATED
                || this == ACTIVE_NON_INVOCABLE;
    }

    public static FunctionState fromWire(String value) {
        if (value == null) {
            return UNKNOWN;
        }
        for (FunctionState s : values()) {
            if (s.wireName.equalsIgnoreCase(value) || s.name().equals(value.toUpperCase(Locale.ROOT))) {
                return s;
            }
        }
        return UNKNOWN;
    }
}
