package dev.lambdadesk.ui.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * How a field's value is written into a request member and taken back out of an imported one. Values go in as
 * typed: a number field that does not hold a number is written as text, so the validator says what is wrong.
 *
 * @param <T> the field's value type
 */
public interface FieldCodec<T> {

    /** Writes {@code value} as {@code member} of {@code parent}, or nothing when it is empty. */
    void write(ObjectNode parent, String member, T value);

    /** Removes what this codec understands of {@code member} and returns it; what it does not stays (carried). */
    T take(ObjectNode parent, String member);

    /** The value of an absent member. */
    T empty();

    /** Text written unless empty. */
    static FieldCodec<String> text() {
        return StandardCodecs.TEXT;
    }

    /** Text written trimmed unless blank (ARNs, names). */
    static FieldCodec<String> trimmed() {
        return StandardCodecs.TRIMMED;
    }

    /** Text written even when empty, for members of a structure that is written whole. */
    static FieldCodec<String> textAlways() {
        return StandardCodecs.TEXT_ALWAYS;
    }

    /** A whole number written as a number; anything else non-blank as typed. */
    static FieldCodec<String> number() {
        return StandardCodecs.NUMBER;
    }

    /** A decimal number written as a number; anything else non-blank as typed. */
    static FieldCodec<String> decimal() {
        return StandardCodecs.DECIMAL;
    }

    /** A list typed as "a, b c" (commas or spaces between entries), read back as "a, b". */
    static FieldCodec<String> list() {
        return StandardCodecs.LIST;
    }

    /** A list typed as a JSON array ({@code ["node", "app.js"]}) or as comma-separated entries. */
    static FieldCodec<String> arguments() {
        return StandardCodecs.ARGUMENTS;
    }

    /** A boolean written as {@code true} when set, left out otherwise. */
    static FieldCodec<Boolean> flag() {
        return StandardCodecs.FLAG;
    }

    /** A check box standing for one enum value: written when set; another value stays for the rules to report. */
    static FieldCodec<Boolean> constant(String value) {
        return new StandardCodecs.Constant(value);
    }

    /** The member's JSON as is (maps and lists edited by a table), written unless null. */
    static FieldCodec<JsonNode> json() {
        return StandardCodecs.JSON;
    }

    /** A value the request does not hold (a choice that only steers other fields). */
    static <T> FieldCodec<T> none() {
        return new FieldCodec<>() {
            @Override
            public void write(ObjectNode parent, String member, T value) {
            }

            @Override
            public T take(ObjectNode parent, String member) {
                return null;
            }

            @Override
            public T empty() {
                return null;
            }
        };
    }
}
