package dev.lambdadesk.local.lambda;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.local.store.BlobStore;

/** Makes published versions from $LATEST, and tells whether $LATEST changed since the last one. */
final class Publishing {

    private Publishing() {
    }

    /** Version {@code number} of the function, a copy of {@code latest}, Pending until {@code readyAt}. */
    static FunctionVersion version(FunctionVersion latest, String region, String name, int number,
                                   String description, long readyAt) {
        ObjectNode config = latest.config().deepCopy();
        config.put("FunctionArn", FunctionRef.arn(region, name) + ":" + number);
        config.put("Version", Integer.toString(number));
        config.put("RevisionId", UUID.randomUUID().toString());
        if (description != null) {
            config.put("Description", description);
        }
        // A version published with SnapStart on PublishedVersions is the one AWS snapshots: it reports On.
        if ("PublishedVersions".equals(config.path("SnapStart").path("ApplyOn").asText())) {
            config.putObject("SnapStart").put("ApplyOn", "PublishedVersions").put("OptimizationStatus", "On");
        }
        return new FunctionVersion(config, latest.codeBlob(), latest.imageUri(), readyAt, 0);
    }

    /** A digest of what a publish would freeze (code and configuration, not the revision or time). */
    static String fingerprint(FunctionVersion latest) {
        ObjectNode config = latest.config().deepCopy();
        config.remove("RevisionId");
        config.remove("LastModified");
        return HexFormat.of().formatHex(BlobStore.sha256(config.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
