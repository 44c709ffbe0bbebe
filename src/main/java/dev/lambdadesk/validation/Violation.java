package dev.lambdadesk.validation;

import java.util.Objects;

import dev.lambdadesk.core.Severity;

/**
 * One finding about a request.
 *
 * @param path     the member path as the API spells it: {@code MemorySize}, {@code Code.S3Key},
 *                 {@code Environment.Variables.AWS_REGION}, {@code AllowedPublishers.SigningProfileVersionArns[2]}
 * @param message  a sentence a person understands, naming the limit and the fix
 * @param severity errors block an action, warnings do not
 * @param aws      how the real service reports this finding on the wire, or {@code null} when it would not
 *                 (an unknown member, a warning)
 */
public record Violation(String path, String message, Severity severity, AwsFinding aws) {
    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(severity, "severity");
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
