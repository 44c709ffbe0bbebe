package dev.lambdadesk.validation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.lambdadesk.core.Operation;
import dev.lambdadesk.core.Operation.Service;

/**
 * Everything checked for one operation: the compiled member rules of its request and the service rules on top.
 *
 * @param request the request structure's rule tree
 * @param byPath  every member rule by normalized path ({@code Layers[]}, {@code Environment.Variables{key}})
 * @param rules   service limits and cross-field rules, run after the member rules
 */
record OperationRules(StructureRule request, Map<String, Rule> byPath, List<RequestRule> rules) {

    /** Compiles the rules of every operation; called once, the result is immutable and shared. */
    static Map<Operation, OperationRules> compileAll() {
        RuleCompiler lambda = RuleCompiler.forService(Service.LAMBDA);
        RuleCompiler signer = RuleCompiler.forService(Service.SIGNER);
        Map<Operation, OperationRules> all = new EnumMap<>(Operation.class);
        for (Operation op : Operation.values()) {
            RuleCompiler compiler = op.service() == Service.LAMBDA ? lambda : signer;
            RuleCompiler.Compiled compiled = compiler.compile(op.apiName());
            all.put(op, new OperationRules(compiled.request(), compiled.byPath(), serviceRules(op)));
        }
        return Map.copyOf(all);
    }

    private static List<RequestRule> serviceRules(Operation op) {
        return switch (op) {
            case CREATE_FUNCTION -> List.of(new FunctionNameLimit(), new RuntimeSupport(), new PackageTypeRules(),
                    new ZipPackageLimit("Code", "ZipFile"), EntryCountLimit.layers(), new EnvironmentLimits(),
                    new TagKeyPrefix(), EntryCountLimit.tags(), new VpcIdPatterns(), new SnapStartRules());
            case UPDATE_FUNCTION_CONFIGURATION -> List.of(new FunctionNameLimit(), new RuntimeSupport(),
                    EntryCountLimit.layers(), new EnvironmentLimits(), new VpcIdPatterns(), new SnapStartRules());
            case UPDATE_FUNCTION_CODE -> List.of(new FunctionNameLimit(), new UpdateCodeSource(),
                    new ZipPackageLimit("ZipFile"));
            case CREATE_CODE_SIGNING_CONFIG -> List.of(new PublisherArnHint(), new TagKeyPrefix(),
                    EntryCountLimit.tags());
            case UPDATE_CODE_SIGNING_CONFIG -> List.of(new PublisherArnHint());
            case PUT_SIGNING_PROFILE -> List.of(new ValidityPeriodLimit());
            case START_SIGNING_JOB -> List.of(new SigningJobLocations());
            case REVOKE_SIGNING_PROFILE -> List.of(new RevocationTimeLimit());
            case PUBLISH_LAYER_VERSION -> List.of(LayerRuntimes.compatibleRuntimes(), new LayerContentSource(),
                    new ZipPackageLimit("Content", "ZipFile"));
            case ADD_LAYER_VERSION_PERMISSION -> List.of(new LayerVersionNumberLimit());
            case LIST_LAYERS, LIST_LAYER_VERSIONS -> List.of(LayerRuntimes.runtimeFilter());
        };
    }
}
