package dev.lambdadesk.local.sigv4;

/** Thrown when a request's signature cannot be accepted. */
public final class SigV4Exception extends Exception {

    private final transient AuthFailure failure;

    public SigV4Exception(AuthFailure failure) {
        super(failure.message(), null, false, false);
        this.failure = failure;
    }

    public AuthFailure failure() {
        return failure;
    }
}
