package dev.lambdadesk.local.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lambdadesk.local.signing.SignatureInspection.Status;
import dev.lambdadesk.local.signing.SigningRefusedException.Reason;

class ZipSignerTest {

    static final String PROFILE_VERSION_ARN =
            "arn:aws:signer:us-east-1:000000000000:/signing-profiles/Team_A/B1oks0DM6r";
    static final String JOB_ARN =
            "arn:aws:signer:us-east-1:000000000000:/signing-jobs/5b5544c6-0851-443b-91c6-4e26a73cf51f";
    static final Instant SIGNED_AT = Instant.parse("2025-03-01T10:15:30.123Z");
    static final Instant EXPIRES_AT = Instant.parse("2025-03-02T10:15:30.123Z");

    private static final SigningKeyMaterial KEY = SigningKeyMaterial.generate(PROFILE_VERSION_ARN);

    private final ZipSigner signer = new ZipSigner();
    private final SignedZipVerifier verifier = new SignedZipVerifier(
            arn -> arn.equals(PROFILE_VERSION_ARN) ? Optional.of(KEY.publicKey()) : Optional.empty());

    @TempDir
    Path tempDir;

    private byte[] sign(byte[] zip) throws SigningRefusedException {
        return signer.sign(zip, KEY, "Team_A", JOB_ARN, SIGNED_AT, EXPIRES_AT);
    }

    @Test
    void signedZipVerifiesWithEveryFieldOfTheBlock() throws Exception {
        SignatureInspection inspection = verifier.inspect(sign(TestZips.handlerZip()));

        assertThat(inspection.status()).isEqualTo(Status.VALID);
        SignatureBlock block = inspection.signatureBlock().orElseThrow();
        assertThat(block.algorithm()).isEqualTo("ECDSA_P384_SHA384");
        assertThat(block.profileVersionArn()).isEqualTo(PROFILE_VERSION_ARN);
        assertThat(block.profileName()).isEqualTo("Team_A");
        assertThat(block.jobArn()).isEqualTo(JOB_ARN);
        assertThat(block.signedAt()).isEqualTo(SIGNED_AT);
        assertThat(block.expiresAt()).isEqualTo(EXPIRES_AT);
    }

    @Test
    void signedZipOpensWithTheSameEntriesAndContents() throws Exception {
        byte[] original = TestZips.handlerZip();
        byte[] signed = sign(original);

        Map<String, byte[]> expected = TestZips.readWithZipFile(original, tempDir);
        Map<String, byte[]> viaCentralDirectory = TestZips.readWithZipFile(signed, tempDir);
        assertThat(viaCentralDirectory.keySet()).containsExactly("index.py", "lib/util.py");
        expected.forEach((name, content) -> assertThat(viaCentralDirectory.get(name)).isEqualTo(content));
        Map<String, byte[]> streamed = TestZips.readStreaming(signed);
        expected.forEach((name, content) -> assertThat(streamed.get(name)).isEqualTo(content));
        assertThat(TestZips.commentWithZipFile(signed, tempDir)).startsWith(SignatureBlockCodec.MAGIC);
    }

