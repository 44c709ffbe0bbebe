package dev.lambdadesk.validation;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** A function can use at most five layers. */
final class LayerCountLimit implements RequestRule {

    static final int MAX_LAYERS = 5;

    @Override
    public List<String> reads() {
        return List.of("Layers");
    }

    @Override
    public void check(JsonNode request, Findings out) {
        JsonNode layers = Requests.at(request, "Layers");
        if (layers == null || !layers.isArray() || layers.size() <= MAX_LAYERS) {
            return;
        }
        out.error("Layers", "A function can use at most 5 layers; you have " + layers.size() + ". Remove "
                + (layers.size() - MAX_LAYERS) + ".", AwsFinding.invalidParameter(
                "Cannot reference more than 5 layers."));
    }
}
