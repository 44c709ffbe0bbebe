package dev.lambdadesk.validation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

/** Sentences a person understands for broken member constraints: what the limit is and how to fix it. */
final class Messages {

    private static final int ENUM_VALUES_SHOWN = 8;

    private Messages() {
    }

    static String required(MemberText t) {
        return t.label() + " is required; enter a value.";
    }

    static String range(MemberText t, Number min, Number max, JsonNode entered) {
        String you = "; you entered " + plain(entered.numberValue()) + ".";
        if (min != null && max != null) {
            return t.label() + " must be between " + plain(min) + " and " + plain(max) + t.unitSuffix() + you;
        }
        if (min != null) {
            return t.label() + " must be at least " + plain(min) + t.unitSuffix() + you;
        }
        return t.label() + " must be at most " + plain(max) + t.unitSuffix() + you;
    }

    static String length(MemberText t, int min, int max, int actual) {
        if (actual == 0 && min > 0) {
            return t.label() + " must not be empty" + (max >= 0 ? " (" + min + "–" + max + " characters)." : ".");
        }
        String yours = "; yours has " + actual + ".";
        if (min == max) {
            return t.label() + " must be exactly " + min + " characters long" + yours;
        }
        if (min > 0 && max >= 0) {
            return t.label() + " must be " + min + "–" + max + " characters long" + yours;
        }
        if (max >= 0) {
            return t.label() + " must be at most " + max + " characters long" + yours;
        }
        return t.label() + " must be at least " + min + " characters long" + yours;
    }

    static String pattern(MemberText t, String regex) {
        if (t.hint() != null) {
            return t.label() + " is not valid; use " + t.hint() + ".";
        }
        return t.label() + " does not have the expected format; it must match " + regex + ".";
    }

    static String notInEnum(MemberText t, String value, List<String> values) {
        if (values.size() <= ENUM_VALUES_SHOWN) {
            return t.label() + " must be one of " + String.join(", ", values) + "; '" + value + "' is not.";
        }
        return "'" + value + "' is not a valid " + t.label().toLowerCase(Locale.ROOT) + ".";
    }

    static String count(MemberText t, int min, int max, int actual) {
        if (min == max) {
            return "Choose exactly " + min + " " + noun(t, min) + "; you have " + actual + ".";
        }
        if (max >= 0 && actual > max) {
            return "At most " + max + " " + noun(t, max) + " are allowed; you have " + actual + ". Remove "
                    + (actual - max) + ".";
        }
        return "Add at least " + min + " " + noun(t, min) + (actual == 0 ? "." : "; you have " + actual + ".");
    }

    static String nullEntry(MemberText t) {
        return t.label() + " must not be null; remove the empty entry or give it a value.";
    }

    static String wrongType(MemberText t, String expected, JsonNode actual) {
        return t.label() + " must be " + expected + "; you entered " + kindOf(actual) + ".";
    }

    static String kindOf(JsonNode v) {
        if (v.isTextual()) {
            return "text";
        }
        if (v.isNumber()) {
            return "a number";
        }
        if (v.isBoolean()) {
            return "true/false";
        }
        if (v.isArray()) {
            return "a list";
        }
        return v.isObject() ? "an object" : "a " + v.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    private static String noun(MemberText t, int n) {
        String plural = t.entryNoun();
        if (n != 1) {
            return plural;
        }
        if (plural.endsWith("ies")) {
            return plural.substring(0, plural.length() - 3) + "y";
        }
        return plural.endsWith("s") ? plural.substring(0, plural.length() - 1) : plural;
    }

    /** A number as people write it: 2 rather than 2.0. */
    static String plain(Number n) {
        if (n instanceof Double || n instanceof Float) {
            return BigDecimal.valueOf(n.doubleValue()).stripTrailingZeros().toPlainString();
        }
        return n.toString();
    }
}
