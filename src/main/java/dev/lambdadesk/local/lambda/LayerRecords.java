package dev.lambdadesk.local.lambda;

import java.util.Locale;

import dev.lambdadesk.local.store.RecordType;

/** The record types layers keep in the store, and how their keys are made. */
final class LayerRecords {

    /** One row per layer name ever published: it keeps the last version number, so numbers are never reused. */
    static final RecordType<LayerRecord> LAYERS = RecordType.of("lambda.layer", LayerRecord.class);
    static final RecordType<LayerVersionRecord> VERSIONS =
            RecordType.of("lambda.layer-version", LayerVersionRecord.class);

    private LayerRecords() {
    }

    /** Layers sort by region, then name. */
    static String layerKey(String region, String name) {
        return region + ":" + name;
    }

    static String regionPrefix(String region) {
        return region + ":";
    }

    /** Versions sort by layer, then number. */
    static String versionKey(String region, String name, long version) {
        return versionPrefix(region, name) + String.format(Locale.ROOT, "%010d", version);
    }

    static String versionPrefix(String region, String name) {
        return layerKey(region, name) + ":";
    }
}
