package dev.lambdadesk.local.lambda;

import java.util.Locale;

import dev.lambdadesk.local.store.RecordType;

/** The record types layers keep in the store; keys are made as functions' are (region, name, number). */
final class LayerRecords {

    /** One row per layer name ever published: it keeps the last version number, so numbers are never reused. */
    static final RecordType<LayerRecord> LAYERS = RecordType.of("lambda.layer", LayerRecord.class);
    static final RecordType<LayerVersionRecord> VERSIONS =
            RecordType.of("lambda.layer-version", LayerVersionRecord.class);

    private LayerRecords() {
    }

    static String versionKey(String region, String name, long version) {
        return LambdaRecords.versionPrefix(region, name) + String.format(Locale.ROOT, "%010d", version);
    }
}
