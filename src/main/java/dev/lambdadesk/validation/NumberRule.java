package dev.lambdadesk.validation;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** An integer or double member with optional bounds. */
final class NumberRule extends Rule {

    private final boolean integral;
    private final Number min;
    private final Number max;
    private final Number standardMax;

    /**
     * @param integral    whole numbers only (model type integer or long)
     * @param min         lower bound, or null
     * @param max         upper bound, or null
     * @param standardMax a lower upper bound that applies unless the function runs on a capacity provider, or null
     */
    NumberRule(Site site, boolean integral, Number min, Number max, Number standardMax) {
        super(site);
        this.integral = integral;
        this.min = min;
        this.max = max;
        this.standardMax = standardMax;
    }

    @Override
    void check(JsonNode value, MemberPath path, Findings out) {
        if (!value.isNumber() || (integral && !value.isIntegralNumber())) {
            out.typeError(this, path);
            return;
        }
        Number effectiveMax = standardMax != null && !out.onCapacityProvider() ? standardMax : max;
        if (min != null && compare(value, min) < 0) {
            out.modelProblem(this, path, Messages.range(text(), min, effectiveMax, value),
                    WireText.valueAtLeast(min));
        }
        if (effectiveMax != null && compare(value, effectiveMax) > 0) {
            out.modelProblem(this, path, Messages.range(text(), min, effectiveMax, value),
                    WireText.valueAtMost(effectiveMax));
        }
    }

    private static int compare(JsonNode value, Number bound) {
        if (value.canConvertToLong() && value.isIntegralNumber() && !(bound instanceof Double)) {
            return Long.compare(value.longValue(), bound.longValue());
        }
        if (value.isIntegralNumber() && !value.canConvertToLong()) {
            return value.bigIntegerValue().signum();
        }
        return Double.compare(value.doubleValue(), bound.doubleValue());
    }

    @Override
    List<String> constraintPhrases() {
        List<String> phrases = new ArrayList<>(2);
        Number upper = standardMax != null ? standardMax : max;
        if (upper != null) {
            phrases.add(WireText.valueAtMost(upper));
        }
        if (min != null) {
            phrases.add(WireText.valueAtLeast(min));
        }
        return phrases;
    }

    @Override
    String limits() {
        Number upper = standardMax != null ? standardMax : max;
        String unit = text().unitSuffix();
        if (min != null && upper != null) {
            return Messages.plain(min) + "–" + Messages.plain(upper) + unit;
        }
        if (min != null) {
            return "At least " + Messages.plain(min) + unit;
        }
        return upper == null ? null : "Up to " + Messages.plain(upper) + unit;
    }

    @Override
    String expectedKind() {
        return integral ? "a whole number" : "a number";
    }

    @Override
    String wireTypeName() {
        return integral ? "an Integer" : "a Double";
    }
}
