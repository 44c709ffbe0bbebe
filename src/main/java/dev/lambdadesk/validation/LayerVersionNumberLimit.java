package dev.lambdadesk.validation;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** Layer version numbers start at 1; AWS answers a smaller one with its own InvalidParameterValueException. */
final class LayerVersionNumberLimit implements RequestRule {

    static final String AWS_MESSAGE = "Layer Version Cannot be less than 1";

    @Override
    public List<String> reads() {
        return List.of("VersionNumber");
    }

    @Override
    public void check(JsonNode request, Findings out) {
        JsonNode number = request.get("VersionNumber");
        if (number != null && number.isIntegralNumber() && number.asLong() < 1) {
            out.error("VersionNumber", "Layer versions are numbered from 1; you entered " + number.asText() + ".",
                    AwsFinding.invalidParameter(AWS_MESSAGE));
        }
    }
}
