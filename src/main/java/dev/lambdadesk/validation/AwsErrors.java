package dev.lambdadesk.validation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Renders findings the way the real service answers them on the wire. */
public final class AwsErrors {

    private AwsErrors() {
    }

    /**
     * The error the service would answer for these findings, or empty when none would be reported.
     * A body AWS cannot read (SerializationException) or one too large to accept (413) is answered before any
     * validation; then model-constraint findings come first, joined as "N validation errors detected: a; b"
     * (each distinct clause once); otherwise the first other finding's code and message.
     */
    public static Optional<AwsError> toAwsError(List<Violation> violations) {
        Optional<AwsFinding> unreadable = first(violations, AwsFinding.SERIALIZATION_EXCEPTION);
        if (unreadable.isPresent()) {
            return unreadable.map(AwsErrors::single);
        }
        Optional<AwsFinding> tooLarge = first(violations, AwsFinding.REQUEST_ENTITY_TOO_LARGE);
        if (tooLarge.isPresent()) {
            return tooLarge.map(AwsErrors::single);
        }
        Set<String> clauses = new LinkedHashSet<>();
        for (Violation v : violations) {
            if (v.aws() != null && v.aws().isModelConstraint()) {
                clauses.add(v.aws().wireMessage());
            }
        }
        if (!clauses.isEmpty()) {
            String count = clauses.size() == 1 ? "1 validation error detected: "
                    : clauses.size() + " validation errors detected: ";
            return Optional.of(new AwsError(AwsFinding.VALIDATION_EXCEPTION, 400,
                    count + String.join("; ", clauses)));
        }
        return violations.stream().filter(v -> v.aws() != null).findFirst().map(v -> single(v.aws()));
    }

    private static Optional<AwsFinding> first(List<Violation> violations, String errorCode) {
        return violations.stream().map(Violation::aws)
                .filter(a -> a != null && a.errorCode().equals(errorCode)).findFirst();
    }

    private static AwsError single(AwsFinding finding) {
        return new AwsError(finding.errorCode(), finding.httpStatus(), finding.wireMessage());
    }
}
