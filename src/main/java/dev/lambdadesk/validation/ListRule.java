package dev.lambdadesk.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

/** A list member: size bounds plus the element's own rule for every entry. */
final class ListRule extends Rule {

    private final Rule element;
    private final int min;
    private final int max;

    /**
     * @param min minimum size, or -1
     * @param max maximum size, or -1
     */
    ListRule(Site site, Rule element, int min, int max) {
        super(site);
        this.element = element;
        this.min = min;
        this.max = max;
    }

    Rule element() {
        return element;
    }

    @Override
    void check(JsonNode value, MemberPath path, Findings out) {
        if (!value.isArray()) {
            out.typeError(this, path);
            return;
        }
        int n = value.size();
        if (max >= 0 && n > max) {
            out.modelProblem(this, path, Messages.count(text(), min, max, n), WireText.lengthAtMost(max));
        }
        if (min > 0 && n < min) {
            out.modelProblem(this, path, Messages.count(text(), min, max, n), WireText.lengthAtLeast(min));
        }
        for (int i = 0; i < n; i++) {
            JsonNode item = value.get(i);
            MemberPath itemPath = path.element(i, item);
            if (item.isNull()) {
                out.modelProblem(element, itemPath, Messages.nullEntry(element.text()), WireText.NOT_NULL);
            } else {
                element.check(item, itemPath, out);
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
        MemberText t = text();
        if (min > 0 && min == max) {
            return "Exactly " + min + " " + (min == 1 ? t.label().toLowerCase(Locale.ROOT) : t.entryNoun());
        }
        if (min > 0 && max >= 0) {
            return min + "–" + max + " " + t.entryNoun();
        }
        if (max >= 0) {
            return "Up to " + max + " " + t.entryNoun();
        }
        return min > 0 ? "At least " + min + " " + t.entryNoun() : null;
    }

    @Override
    String expectedKind() {
        return "a list";
    }

    @Override
    String wireTypeName() {
        return "a List";
    }
}
