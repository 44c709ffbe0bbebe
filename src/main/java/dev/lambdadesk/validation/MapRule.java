package dev.lambdadesk.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

/** A map member (a JSON object of key/value pairs): size bounds plus rules for keys and values. */
final class MapRule extends Rule {

    private final Rule key;
    private final Rule value;
    private final int min;
    private final int max;

    MapRule(Site site, Rule key, Rule value, int min, int max) {
        super(site);
        this.key = key;
        this.value = value;
        this.min = min;
        this.max = max;
    }

    @Override
    void check(JsonNode map, MemberPath path, Findings out) {
        if (!map.isObject()) {
            out.typeError(this, path);
            return;
        }
        int n = map.size();
        if (max >= 0 && n > max) {
            out.modelProblem(this, path, Messages.count(text(), min, max, n), WireText.lengthAtMost(max));
        }
        if (min > 0 && n < min) {
            out.modelProblem(this, path, Messages.count(text(), min, max, n), WireText.lengthAtLeast(min));
        }
        for (Map.Entry<String, JsonNode> e : map.properties()) {
            JsonNode v = e.getValue();
            MemberPath entryPath = path.key(e.getKey(), v);
            key.check(TextNode.valueOf(e.getKey()), entryPath, out);
            if (v.isNull()) {
                out.modelProblem(value, entryPath, Messages.nullEntry(value.text()), WireText.NOT_NULL);
            } else {
                value.check(v, entryPath, out);
            }
        }
    }

    @Override
    List<String> constraintPhrases() {
        List<String> phrases = new ArrayList<>(2);
        if (max >= 0) {
            phrases.add(WireText.lengthAtMost(max));
        }
        if (min > 0) {
            phrases.add(WireText.lengthAtLeast(min));
        }
        return phrases;
    }

    @Override
    String limits() {
        String entries = text().entryNoun();
        if (min > 0 && max >= 0) {
            return min + "–" + max + " " + entries;
        }
        if (max >= 0) {
            return "Up to " + max + " " + entries;
        }
        return min > 0 ? "At least " + min + " " + entries : null;
    }

    @Override
    String expectedKind() {
        return "an object of name/value pairs";
    }

    @Override
    String wireTypeName() {
        return "a Map";
    }
}
