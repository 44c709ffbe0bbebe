package dev.lambdadesk.validation;

import java.util.Map;

import dev.lambdadesk.core.Operation.Service;

/**
 * Documented service limits that tighten a model constraint, folded into the rules when they are compiled so
 * each broken limit is reported once, with the limit that really applies.
 */
final class ModelOverrides {

    /**
     * @param min               replaces the model's minimum (length, size or value), or null
     * @param max               replaces the model's maximum, or null
     * @param standardMax       a lower maximum for functions that do not run on a capacity provider, or null
     * @param enumByServiceRule the enum is enforced by a service rule that uses AWS's own wording
     * @param pattern           replaces the model's pattern with the one AWS enforces today, or null
     */
    record Override(Long min, Long max, Long standardMax, boolean enumByServiceRule, String pattern) {
        static final Override NONE = new Override(null, null, null, false, null);

        Override(Long min, Long max, Long standardMax, boolean enumByServiceRule) {
            this(min, max, standardMax, enumByServiceRule, null);
        }
    }

    /** The region part of AWS's ARN patterns today, with the European Sovereign Cloud's {@code eusc-} prefix. */
    static final String REGION = "(eusc-)?[a-z]{2}((-gov)|(-iso([a-z]?)))?-[a-z]+-\\d{1}";

    /** CreateFunction's and the updates' function name as AWS checks it today (recorded answers). */
    static final String FUNCTION_NAME = "(arn:(aws[a-zA-Z-]*)?:lambda:)?(" + REGION + ":)?(\\d{12}:)?(function:)?"
            + "([a-zA-Z0-9-_]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?";

    /** A layer version ARN as AWS checks it today: a versioned layer or an AWS-managed {@code awslayer}. */
    static final String LAYER_VERSION_ARN = "(arn:(aws[a-zA-Z-]*)?:lambda:" + REGION + ":\\d{12}:layer:"
            + "[a-zA-Z0-9-_]+:[0-9]+)|(arn:[a-zA-Z0-9-]+:lambda:::awslayer:[a-zA-Z0-9-_]+)";

    /** Lambda limits from the Lambda developer guide's quotas and the API reference. */
    private static final Map<String, Override> LAMBDA = Map.of(
            "Timeout", new Override(null, 900L, null, false),
            "MemorySize", new Override(null, null, 10240L, false),
            "Runtime", new Override(null, null, null, true),
            "CompatibleRuntimes[]", new Override(null, null, null, true),
            "CompatibleRuntime", new Override(null, null, null, true),
            "FunctionName", new Override(null, null, null, false, FUNCTION_NAME),
            "Layers[]", new Override(null, 2048L, null, false, LAYER_VERSION_ARN),
            "Tags{key}", new Override(1L, 128L, null, false),
            "Tags{value}", new Override(null, 256L, null, false));

    private ModelOverrides() {
    }

    static Override find(Service service, String normalizedPath) {
        if (service != Service.LAMBDA) {
            return Override.NONE;
        }
        return LAMBDA.getOrDefault(normalizedPath, Override.NONE);
    }
}
