package dev.lambdadesk.sam;

import dev.lambdadesk.core.Severity;

/**
 * One finding about a template, naming the resource (or section) and the property as the template spells them.
 *
 * @param resource the logical id, or a section such as {@code Parameters}
 * @param property the property path within it ({@code MemorySize}, {@code Environment.Variables.KEY}), or empty
 * @param message  what is wrong and how to fix it
 * @param severity errors make the template invalid; warnings do not
 */
public record Finding(String resource, String property, String message, Severity severity) {

    public static Finding error(String resource, String property, String message) {
        return new Finding(resource, property, message, Severity.ERROR);
    }

    public static Finding warning(String resource, String property, String message) {
        return new Finding(resource, property, message, Severity.WARNING);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code HelloWorld.MemorySize: message} (warnings say so). */
    @Override
    public String toString() {
        return resource + (property.isEmpty() ? "" : "." + property) + ": "
                + (isError() ? "" : "warning: ") + message;
    }
}
