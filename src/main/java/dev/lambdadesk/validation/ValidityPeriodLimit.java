package dev.lambdadesk.validation;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A signature stays valid for 1 to 135 months, in whichever unit the profile states it. 135 months are 11 years
 * and 3 months; in days the limit is 4110, the longest calendar span of 135 months (three leap days plus a
 * 92-day quarter), so no period AWS accepts in months is refused in days.
 */
final class ValidityPeriodLimit implements RequestRule {

    private static final Map<String, Integer> MAX_BY_UNIT = Map.of("DAYS", 4110, "MONTHS", 135, "YEARS", 11);
    private static final String PATH = "signatureValidityPeriod.value";

    @Override
    public List<String> reads() {
        return List.of("signatureValidityPeriod");
    }

    @Override
    public void check(JsonNode request, Findings out) {
        JsonNode period = Requests.at(request, "signatureValidityPeriod");
        if (period == null || !period.isObject()) {
            return;
        }
        JsonNode value = Requests.at(period, "value");
        String unit = Requests.text(period, "type");
        if (value == null) {
            if (unit != null) {
                out.warning(PATH, "Enter how many " + unit.toLowerCase(Locale.ROOT) + " signatures stay "
                        + "valid, or clear the unit to use the default of 135 months.");
            }
            return;
        }
        if (!value.isIntegralNumber() || out.hasErrorAt(PATH)) {
            return;
        }
        if (value.asLong() < 1) {
            out.error(PATH, "Signature validity must be at least 1; you entered " + value.asText() + ".",
                    AwsFinding.validation(WireText.clause(value, false, PATH, WireText.valueAtLeast(1))));
        }
        if (unit == null) {
            out.warning("signatureValidityPeriod.type", "Choose the unit of the validity period: DAYS, MONTHS "
                    + "or YEARS.");
            return;
        }
        Integer max = MAX_BY_UNIT.get(unit);
        if (max != null && (!value.canConvertToLong() || value.asLong() > max)) {
            String unitName = unit.toLowerCase(Locale.ROOT);
            out.error(PATH, "Signature validity can be at most 135 months (" + max + " " + unitName
                    + "); you entered " + value.asText() + " " + unitName + ".",
                    AwsFinding.validation(WireText.clause(value, false, PATH, WireText.valueAtMost(max))));
        }
    }
}
