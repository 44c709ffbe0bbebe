package dev.lambdadesk.validation;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

import dev.lambdadesk.core.LambdaRuntimes;

/** Runtime must be one Lambda still accepts; deprecated and unknown identifiers get AWS's own answers. */
final class RuntimeSupport implements RequestRule {

    /** The accepted set in the order AWS prints it in its error message. */
    static final String AWS_ACCEPTED_ORDER = "nodejs20.x, python3.14, provided.al2023, python3.12, "
            + "python3.13, nodejs24.x, nodejs22.x, java25, python3.10, python3.11, java21, ruby3.3, ruby3.4, "
            + "ruby3.2, python3.8, python3.9, java17, nodejs16.x, dotnet10, dotnet8, java11, dotnet6, nodejs18.x, "
            + "provided.al2, java8.al2, ruby4.0";

    @Override
    public List<String> reads() {
        return List.of("Runtime");
    }

    @Override
    public void check(JsonNode request, Findings out) {
        String runtime = Requests.text(request, "Runtime");
        if (runtime == null || LambdaRuntimes.isCurrent(runtime)) {
            return;
        }
        if (LambdaRuntimes.isDeprecated(runtime)) {
            out.error("Runtime", "Runtime " + runtime + " is deprecated and Lambda no longer accepts it; choose a "
                    + "supported runtime such as " + successor(runtime) + ".", AwsFinding.invalidParameter(
                    "The runtime parameter of " + runtime + " is no longer supported for creating or updating "
                            + "AWS Lambda functions. We recommend you use a supported runtime while creating or "
                            + "updating functions."));
            return;
        }
        out.error("Runtime", unknownMessage(runtime), AwsFinding.invalidParameter("Value " + runtime
                + " at 'runtime' failed to satisfy constraint: Member must satisfy enum value set: ["
                + AWS_ACCEPTED_ORDER + "] or be a valid ARN"));
    }

    static String unknownMessage(String runtime) {
        String lower = runtime.trim().toLowerCase(Locale.ROOT);
        if (LambdaRuntimes.isKnown(lower)) {
            return "'" + runtime + "' is not a runtime identifier; did you mean '" + lower + "'? Identifiers "
                    + "are lower-case.";
        }
        return "'" + runtime + "' is not a Lambda runtime; choose a supported runtime such as "
                + LambdaRuntimes.current().getFirst() + ".";
    }

    /** The newest runtime of the same family, or the newest runtime overall. */
    static String successor(String runtime) {
        if (LambdaRuntimes.family(runtime).orElse(null) == LambdaRuntimes.Family.GO) {
            return "provided.al2023";
        }
        return LambdaRuntimes.family(runtime)
                .flatMap(f -> LambdaRuntimes.current().stream()
                        .filter(r -> LambdaRuntimes.family(r).orElse(null) == f).findFirst())
                .orElse(LambdaRuntimes.current().getFirst());
    }
}
