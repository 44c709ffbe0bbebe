package dev.lambdadesk.local.lambda;

import java.util.regex.Pattern;

import dev.lambdadesk.local.http.ApiException;

/**
 * What a (possibly qualified) function name points at: the function and, for a qualifier, the published version or
 * the alias. Operations differ in how they word a miss, so they pass their {@link Misses}.
 *
 * @param function  the function
 * @param qualifier null for the unqualified function, else {@code $LATEST}, a version number or an alias name
 * @param version   the version served ($LATEST, the published version, or the alias's target)
 * @param alias     the alias, or null
 */
record Target(FunctionRecord function, String qualifier, FunctionVersion version, AliasRecord alias) {

    static final String LATEST = "$LATEST";
    private static final Pattern VERSION = Pattern.compile("[0-9]+");
    private static final Pattern ALIAS = Pattern.compile("(?!^[0-9]+$)([a-zA-Z0-9-_]+)");

    /** Which part of a qualified name was not found. */
    enum Miss { FUNCTION, VERSION, ALIAS }

    /** How an operation words a miss; {@code arn} is the ARN as requested (qualified when a qualifier was given). */
    @FunctionalInterface
    interface Misses {
        ApiException missing(Miss miss, String arn);
    }

    static Target resolve(Rows rows, String region, FunctionRef ref, Misses misses) {
        String qualifier = ref.qualifier();
        String arn = ref.qualifier() == null ? FunctionRef.arn(region, ref.name())
                : FunctionRef.arn(region, ref.name()) + ":" + qualifier;
        FunctionRecord function = rows.get(LambdaRecords.FUNCTIONS, LambdaRecords.functionKey(region, ref.name()))
                .orElseThrow(() -> misses.missing(kindOf(qualifier), arn));
        if (qualifier == null || LATEST.equals(qualifier)) {
            return new Target(function, qualifier, function.latest(), null);
        }
        if (isAlias(qualifier)) {
            AliasRecord alias = rows.get(ControlRecords.ALIASES, ControlRecords.key(region, ref.name(), qualifier))
                    .orElseThrow(() -> misses.missing(Miss.ALIAS, arn));
            return new Target(function, qualifier, version(rows, function, alias.functionVersion()), alias);
        }
        FunctionVersion version = published(rows, function, qualifier);
        if (version == null) {
            throw misses.missing(Miss.VERSION, arn);
        }
        return new Target(function, qualifier, version, null);
    }

    static boolean isAlias(String qualifier) {
        return ALIAS.matcher(qualifier).matches();
    }

    static boolean isVersionNumber(String qualifier) {
        return VERSION.matcher(qualifier).matches();
    }

    /** The version {@code number} of {@code function} ($LATEST included), or null when it was not published. */
    static FunctionVersion version(Rows rows, FunctionRecord function, String number) {
        return LATEST.equals(number) ? function.latest() : published(rows, function, number);
    }

    private static FunctionVersion published(Rows rows, FunctionRecord function, String number) {
        if (!isVersionNumber(number) || number.length() > 9) {
            return null;
        }
        return rows.get(LambdaRecords.VERSIONS, LambdaRecords.versionKey(function.region(), function.name(),
                Integer.parseInt(number))).orElse(null);
    }

    private static Miss kindOf(String qualifier) {
        if (qualifier == null || LATEST.equals(qualifier)) {
            return Miss.FUNCTION;
        }
        return isAlias(qualifier) ? Miss.ALIAS : Miss.VERSION;
    }

    boolean isUnqualified() {
        return qualifier == null || LATEST.equals(qualifier);
    }

    String region() {
        return function.region();
    }

    String functionName() {
        return function.name();
    }

    /** The ARN this target is addressed by: unqualified, or with its version or alias. */
    String arn() {
        return qualifier == null ? function.arn() : function.arn() + ":" + qualifier;
    }

    /** The key of this target's per-qualifier records. */
    String key() {
        return ControlRecords.key(region(), functionName(), qualifier == null ? LATEST : qualifier);
    }

    String revisionId() {
        return alias != null ? alias.revisionId() : version.text("RevisionId");
    }
}
