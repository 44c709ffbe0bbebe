package dev.lambdadesk.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.lambdadesk.core.Operation;

/** The 50 MB limit of a directly uploaded package, measured from the base64 text without decoding it. */
class ZipPackageLimitTest {

    /** Base64 of exactly 52428800 bytes is 69905068 characters, the last one padding. */
    private static final int BASE64_OF_50_MB = 69_905_068;

    @Test
    void fiftyMegabytesPassAndOneByteMoreIsAnswered413() {
        String exactly = "UEsD" + "A".repeat(BASE64_OF_50_MB - 5) + "=";
        String oneMore = "UEsD" + "A".repeat(BASE64_OF_50_MB - 4);
        Operation op = Operation.UPDATE_FUNCTION_CODE;

        ObjectNode ok = Fixtures.valid(op).set("ZipFile", TextNode.valueOf(exactly));
        assertThat(Fixtures.validate(op, ok)).isEmpty();

        ObjectNode tooLarge = Fixtures.valid(op).set("ZipFile", TextNode.valueOf(oneMore));
        var violations = Fixtures.validate(op, tooLarge);
        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("ZipFile");
            assertThat(v.message()).contains("at most 50 MB").contains("S3Bucket and S3Key");
        });
        assertThat(AwsErrors.toAwsError(violations)).contains(new AwsError("RequestEntityTooLargeException", 413,
                "Zipped size must be smaller than 52428800 bytes"));
    }

    @Test
    void lineBreaksInBase64AreIgnored() {
        Base64Scan scan = Base64Scan.of("UEsD\r\nBA==");

        assertThat(scan).isEqualTo(new Base64Scan(true, 4, true));
    }

    @ParameterizedTest
    @CsvSource({"UEsDBA==, true, 4, true", "UEsDBA, false, 0, false",
            "ZmFrZQ==, true, 4, false", "'', true, 0, false", "AB=C, false, 0, false", "A===, false, 0, false",
            "QQ==, true, 1, false"})
    void base64IsMeasuredWithoutDecoding(String text, boolean valid, long bytes, boolean zip) {
        Base64Scan scan = Base64Scan.of(text);

        assertThat(scan.valid()).isEqualTo(valid);
        assertThat(scan.decodedLength()).isEqualTo(bytes);
        assertThat(scan.zipSignature()).isEqualTo(zip);
    }
}
