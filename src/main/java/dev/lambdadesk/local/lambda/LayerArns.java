package dev.lambdadesk.local.lambda;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Layer and layer version ARNs: made for this account, and read from requests. */
final class LayerArns {

    /** The pattern AWS quotes when a layer version ARN is malformed (live answer, newer than the model's). */
    static final String VERSION_ARN_PATTERN = "(arn:(aws[a-zA-Z-]*)?:lambda:(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?"
            + "-[a-z]+-\\d{1}:\\d{12}:layer:[a-zA-Z0-9-_]+:[0-9]+)|(arn:[a-zA-Z0-9-]+:lambda:::awslayer:"
            + "[a-zA-Z0-9-_]+)";
    private static final Pattern VERSION_ARN = Pattern.compile(VERSION_ARN_PATTERN);
    private static final Pattern VERSION_PARTS = Pattern.compile(
            "arn:[a-zA-Z0-9-]+:lambda:(?<region>[a-z0-9-]+):(?<account>\\d{12}):layer:(?<name>[a-zA-Z0-9-_]+)"
                    + ":(?<version>[0-9]{1,18})");
    private static final Pattern LAYER_ARN = Pattern.compile(
            "arn:[a-zA-Z0-9-]+:lambda:(?<region>[a-zA-Z0-9-]+):(?<account>\\d{12}):layer:(?<name>[a-zA-Z0-9-_]+)");

    /** A version named by ARN: where it lives and which it is. */
    record VersionRef(String region, String account, String name, long version) {
        boolean local() {
            return FunctionRef.ACCOUNT.equals(account);
        }
    }

    private LayerArns() {
    }

    static String layerArn(String region, String name) {
        return "arn:aws:lambda:" + region + ":" + FunctionRef.ACCOUNT + ":layer:" + name;
    }

    static String versionArn(String region, String name, long version) {
        return layerArn(region, name) + ":" + version;
    }

    /** Whether {@code arn} has the shape AWS accepts for a layer version ARN. */
    static boolean isVersionArn(String arn) {
        return VERSION_ARN.matcher(arn).matches();
    }

    /** The parts of a layer version ARN of an account's layer (not an AWS-managed {@code awslayer}). */
    static Optional<VersionRef> parseVersion(String arn) {
        Matcher m = VERSION_PARTS.matcher(arn);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new VersionRef(m.group("region"), m.group("account"), m.group("name"),
                Long.parseLong(m.group("version"))));
    }

    /**
     * The layer a LayerName path parameter names, in {@code region}: a plain name, or a layer ARN whose region
     * and account are taken from it (another account's layer is never found here).
     */
    static VersionRef layer(String layerName, String region) {
        Matcher m = LAYER_ARN.matcher(layerName);
        if (m.matches()) {
            return new VersionRef(m.group("region"), m.group("account"), m.group("name"), 0);
        }
        return new VersionRef(region, FunctionRef.ACCOUNT, layerName, 0);
    }

    /** The VersionNumber path parameter; below 1 is refused with AWS's message before any look-up. */
    static long versionNumber(String raw) {
        long number;
        try {
            number = Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw LambdaError.VALIDATION.withMessage("1 validation error detected: Value '" + raw
                    + "' at 'versionNumber' failed to satisfy constraint: Member must be a whole number");
        }
        if (number < 1) {
            throw LambdaError.INVALID_PARAMETER_VALUE.withMessage("Layer Version Cannot be less than 1");
        }
        return number;
    }
}
