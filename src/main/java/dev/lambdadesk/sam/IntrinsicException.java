package dev.lambdadesk.sam;

/** An intrinsic function that cannot be evaluated; the message names the function and the reason. */
public final class IntrinsicException extends Exception {
    public IntrinsicException(String message) {
        super(message, null, false, false);
    }
}
