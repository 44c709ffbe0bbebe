package dev.lambdadesk.core;

import java.util.Objects;

/**
 * One row of the function explorer, as ListFunctions reports it.
 *
 * @param signed true when the deployed code carries a signature (a signing profile version is recorded)
 * @param state  the function's State when the listing carried it, else an empty string (real AWS leaves State out
 *               of ListFunctions; GetFunction has it)
 */
public record FunctionSummary(String name, String arn, String runtime, String packageType, int memorySize,
                              String lastModified, boolean signed, String state) {

    public FunctionSummary {
        state = Objects.requireNonNullElse(state, "");
    }

    /** A row whose state is not known. */
    public FunctionSummary(String name, String arn, String runtime, String packageType, int memorySize,
                           String lastModified, boolean signed) {
        this(name, arn, runtime, packageType, memorySize, lastModified, signed, "");
    }

    /** The same function in {@code newState} (learnt from GetFunction or a state watcher). */
    public FunctionSummary withState(String newState) {
        return new FunctionSummary(name, arn, runtime, packageType, memorySize, lastModified, signed, newState);
    }
}
