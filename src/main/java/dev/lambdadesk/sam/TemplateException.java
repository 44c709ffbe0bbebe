package dev.lambdadesk.sam;

/** A template that cannot be used at all: unreadable, not YAML or JSON, or without Resources. */
public final class TemplateException extends Exception {
    public TemplateException(String message) {
        super(message, null, false, false);
    }
}
