package dev.lambdadesk.validation;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** The compiled constraints of one member of one operation's request, checked against a JSON value. */
abstract sealed class Rule permits StructureRule, ListRule, MapRule, StringRule, NumberRule, BooleanRule,
        BlobRule, TimestampRule {

    /** Where a member sits, which decides how AWS reports a broken constraint. */
    enum Placement { MEMBER, LIST_ELEMENT, MAP_KEY, MAP_VALUE }

    /** Facts every rule needs: its path with {@code []}/{@code {key}} for elements, its text and placement. */
    record Site(String normalizedPath, MemberText text, Placement placement, boolean sensitive) {
    }

    private final Site site;

    Rule(Site site) {
        this.site = site;
    }

    final String normalizedPath() {
        return site.normalizedPath();
    }

    final MemberText text() {
        return site.text();
    }

    final Placement placement() {
        return site.placement();
    }

    /** Whether AWS leaves the value out of its messages ("Value at 'x'"). */
    final boolean sensitive() {
        return site.sensitive();
    }

    /** Checks a present, non-null value at {@code path}, adding any findings to {@code out}. */
    abstract void check(JsonNode value, MemberPath path, Findings out);

    /** What a value must be, for type messages: "a whole number", "a list". */
    abstract String expectedKind();

    /** The type name AWS uses when a value cannot be read as this member: "an Integer". */
    abstract String wireTypeName();

    /** Every constraint of this member in AWS's words, in AWS's order. */
    List<String> constraintPhrases() {
        return List.of();
    }

    /** The member's limits in words for a tooltip ("1–140 characters"), or null when it has none. */
    String limits() {
        return null;
    }
}
