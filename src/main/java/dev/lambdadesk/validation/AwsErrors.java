package dev.lambdadesk.validation;

import java.util.List;
import java.util.Optional;

/** Renders findings the way the real service answers them on the wire. */
public final class AwsErrors {

    private AwsErrors() {
    }

    /**
     * The error the service would answer for these findings, or empty when none would be reported.
     * Model-constraint findings come first, joined as "N validation errors detected: a; b".
     */
    public static Optional<AwsError> toAwsError(List<Violation> violations) {
        return Optional.empty();
    }
}
