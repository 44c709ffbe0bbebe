package dev.lambdadesk.core;

/** A function's {@code LastUpdateStatus} as Lambda reports it; {@link #NONE} when the service sent none. */
public enum UpdateStatus {
    SUCCESSFUL("Successful"), FAILED("Failed"), IN_PROGRESS("InProgress"), NONE("");

    private final String wireName;

    UpdateStatus(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static UpdateStatus fromWire(String value) {
        if (value == null || value.isEmpty()) {
            return NONE;
        }
        for (UpdateStatus s : values()) {
            if (s.wireName.equalsIgnoreCase(value)) {
                return s;
            }
        }
        return NONE;
    }
}
