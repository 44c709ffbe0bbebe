package dev.lambdadesk.validation;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** Lambda tag keys may not start with {@code aws:} in any case; AWS keeps that prefix for its own tags. */
final class TagKeyPrefix implements RequestRule {

    @Override
    public List<String> reads() {
        return List.of("Tags");
    }

    @Override
    public void check(JsonNode request, Findings out) {
        JsonNode tags = Requests.at(request, "Tags");
        if (tags == null || !tags.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> e : tags.properties()) {
            String key = e.getKey();
            if (key.toLowerCase(Locale.ROOT).startsWith("aws:")) {
                out.error("Tags." + key, "Tag key '" + key + "' starts with aws:, which AWS keeps for its own "
                        + "tags; choose another key.", AwsFinding.invalidParameter(
                        "Tag keys starting with 'aws:' are reserved for system use."));
            }
        }
    }
}
