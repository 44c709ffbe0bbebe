package dev.lambdadesk.ui.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.lambdadesk.aws.AwsProblem;
import dev.lambdadesk.core.CodeSigningConfigInfo;
import dev.lambdadesk.core.LayerVersionInfo;
import dev.lambdadesk.ui.common.Refusal;

/** What a configuration makes of a layer before a deployment, and a refusal that names a layer. */
class LayerTrustTest {

    private static final String TRUSTED = "arn:aws:signer:us-east-1:000000000000:/signing-profiles/Release/AbCd";
    private static final String OTHER = "arn:aws:signer:us-east-1:000000000000:/signing-profiles/Other/EfGh";
    private static final String LAYER = "arn:aws:lambda:us-east-1:000000000000:layer:deps:4";
    private static final CodeSigningConfigInfo WARN = config("csc-warn", "Warn");
    private static final CodeSigningConfigInfo ENFORCE = config("csc-enforce", "Enforce");
    /** Lambda's text for a failed check, as the service words it (the local endpoint copies it). */
    private static final String LAMBDA_TEXT = "Lambda cannot deploy the function. The function or layer might be "
            + "signed using a signature that the client is not configured to accept. Check the provided signature "
            + "for %s.";

    @Test
    void verdictsFollowTheSignerAndTheAllowedPublishers() {
        assertThat(LayerTrust.verdict(Optional.of(layer(TRUSTED)), ENFORCE)).isEqualTo(LayerTrust.Verdict.TRUSTED);
        assertThat(LayerTrust.verdict(Optional.of(layer(OTHER)), ENFORCE)).isEqualTo(LayerTrust.Verdict.UNTRUSTED);
        assertThat(LayerTrust.verdict(Optional.of(layer(null)), ENFORCE)).isEqualTo(LayerTrust.Verdict.UNSIGNED);
        assertThat(LayerTrust.verdict(Optional.empty(), ENFORCE)).isEqualTo(LayerTrust.Verdict.UNKNOWN);
        assertThat(LayerTrust.trustedBy(layer(TRUSTED), List.of(WARN, ENFORCE))).containsExactly(WARN, ENFORCE);
        assertThat(LayerTrust.trustedBy(layer(null), List.of(WARN, ENFORCE))).isEmpty();
    }

    @Test
    void theWarningSaysWhatThePolicyWillDo() {
        assertThat(LayerTrust.warning(LAYER, LayerTrust.Verdict.UNTRUSTED, ENFORCE)).contains("Layer " + LAYER
                + " is signed by a publisher csc-enforce does not trust. Enforce: Lambda will refuse to create "
                + "the function.");
        assertThat(LayerTrust.warning(LAYER, LayerTrust.Verdict.UNSIGNED, WARN)).contains("Layer " + LAYER
                + " is unsigned. Warn: Lambda will create the function and log a warning.");
        assertThat(LayerTrust.warning(LAYER, LayerTrust.Verdict.TRUSTED, ENFORCE)).isEmpty();
    }

    @Test
    void aRefusalNamingALayerVersionPutsTheFaultOnThatLayer() {
        Refusal layer = RefusalDiagnosis.diagnose(refusal(LAMBDA_TEXT.formatted(LAYER)), Optional.empty(),
                java.time.Instant.EPOCH);
        assertThat(layer.title()).isEqualTo(RefusalDiagnosis.LAYER);
        assertThat(layer.explanation()).startsWith("The layer " + LAYER + " failed");

        Refusal function = RefusalDiagnosis.diagnose(refusal(LAMBDA_TEXT.formatted(
                "arn:aws:lambda:us-east-1:000000000000:function:orders")), Optional.empty(), java.time.Instant.EPOCH);
        assertThat(function.title()).isEqualTo(RefusalDiagnosis.VERIFICATION);
    }

    private static Refusal refusal(String text) {
        return new Refusal(AwsProblem.Kind.CODE_SIGNING, "Code signing check failed", text, "",
                "CodeVerificationFailedException", text, List.of());
    }

    private static LayerVersionInfo layer(String signer) {
        return new LayerVersionInfo("deps", LAYER.substring(0, LAYER.lastIndexOf(':')), LAYER, 4, "", "",
                List.of(), List.of(), "", Optional.of(new LayerVersionInfo.Content(10, "sha", "",
                        Optional.ofNullable(signer), Optional.empty())));
    }

    private static CodeSigningConfigInfo config(String id, String policy) {
        return new CodeSigningConfigInfo(id, "arn:aws:lambda:us-east-1:000000000000:code-signing-config:" + id, "",
                policy, List.of(TRUSTED), "");
    }
}