    @Test
    void signedZipPassesTheUnzipTool() throws Exception {
        assumeThat(onPath("unzip")).as("unzip installed").isTrue();
        Path file = tempDir.resolve("signed.zip");
        Files.write(file, sign(TestZips.handlerZip()));

        Process unzip = new ProcessBuilder("unzip", "-t", file.toString()).redirectErrorStream(true).start();
        String output = new String(unzip.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(unzip.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(unzip.exitValue()).as(output).isZero();
        assertThat(output).contains("No errors detected").doesNotContain("warning");
    }

    @Test
    void signingOnlyAppendsTheCommentAndSetsItsLength() throws Exception {
        byte[] original = TestZips.handlerZip();
        byte[] signed = sign(original);

        int commentLength = signed.length - original.length;
        assertThat(Arrays.copyOf(signed, original.length - 2)).isEqualTo(Arrays.copyOf(original, original.length - 2));
        assertThat(ZipEndRecord.shortAt(signed, original.length - 2)).isEqualTo(commentLength);
        assertThat(TestZips.comment(signed)).startsWith(SignatureBlockCodec.MAGIC);
    }

    @Test
    void anEarlierCommentIsReplacedBySignatureBlock() throws Exception {
        byte[] commented = TestZips.zip(Map.of("app.js", "exports.handler = 1;".getBytes(StandardCharsets.UTF_8)),
                "built by the release pipeline");

        byte[] signed = sign(commented);

        assertThat(TestZips.comment(signed)).startsWith(SignatureBlockCodec.MAGIC)
                .doesNotContain("built by the release pipeline");
        assertThat(verifier.inspect(signed).status()).isEqualTo(Status.VALID);
        assertThat(TestZips.readWithZipFile(signed, tempDir)).containsOnlyKeys("app.js");
    }

    @Test
    void zip64ArchivesAreSignedAndStillOpen() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < 0xFFFF; i++) {
            entries.put("f" + i, new byte[0]);
        }
        byte[] zip64 = TestZips.zip(entries);
        assertThat(ZipEndRecord.shortAt(zip64, zip64.length - 22 + 10)).as("ZIP64 marker count").isEqualTo(0xFFFF);
        assertThat(ZipEndRecord.intAt(zip64, zip64.length - 22 - 20)).as("ZIP64 locator").isEqualTo(0x07064b50);

        byte[] signed = sign(zip64);

        assertThat(verifier.inspect(signed).status()).isEqualTo(Status.VALID);
        assertThat(TestZips.readWithZipFile(signed, tempDir)).hasSize(0xFFFF);
    }

    @Test
    void emptyFileIsRefused() {
        assertRefused(new byte[0], Reason.EMPTY, "empty");
    }

    @Test
    void fileThatIsNotAZipIsRefused() {
        assertRefused("just some text, not an archive".getBytes(StandardCharsets.UTF_8), Reason.NOT_A_ZIP,
                "not a zip");
    }

    @Test
    void zipWithADamagedCentralDirectoryIsRefused() {
        byte[] zip = TestZips.handlerZip();
        int end = ZipEndRecord.locate(zip).orElseThrow().offset();
        long directorySize = Integer.toUnsignedLong(ZipEndRecord.intAt(zip, end + 12));
        zip[(int) (end - directorySize)] ^= 0x7F; // first central header's signature

        assertRefused(zip, Reason.NOT_A_ZIP, "malformed");
    }

    @Test
    void zipWhoseEndRecordCountsTooManyEntriesIsRefused() {
        byte[] zip = TestZips.handlerZip();
        int end = ZipEndRecord.locate(zip).orElseThrow().offset();
        zip[end + 10] = 3;

        assertRefused(zip, Reason.NOT_A_ZIP, "announces 3");
    }

    @Test
    void alreadySignedZipIsRefused() throws Exception {
        assertRefused(sign(TestZips.handlerZip()), Reason.ALREADY_SIGNED, "already has a signature");
    }

    @Test
    void zipWithNoEntriesIsRefused() {
        assertRefused(TestZips.zip(Map.of()), Reason.NO_ENTRIES, "no entries");
    }

    @Test
    void checkSignableRefusesWhatSignRefuses() {
        assertThatThrownBy(() -> ZipSigner.checkSignable(new byte[0])).isInstanceOf(SigningRefusedException.class);
    }

    private void assertRefused(byte[] zip, Reason reason, String messagePart) {
        assertThatThrownBy(() -> sign(zip)).isInstanceOfSatisfying(SigningRefusedException.class, e -> {
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.getMessage()).startsWith("Signing failed: ").contains(messagePart);
        });
    }

    private static boolean onPath(String tool) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }
}
