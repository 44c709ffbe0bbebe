package dev.lambdadesk.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of a Lambda layer.
 *
 * @param layerName               the layer's name (the last part of its ARN)
 * @param createdDate             Lambda's timestamp text, e.g. {@code 2018-11-14T23:03:52.894+0000}
 * @param compatibleRuntimes      the runtimes it declares (empty when none)
 * @param compatibleArchitectures the architectures it declares (empty when none)
 * @param licenseInfo             its license ("" when none)
 * @param content                 its package; empty in listings, which do not carry it
 */
public record LayerVersionInfo(String layerName, String layerArn, String layerVersionArn, long version,
                               String description, String createdDate, List<String> compatibleRuntimes,
                               List<String> compatibleArchitectures, String licenseInfo, Optional<Content> content) {

    /**
     * A layer version's package.
     *
     * @param location                 a download URL, valid for a few minutes
     * @param signingProfileVersionArn the signer of an authentic signature in the package, if any
     * @param signingJobArn            the signing job of that signature, if any
     */
    public record Content(long codeSize, String codeSha256, String location, Optional<String> signingProfileVersionArn,
                          Optional<String> signingJobArn) {
        public Content {
            Objects.requireNonNull(signingProfileVersionArn, "signingProfileVersionArn");
            Objects.requireNonNull(signingJobArn, "signingJobArn");
        }
    }

    public LayerVersionInfo {
        description = description == null ? "" : description;
        licenseInfo = licenseInfo == null ? "" : licenseInfo;
        compatibleRuntimes = List.copyOf(compatibleRuntimes);
        compatibleArchitectures = List.copyOf(compatibleArchitectures);
        Objects.requireNonNull(content, "content");
    }

    /** Whether the package carries an authentic signature (known only when the content is). */
    public boolean signed() {
        return content.flatMap(Content::signingProfileVersionArn).isPresent();
    }
}
