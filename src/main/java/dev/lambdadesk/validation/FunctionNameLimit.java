package dev.lambdadesk.validation;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/** A function's own name is at most 64 characters, whether given plain or inside a (partial) ARN. */
final class FunctionNameLimit implements RequestRule {

    private static final int NAME_MAX = 64;
    private static final Pattern NAME_OR_ARN = Pattern.compile("(arn:(aws[a-zA-Z-]*)?:lambda:)?"
            + "((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?(?<name>[a-zA-Z0-9-_]+)"
            + "(:(\\$LATEST|[a-zA-Z0-9-_]+))?");

    @Override
    public List<String> reads() {
        return List.of("FunctionName");
    }

    @Override
    public void check(JsonNode request, Findings out) {
        String value = Requests.text(request, "FunctionName");
        if (value == null || out.hasErrorAt("FunctionName")) {
            return;
        }
        Matcher m = NAME_OR_ARN.matcher(value);
        if (!m.matches() || m.group("name").length() <= NAME_MAX) {
            return;
        }
        int length = m.group("name").length();
        String message = value.indexOf(':') < 0
                ? "Function name must be at most 64 characters; yours has " + length + ". Shorten it (only a "
                        + "full function ARN may be up to 140 characters)."
                : "The function name inside the ARN must be at most 64 characters; it has " + length + ".";
        // AWS answers this check with InvalidParameterValueException but words it like a validation error.
        out.error("FunctionName", message, AwsFinding.invalidParameter("1 validation error detected: "
                + WireText.clause(value, "functionName", WireText.lengthAtMost(NAME_MAX))));
    }
}
