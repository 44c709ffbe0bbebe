package dev.lambdadesk.ui.common;

import java.util.ArrayList;
import java.util.List;

/** How many errors and warnings there are, in words: "2 errors, 1 warning"; empty when there are none. */
public final class Counts {

    private Counts() {
    }

    public static String errorsAndWarnings(long errors, long warnings) {
        List<String> parts = new ArrayList<>();
        if (errors > 0) {
            parts.add(errors + (errors == 1 ? " error" : " errors"));
        }
        if (warnings > 0) {
            parts.add(warnings + (warnings == 1 ? " warning" : " warnings"));
        }
        return String.join(", ", parts);
    }
}
