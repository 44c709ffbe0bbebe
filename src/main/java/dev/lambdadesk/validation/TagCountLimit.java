package dev.lambdadesk.validation;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** A Lambda resource carries at most 50 tags; AWS refuses more with its own wording, not a model clause. */
final class TagCountLimit implements RequestRule {

    static final int MAX_TAGS = 50;

    @Override
    public List<String> reads() {
        return List.of("Tags");
    }

    @Override
    public void check(JsonNode request, Findings out) {
        JsonNode tags = Requests.at(request, "Tags");
        if (tags == null || !tags.isObject() || tags.size() <= MAX_TAGS) {
            return;
        }
        out.error("Tags", "At most 50 tags are allowed; you have " + tags.size() + ". Remove "
                + (tags.size() - MAX_TAGS) + ".", AwsFinding.invalidParameter(
                "Number of tags exceeds resource tag limit."));
    }
}
