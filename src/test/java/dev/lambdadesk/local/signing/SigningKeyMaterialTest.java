package dev.lambdadesk.local.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.time.Instant;
import java.util.Optional;

import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

class SigningKeyMaterialTest {

    private static final String ARN = "arn:aws:signer:us-east-1:000000000000:/signing-profiles/Team_A/B1oks0DM6r";

    @Test
    void generatesAP384KeyPair() {
        SigningKeyMaterial key = SigningKeyMaterial.generate(ARN);

        assertThat(key.profileVersionArn()).isEqualTo(ARN);
        ECPublicKey publicKey = (ECPublicKey) key.publicKey();
        assertThat(publicKey.getParams().getCurve().getField().getFieldSize()).isEqualTo(384);
        assertThat(key.privateKey().getAlgorithm()).isEqualTo("EC");
    }

    @Test
    void eachProfileVersionGetsItsOwnKey() {
        assertThat(SigningKeyMaterial.generate(ARN).publicKeyX509())
                .isNotEqualTo(SigningKeyMaterial.generate(ARN).publicKeyX509());
    }

    @Test
    void keysRestoredFromTheirStoredTextStillSignAndVerify() throws Exception {
        SigningKeyMaterial original = SigningKeyMaterial.generate(ARN);
        SigningKeyMaterial restored = new SigningKeyMaterial(original.profileVersionArn(), original.privateKeyPkcs8(),
                original.publicKeyX509());

        Signature signer = Signature.getInstance("SHA384withECDSA");
        signer.initSign(restored.privateKey());
        signer.update(new byte[] {1, 2, 3});
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("SHA384withECDSA");
        verifier.initVerify(original.publicKey());
        verifier.update(new byte[] {1, 2, 3});

        assertThat(verifier.verify(signature)).isTrue();
        assertThat(restored).isEqualTo(original);
    }

    @Test
    void survivesAJsonRoundTripAndTheRestoredKeySignsZips() throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        SigningKeyMaterial original = SigningKeyMaterial.generate(ARN);

        SigningKeyMaterial restored = json.readValue(json.writeValueAsString(original), SigningKeyMaterial.class);
        byte[] signed = new ZipSigner().sign(TestZips.handlerZip(), restored, "Team_A", "arn:job",
                Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z"));

        assertThat(restored).isEqualTo(original);
        assertThat(new SignedZipVerifier(arn -> Optional.of(original.publicKey())).inspect(signed).status())
                .isEqualTo(SignatureInspection.Status.VALID);
    }

    @Test
    void toStringNeverShowsThePrivateKey() {
        SigningKeyMaterial key = SigningKeyMaterial.generate(ARN);

        assertThat(key.toString()).doesNotContain(key.privateKeyPkcs8()).contains(ARN).contains("<hidden>");
    }

    @Test
    void damagedStoredKeyFailsWithoutQuotingIt() {
        SigningKeyMaterial damaged = new SigningKeyMaterial(ARN, "bm90LWEta2V5", "bm90LWEta2V5");

        assertThatThrownBy(damaged::privateKey).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(ARN).hasMessageNotContaining("bm90LWEta2V5");
        assertThatThrownBy(damaged::publicKey).isInstanceOf(IllegalStateException.class);
    }
}
