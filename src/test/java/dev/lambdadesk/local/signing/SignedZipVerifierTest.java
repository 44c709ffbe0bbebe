package dev.lambdadesk.local.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import dev.lambdadesk.local.signing.SignatureInspection.Status;

class SignedZipVerifierTest {

    private static final String OTHER_VERSION_ARN =
            "arn:aws:signer:us-east-1:000000000000:/signing-profiles/Team_B/ELAcw04kNv";
    private static final SigningKeyMaterial KEY = SigningKeyMaterial.generate(ZipSignerTest.PROFILE_VERSION_ARN);
    private static final SigningKeyMaterial OTHER_KEY = SigningKeyMaterial.generate(OTHER_VERSION_ARN);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SignedZipVerifier verifier = new SignedZipVerifier(this::knownKey);

    private Optional<PublicKey> knownKey(String arn) {
        if (arn.equals(KEY.profileVersionArn())) {
            return Optional.of(KEY.publicKey());
        }
        return arn.equals(OTHER_KEY.profileVersionArn()) ? Optional.of(OTHER_KEY.publicKey()) : Optional.empty();
    }

    private static byte[] signed(SigningKeyMaterial key, byte[] zip) throws SigningRefusedException {
        return new ZipSigner().sign(zip, key, "Team_A", ZipSignerTest.JOB_ARN, ZipSignerTest.SIGNED_AT,
                ZipSignerTest.EXPIRES_AT);
    }

    @Test
    void commentIsTheMagicLineThenBase64OfTheBlockJson() throws Exception {
        String comment = TestZips.comment(signed(KEY, TestZips.handlerZip()));

        assertThat(comment).startsWith("LAMBDADESK-SIGNATURE-V1\n");
        JsonNode json = JSON.readTree(Base64.getDecoder().decode(comment.substring(24)));
        assertThat(json.properties()).extracting(Map.Entry::getKey).containsExactly("alg", "profileVersionArn",
                "profileName", "jobArn", "signedAt", "expiresAt", "payloadDigest", "signature");
        assertThat(json.get("alg").asText()).isEqualTo("ECDSA_P384_SHA384");
        assertThat(json.get("signedAt").asLong()).isEqualTo(ZipSignerTest.SIGNED_AT.toEpochMilli());
        assertThat(json.get("expiresAt").asLong()).isEqualTo(ZipSignerTest.EXPIRES_AT.toEpochMilli());
        assertThat(json.get("payloadDigest").asText()).matches("[0-9a-f]{96}");
    }

