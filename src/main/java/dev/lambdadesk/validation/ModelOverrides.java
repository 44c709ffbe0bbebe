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
     */
    record Override(Long min, Long max, Long standardMax, boolean enumByServiceRule) {
        static final Override NONE = new Override(null, null, null, false);
    }

    /** Lambda limits from the Lambda developer guide's quotas and the API reference. */
    private static final Map<String, Override> LAMBDA = Map.of(
            "Timeout", new Override(null, 900L, null, false),
            "MemorySize", new Override(null, null, 10240L, false),
            "Runtime", new Override(null, null, null, true),
            "CompatibleRuntimes[]", new Override(null, null, null, true),
            "CompatibleRuntime", new Override(null, null, null, true),
            "Tags", new Override(null, 50L, null, false),
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
