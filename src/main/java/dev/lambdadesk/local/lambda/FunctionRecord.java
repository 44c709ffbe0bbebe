package dev.lambdadesk.local.lambda;

import java.util.Map;
import java.util.TreeMap;

/**
 * A function as stored (its published versions are separate {@code lambda.version} records).
 *
 * @param region               the region it lives in
 * @param name                 its plain name
 * @param codeSigningConfigArn the attached code signing config, or null
 * @param tags                 its tags
 * @param latest               the $LATEST version
 * @param lastVersion          the highest published version number (0 before the first)
 * @param publishedFingerprint what $LATEST looked like at the last publish, to skip publishing an unchanged one
 */
record FunctionRecord(String region, String name, String codeSigningConfigArn, Map<String, String> tags,
                      FunctionVersion latest, int lastVersion, String publishedFingerprint) {

    FunctionRecord {
        tags = tags == null ? Map.of() : new TreeMap<>(tags);
    }

    String arn() {
        return FunctionRef.arn(region, name);
    }

    boolean isImage() {
        return "Image".equals(latest.text("PackageType"));
    }

    FunctionRecord withLatest(FunctionVersion version) {
        return new FunctionRecord(region, name, codeSigningConfigArn, tags, version, lastVersion, publishedFingerprint);
    }

    FunctionRecord withTags(Map<String, String> newTags) {
        return new FunctionRecord(region, name, codeSigningConfigArn, newTags, latest, lastVersion,
                publishedFingerprint);
    }

    FunctionRecord withCodeSigningConfig(String arn) {
        return new FunctionRecord(region, name, arn, tags, latest, lastVersion, publishedFingerprint);
    }

    FunctionRecord withPublished(FunctionVersion newLatest, int version, String fingerprint) {
        return new FunctionRecord(region, name, codeSigningConfigArn, tags, newLatest, version, fingerprint);
    }
}