    @Test
    void zipWithoutTheMarkerIsUnsigned() {
        assertThat(verifier.inspect(TestZips.handlerZip()).status()).isEqualTo(Status.UNSIGNED);
        assertThat(verifier.inspect(TestZips.zip(Map.of("a", new byte[] {1}), "release 1.2")).status())
                .isEqualTo(Status.UNSIGNED);
        assertThat(verifier.inspect("not a zip".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(Status.UNSIGNED);
    }

    @Test
    void fileChangedAfterSigningWithTheBlockKeptIsADigestMismatch() throws Exception {
        byte[] signed = signed(KEY, TestZips.handlerZip());
        Map<String, byte[]> entries = new LinkedHashMap<>(TestZips.readStreaming(signed));
        String comment = TestZips.comment(signed);
        entries.put("index.py", "def handler(event, context):\n    return 'pwned'\n".getBytes(StandardCharsets.UTF_8));

        SignatureInspection inspection = verifier.inspect(TestZips.zip(entries, comment));

        assertThat(inspection.status()).isEqualTo(Status.DIGEST_MISMATCH);
        assertThat(inspection.block().jobArn()).isEqualTo(ZipSignerTest.JOB_ARN);
        assertThat(inspection.detail()).contains("modified after it was signed");
    }

    @Test
    void editedBlockDoesNotVerify() throws Exception {
        byte[] signed = signed(KEY, TestZips.handlerZip());

        byte[] edited = withEditedBlock(signed, json -> json.put("jobArn", json.get("jobArn").asText() + "0"));

        SignatureInspection inspection = verifier.inspect(edited);
        assertThat(inspection.status()).isEqualTo(Status.BAD_SIGNATURE);
        assertThat(inspection.detail()).contains("does not verify");
    }

    @Test
    void extendedExpiryDoesNotVerify() throws Exception {
        byte[] edited = withEditedBlock(signed(KEY, TestZips.handlerZip()),
                json -> json.put("expiresAt", json.get("expiresAt").asLong() + 86_400_000L));

        assertThat(verifier.inspect(edited).status()).isEqualTo(Status.BAD_SIGNATURE);
    }

    @Test
    void signatureMadeWithAnotherProfilesKeyDoesNotVerify() throws Exception {
        SigningKeyMaterial impostor = new SigningKeyMaterial(KEY.profileVersionArn(), OTHER_KEY.privateKeyPkcs8(),
                OTHER_KEY.publicKeyX509());

        assertThat(verifier.inspect(signed(impostor, TestZips.handlerZip())).status()).isEqualTo(Status.BAD_SIGNATURE);
    }

    @Test
    void genuineSignatureOfAnotherKnownProfileIsValid() throws Exception {
        SignatureInspection inspection = verifier.inspect(signed(OTHER_KEY, TestZips.handlerZip()));

        assertThat(inspection.status()).isEqualTo(Status.VALID);
        assertThat(inspection.block().profileVersionArn()).isEqualTo(OTHER_VERSION_ARN);
    }

    @Test
    void unknownProfileVersionCannotBeVerified() throws Exception {
        SigningKeyMaterial stranger = SigningKeyMaterial.generate(
                "arn:aws:signer:us-east-1:000000000000:/signing-profiles/Elsewhere/Zz9Zz9Zz9Z");

        SignatureInspection inspection = verifier.inspect(signed(stranger, TestZips.handlerZip()));

        assertThat(inspection.status()).isEqualTo(Status.BAD_SIGNATURE);
        assertThat(inspection.detail()).contains("Elsewhere/Zz9Zz9Zz9Z").contains("cannot be verified");
    }

    @Test
    void garbageAfterTheMarkerIsMalformed() {
        byte[] zip = TestZips.withComment(TestZips.handlerZip(), SignatureBlockCodec.MAGIC + "%%% not base64 %%%");

        SignatureInspection inspection = verifier.inspect(zip);

        assertThat(inspection.status()).isEqualTo(Status.MALFORMED);
        assertThat(inspection.detail()).contains("not base64");
    }

    @Test
    void base64OfSomethingElseIsMalformed() {
        String notJson = Base64.getEncoder().encodeToString("hello".getBytes(StandardCharsets.UTF_8));
        byte[] zip = TestZips.withComment(TestZips.handlerZip(), SignatureBlockCodec.MAGIC + notJson);

        assertThat(verifier.inspect(zip).status()).isEqualTo(Status.MALFORMED);
    }

    @Test
    void blockMissingAMemberIsMalformed() throws Exception {
        byte[] edited = withEditedBlock(signed(KEY, TestZips.handlerZip()), json -> json.remove("payloadDigest"));

        SignatureInspection inspection = verifier.inspect(edited);

        assertThat(inspection.status()).isEqualTo(Status.MALFORMED);
        assertThat(inspection.detail()).contains("payloadDigest");
    }

    @Test
    void blockWithAnUnknownMemberOrAlgorithmOrBadTypesIsMalformed() throws Exception {
        byte[] zip = signed(KEY, TestZips.handlerZip());

        assertThat(verifier.inspect(withEditedBlock(zip, json -> json.put("extra", "x"))).status())
                .isEqualTo(Status.MALFORMED);
        assertThat(verifier.inspect(withEditedBlock(zip, json -> json.put("alg", "RSA_SHA256"))).status())
                .isEqualTo(Status.MALFORMED);
        assertThat(verifier.inspect(withEditedBlock(zip, json -> json.put("signedAt", "yesterday"))).status())
                .isEqualTo(Status.MALFORMED);
        assertThat(verifier.inspect(withEditedBlock(zip, json -> json.put("payloadDigest", "abc"))).status())
                .isEqualTo(Status.MALFORMED);
    }

    @Test
    void damagedEndRecordOfASignedZipIsMalformed() throws Exception {
        byte[] zip = signed(KEY, TestZips.handlerZip());
        int end = ZipEndRecord.locate(zip).orElseThrow().offset();
        zip[end + ZipEndRecord.COMMENT_LENGTH_FIELD] ^= 0x01;

        assertThat(verifier.inspect(zip).status()).isEqualTo(Status.MALFORMED);
    }

    private static byte[] withEditedBlock(byte[] signed, Consumer<ObjectNode> edit)
            throws Exception {
        String comment = TestZips.comment(signed);
        ObjectNode json = (ObjectNode) JSON.readTree(Base64.getDecoder().decode(comment.substring(24)));
        edit.accept(json);
        String encoded = Base64.getEncoder().encodeToString(JSON.writeValueAsBytes(json));
        return TestZips.withComment(signed, SignatureBlockCodec.MAGIC + encoded);
    }
}
