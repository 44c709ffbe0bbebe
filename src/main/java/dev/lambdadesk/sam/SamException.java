package dev.lambdadesk.sam;

/**
 * Packaging or deployment stopped: the message names the resource (when there is one) and what to do. Nothing
 * after the named resource was changed.
 */
public final class SamException extends Exception {

    private final String logicalId;

    public SamException(String logicalId, String message) {
        super(message, null, false, false);
        this.logicalId = logicalId;
    }

    /** The resource that stopped it, or empty when it is not about one resource (a bucket, an option). */
    public String logicalId() {
        return logicalId;
    }
}
