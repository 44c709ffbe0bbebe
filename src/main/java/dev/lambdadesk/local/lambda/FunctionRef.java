package dev.lambdadesk.local.lambda;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.lambdadesk.local.http.ApiException;

/**
 * A function named the ways Lambda accepts: {@code name}, {@code name:qualifier}, a partial ARN
 * ({@code 123456789012:function:name}, {@code function:name}) or a full ARN, optionally qualified.
 *
 * @param name      the plain function name
 * @param qualifier the version or alias suffix, or null
 */
record FunctionRef(String name, String qualifier) {

    static final String ACCOUNT = "000000000000";
    private static final String REGION = "((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?";
    /** CreateFunction's and the updates' name pattern, as AWS quotes it. */
    private static final String PATTERN_TEXT = "(arn:(aws[a-zA-Z-]*)?:lambda:)?" + REGION
            + "(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?";
    /** The name pattern of GetFunction, GetFunctionConfiguration and DeleteFunction: dots, $LATEST.PUBLISHED. */
    private static final String NAMESPACED_TEXT = "(arn:(aws[a-zA-Z-]*)?:lambda:)?" + REGION
            + "(\\d{12}:)?(function:)?([a-zA-Z0-9-_\\.]+)(:(\\$LATEST(\\.PUBLISHED)?|[a-zA-Z0-9-_]+))?";
    private static final String QUALIFIER_TEXT = "\\$(LATEST(\\.PUBLISHED)?)|[a-zA-Z0-9-_$]+";
    private static final int QUALIFIER_MAX = 128;
    private static final Pattern PATTERN = named("[a-zA-Z0-9-_]+", "\\$LATEST|[a-zA-Z0-9-_]+");
    private static final Pattern NAMESPACED = named("[a-zA-Z0-9-_.]+", "\\$LATEST(\\.PUBLISHED)?|[a-zA-Z0-9-_]+");
    private static final Pattern QUALIFIER = Pattern.compile(QUALIFIER_TEXT);

    private static Pattern named(String name, String qualifier) {
        return Pattern.compile("(?<arn>arn:(aws[a-zA-Z-]*)?:lambda:)?(?<region>(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?"
                + "-[a-z]+-\\d{1}:)?(?<account>\\d{12}:)?(function:)?(?<name>" + name + ")(:(?<qualifier>"
                + qualifier + "))?");
    }

    /** Parses {@code raw} for a request in {@code region}, refusing other regions and accounts as AWS does. */
    static FunctionRef parse(String raw, String region) {
        Matcher m = PATTERN.matcher(raw);
        if (!m.matches()) {
            throw invalid(List.of(patternClause(raw, "functionName", PATTERN_TEXT)));
        }
        return located(m, region);
    }

    /**
     * Parses the name of GetFunction, GetFunctionConfiguration or DeleteFunction and its {@code Qualifier}
     * parameter, reporting a bad name and a bad qualifier together as AWS does.
     */
    static FunctionRef parseQualified(String raw, Optional<String> qualifierParam, String region) {
        Matcher m = NAMESPACED.matcher(raw);
        List<String> clauses = new ArrayList<>();
        if (!m.matches()) {
            clauses.add(patternClause(raw, "functionName", NAMESPACED_TEXT));
        }
        String qualifier = qualifierParam.orElse(null);
        if (qualifier != null && qualifier.length() > QUALIFIER_MAX) {
            clauses.add("Value '" + qualifier + "' at 'qualifier' failed to satisfy constraint: Member must have "
                    + "length less than or equal to " + QUALIFIER_MAX);
        } else if (qualifier != null && !QUALIFIER.matcher(qualifier).matches()) {
            clauses.add(patternClause(qualifier, "qualifier", QUALIFIER_TEXT));
        }
        if (!clauses.isEmpty()) {
            throw invalid(clauses);
        }
        return merge(located(m, region), qualifierParam);
    }

    private static FunctionRef located(Matcher m, String region) {
        String arnRegion = m.group("region");
        if (arnRegion != null) {
            String given = arnRegion.substring(0, arnRegion.length() - 1);
            if (!given.equals(region)) {
                throw LambdaError.RESOURCE_NOT_FOUND.withMessage("Functions from '" + given
                        + "' are not reachable in this region ('" + region + "')");
            }
        }
        String account = m.group("account");
        if (account != null && !account.startsWith(ACCOUNT)) {
            throw LambdaError.ACCESS_DENIED.bare();
        }
        return new FunctionRef(m.group("name"), m.group("qualifier"));
    }

    private static String patternClause(String value, String member, String pattern) {
        return "Value '" + value + "' at '" + member + "' failed to satisfy constraint: Member must satisfy regular "
                + "expression pattern: " + pattern;
    }

    private static ApiException invalid(List<String> clauses) {
        return LambdaError.VALIDATION.withMessage(clauses.size() + (clauses.size() == 1 ? " validation error"
                : " validation errors") + " detected: " + String.join("; ", clauses));
    }

    /** Parses the path's name and merges the {@code Qualifier} query parameter into it. */
    static FunctionRef parse(String raw, Optional<String> qualifierParam, String region) {
        return merge(parse(raw, region), qualifierParam);
    }

    private static FunctionRef merge(FunctionRef ref, Optional<String> qualifierParam) {
        if (qualifierParam.isEmpty() || qualifierParam.get().isEmpty()) {
            return ref;
        }
        if (ref.qualifier != null && !ref.qualifier.equals(qualifierParam.get())) {
            throw LambdaError.INVALID_PARAMETER_VALUE.withMessage(
                    "The derived qualifier from the function name does not match the specified qualifier.");
        }
        return new FunctionRef(ref.name, qualifierParam.get());
    }

    /** Refuses a qualifier where only the unqualified function makes sense. */
    FunctionRef unqualified(ApiException refusal) {
        if (qualifier != null && !"$LATEST".equals(qualifier)) {
            throw refusal;
        }
        return this;
    }

    boolean isLatest() {
        return qualifier == null || "$LATEST".equals(qualifier);
    }

    static String arn(String region, String name) {
        return "arn:aws:lambda:" + region + ":" + ACCOUNT + ":function:" + name;
    }

    String arn(String region) {
        return isLatest() ? arn(region, name) : arn(region, name) + ":" + qualifier;
    }

    /** The ARN with the qualifier as it was given, $LATEST too (how Get answers for a missing function). */
    String givenArn(String region) {
        return qualifier == null ? arn(region, name) : arn(region, name) + ":" + qualifier;
    }
}
