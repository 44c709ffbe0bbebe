package dev.lambdadesk.local.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.lambdadesk.local.signing.SignatureInspection.Status;

/** Random zips: every one signs and verifies; every single flipped payload byte is caught. */
class SignedZipPropertyTest {

    private static final long SEED = 0x5EED_2025L;
    private static final SigningKeyMaterial KEY = SigningKeyMaterial.generate(ZipSignerTest.PROFILE_VERSION_ARN);

    @Test
    void randomZipsVerifyAndAnyFlippedPayloadByteIsDetected() throws Exception {
        Random random = new Random(SEED);
        ZipSigner signer = new ZipSigner();
        SignedZipVerifier verifier = new SignedZipVerifier(arn -> Optional.of(KEY.publicKey()));
        for (int round = 0; round < 200; round++) {
            byte[] zip = randomZip(random);
            byte[] signed = signer.sign(zip, KEY, "Team_A", ZipSignerTest.JOB_ARN, Instant.ofEpochMilli(round),
                    Instant.ofEpochMilli(round + 1000L));
            assertThat(verifier.inspect(signed).status()).as("round %d (seed %d)", round, SEED).isEqualTo(Status.VALID);

            int payloadLength = zip.length; // the unsigned zip has no comment: its bytes are the payload
            int at = random.nextInt(payloadLength);
            signed[at] ^= (byte) (1 + random.nextInt(255));

            assertThat(verifier.inspect(signed).status()).as("round %d, byte %d of %d", round, at, payloadLength)
                    .isNotEqualTo(Status.VALID);
        }
    }

    private static byte[] randomZip(Random random) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        int count = 1 + random.nextInt(8);
        for (int i = 0; i < count; i++) {
            byte[] content = new byte[random.nextInt(4096)];
            if (random.nextBoolean()) {
                random.nextBytes(content); // incompressible
            } else {
                Arrays.fill(content, (byte) ('a' + random.nextInt(26)));
            }
            entries.put("dir" + random.nextInt(3) + "/file" + i + ".bin", content);
        }
        return TestZips.zip(entries);
    }
}
