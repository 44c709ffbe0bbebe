package dev.lambdadesk.local.lambda;

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
    private static final String PATTERN_TEXT = "(arn:(aws[a-zA-Z-]*)?:lambda:)?((eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?"
            + "-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?";
    private static final Pattern PATTERN = Pattern.compile("(?<arn>arn:(aws[a-zA-Z-]*)?:lambda:)?"
            + "(?<region>(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}:)?(?<account>\\d{12}:)?(function:)?"
            + "(?<name>[a-zA-Z0-9-_]+)(:(?<qualifier>\\$LATEST|[a-zA-Z0-9-_]+))?");

    /** Parses {@code raw} for a request in {@code region}, refusing other regions and accounts as AWS does. */
    static FunctionRef parse(String raw, String region) {
        Matcher m = PATTERN.matcher(raw);
        if (!m.matches()) {
            throw LambdaError.VALIDATION.withMessage("1 validation error detected: Value '" + raw
                    + "' at 'functionName' failed to satisfy constraint: Member must satisfy regular expression "
                    + "pattern: " + PATTERN_TEXT);
        }
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

    /** Parses the path's name and merges the {@code Qualifier} query parameter into it. */
    static FunctionRef parse(String raw, Optional<String> qualifierParam, String region) {
        FunctionRef ref = parse(raw, region);
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
}
