package dev.lambdadesk.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/** A string member: enum, length bounds and a pattern that must match the whole value. */
final class StringRule extends Rule {

    private final List<String> enumValues;
    private final Set<String> enumSet;
    private final boolean enumCheckedElsewhere;
    private final int min;
    private final int max;
    private final Pattern pattern;
    private final String patternText;

    /**
     * @param enumValues           allowed values, or null
     * @param enumCheckedElsewhere the enum is enforced by a service rule with its own wording (Runtime)
     * @param min                  minimum length, or -1
     * @param max                  maximum length, or -1
     * @param patternText          the model's regular expression (applied as a full match), or null
     */
    StringRule(Site site, List<String> enumValues, boolean enumCheckedElsewhere, int min, int max,
            String patternText) {
        super(site);
        this.enumValues = enumValues;
        this.enumSet = enumValues == null ? null : Set.copyOf(enumValues);
        this.enumCheckedElsewhere = enumCheckedElsewhere;
        this.min = min;
        this.max = max;
        this.patternText = patternText;
        this.pattern = patternText == null ? null : Pattern.compile(patternText);
    }

    @Override
    void check(JsonNode value, MemberPath path, Findings out) {
        if (!value.isTextual()) {
            out.typeError(this, path);
            return;
        }
        String s = value.textValue();
        if (enumSet != null && !enumCheckedElsewhere && !enumSet.contains(s)) {
            out.modelProblem(this, path, Messages.notInEnum(text(), s, enumValues), WireText.enumSet(enumValues));
        }
        int n = s.length();
        if (max >= 0 && n > max) {
            out.modelProblem(this, path, Messages.length(text(), min, max, n), WireText.lengthAtMost(max));
        }
        if (min > 0 && n < min) {
            out.modelProblem(this, path, Messages.length(text(), min, max, n), WireText.lengthAtLeast(min));
        }
        if (pattern != null && !pattern.matcher(s).matches()) {
            out.modelProblem(this, path, Messages.pattern(text(), patternText), WireText.pattern(patternText));
        }
    }

    @Override
    List<String> constraintPhrases() {
        List<String> phrases = new ArrayList<>(4);
        if (enumValues != null) {
            phrases.add(WireText.enumSet(enumValues));
        }
        if (max >= 0) {
            phrases.add(WireText.lengthAtMost(max));
        }
        if (min > 0) {
            phrases.add(WireText.lengthAtLeast(min));
        }
        if (patternText != null) {
            phrases.add(WireText.pattern(patternText));
        }
        return phrases;
    }

    @Override
    String limits() {
        if (enumValues != null) {
            return "One of: " + String.join(", ", enumValues);
        }
        String length = null;
        if (min > 0 && min == max) {
            length = "Exactly " + min + " characters";
        } else if (min > 0 && max >= 0) {
            length = min + "–" + max + " characters";
        } else if (max >= 0) {
            length = "Up to " + max + " characters";
        } else if (min > 0) {
            length = "At least " + min + " characters";
        }
        String hint = text().hint();
        if (hint == null) {
            return length;
        }
        return length == null ? capitalize(hint) : length + "; " + hint;
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    @Override
    String expectedKind() {
        return "text";
    }

    @Override
    String wireTypeName() {
        return "a String";
    }
}
