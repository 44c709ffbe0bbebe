package dev.lambdadesk.ui.deploy;

import java.util.List;
import java.util.Optional;

import dev.lambdadesk.core.CodeSigningConfigInfo;
import dev.lambdadesk.core.LayerVersionInfo;

/**
 * What a code signing configuration makes of a layer version, worked out before a deployment as Lambda checks it on
 * one: a layer must be signed by one of the configuration's allowed publishers, or Warn logs it and Enforce refuses.
 */
public final class LayerTrust {

    /** How a layer stands against a configuration. */
    public enum Verdict { TRUSTED, UNSIGNED, UNTRUSTED, UNKNOWN }

    private LayerTrust() {
    }

    /** The verdict for {@code layer} (empty: not a layer of this account, so its signer is not known here). */
    public static Verdict verdict(Optional<LayerVersionInfo> layer, CodeSigningConfigInfo config) {
        if (layer.isEmpty() || layer.get().content().isEmpty()) {
            return Verdict.UNKNOWN;
        }
        Optional<String> signer = signer(layer.get());
        if (signer.isEmpty()) {
            return Verdict.UNSIGNED;
        }
        return config.allowedPublishers().contains(signer.get()) ? Verdict.TRUSTED : Verdict.UNTRUSTED;
    }

    /** The configurations among {@code configs} that trust the layer's signer; none for an unsigned layer. */
    public static List<CodeSigningConfigInfo> trustedBy(LayerVersionInfo layer, List<CodeSigningConfigInfo> configs) {
        return signer(layer).map(arn -> configs.stream().filter(c -> c.allowedPublishers().contains(arn)).toList())
                .orElse(List.of());
    }

    /** A sentence for a layer that is not trusted, with what the policy will do; empty for a trusted one. */
    public static Optional<String> warning(String layerArn, Verdict verdict, CodeSigningConfigInfo config) {
        boolean enforce = "Enforce".equalsIgnoreCase(config.policy());
        String outcome = enforce ? " Enforce: Lambda will refuse to create the function."
                : " Warn: Lambda will create the function and log a warning.";
        return switch (verdict) {
            case TRUSTED -> Optional.empty();
            case UNSIGNED -> Optional.of("Layer " + layerArn + " is unsigned." + outcome);
            case UNTRUSTED -> Optional.of("Layer " + layerArn + " is signed by a publisher " + config.id()
                    + " does not trust." + outcome);
            case UNKNOWN -> Optional.of("Layer " + layerArn + " is not one of this account's layers, so its "
                    + "signature cannot be checked before Create; Lambda checks it against " + config.id() + " ("
                    + config.policy() + ").");
        };
    }

    private static Optional<String> signer(LayerVersionInfo layer) {
        return layer.content().flatMap(LayerVersionInfo.Content::signingProfileVersionArn);
    }
}
