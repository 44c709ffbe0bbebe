package dev.lambdadesk.local.signing;

/**
 * A zip that cannot be signed, mirroring AWS Signer: "Signing fails for a zip file if the file is empty,
 * already has a signature, or is malformed." The message is written for a person (it can be a job's statusReason).
 */
public final class SigningRefusedException extends Exception {

    /** Why a zip cannot be signed. */
    public enum Reason {
        /** Zero bytes. */
        EMPTY,
        /** No readable end-of-central-directory record or central directory. */
        NOT_A_ZIP,
        /** The zip comment already carries a signature block. */
        ALREADY_SIGNED,
        /** A well-formed zip archive with no entries. */
        NO_ENTRIES
    }

    private final Reason reason;

    public SigningRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
