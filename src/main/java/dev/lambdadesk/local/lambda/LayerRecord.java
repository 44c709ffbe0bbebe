package dev.lambdadesk.local.lambda;

/**
 * A layer name as stored. It outlives its versions: deleting every version keeps the counter.
 *
 * @param region      the region it lives in
 * @param name        its name
 * @param lastVersion the highest version number ever published
 */
record LayerRecord(String region, String name, long lastVersion) {

    String arn() {
        return LayerArns.layerArn(region, name);
    }
}
