package dev.lambdadesk.validation;

/**
 * How messages and tooltips speak of one member.
 *
 * @param label   what a person calls the member ("Memory", "Execution role")
 * @param unit    unit of a number ("MB", "seconds"), or null
 * @param entries plural noun for the entries of a list or map ("layers", "tags"), or null
 * @param hint    what a valid value looks like, used when a value does not match the pattern, or null
 * @param limit   the limit in words for tooltips when it is more than the model says, or null
 */
record MemberText(String label, String unit, String entries, String hint, String limit) {

    static MemberText of(String label) {
        return new MemberText(label, null, null, null, null);
    }

    MemberText withLabel(String l) {
        return new MemberText(l, unit, entries, hint, limit);
    }

    MemberText unit(String u) {
        return new MemberText(label, u, entries, hint, limit);
    }

    MemberText entries(String e) {
        return new MemberText(label, unit, e, hint, limit);
    }

    MemberText hint(String h) {
        return new MemberText(label, unit, entries, h, limit);
    }

    MemberText limit(String l) {
        return new MemberText(label, unit, entries, hint, l);
    }

    /** " MB" for a member with a unit, "" otherwise. */
    String unitSuffix() {
        return unit == null ? "" : " " + unit;
    }

    /** The plural noun for entries, "entries" when none is set. */
    String entryNoun() {
        return entries == null ? "entries" : entries;
    }

    /** A label made from an API member name: {@code SubnetIds} becomes "Subnet ids". */
    static MemberText fromMemberName(String name) {
        StringBuilder sb = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean wordStart = i > 0 && Character.isUpperCase(c) && !Character.isUpperCase(name.charAt(i - 1));
            if (wordStart) {
                sb.append(' ').append(Character.toLowerCase(c));
            } else {
                sb.append(i == 0 ? Character.toUpperCase(c) : c);
            }
        }
        return of(sb.toString());
    }
}
