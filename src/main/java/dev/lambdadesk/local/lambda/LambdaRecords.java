package dev.lambdadesk.local.lambda;

import java.util.Locale;

import dev.lambdadesk.local.store.RecordType;

/** The record types Lambda keeps in the store, and how their keys are made. */
final class LambdaRecords {

    static final RecordType<FunctionRecord> FUNCTIONS = RecordType.of("lambda.function", FunctionRecord.class);
    static final RecordType<FunctionVersion> VERSIONS = RecordType.of("lambda.version", FunctionVersion.class);
    static final RecordType<CodeSigningConfigRecord> CODE_SIGNING_CONFIGS =
            RecordType.of("lambda.code-signing-config", CodeSigningConfigRecord.class);

    private LambdaRecords() {
    }

    /** Functions sort by region, then name. */
    static String functionKey(String region, String name) {
        return region + ":" + name;
    }

    static String regionPrefix(String region) {
        return region + ":";
    }

    /** Versions sort by function, then number. */
    static String versionKey(String region, String name, int version) {
        return versionPrefix(region, name) + String.format(Locale.ROOT, "%010d", version);
    }

    static String versionPrefix(String region, String name) {
        return functionKey(region, name) + ":";
    }
}
