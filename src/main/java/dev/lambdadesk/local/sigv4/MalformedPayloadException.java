package dev.lambdadesk.local.sigv4;

/** Thrown when an aws-chunked body does not follow the chunked framing it announces. */
public final class MalformedPayloadException extends Exception {

    public MalformedPayloadException(String message) {
        super(message, null, false, false);
    }
}
