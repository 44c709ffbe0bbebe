package dev.lambdadesk.local;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import software.amazon.awssdk.core.SdkBytes;

/** Deployment packages for tests. */
final class TestZips {

    private TestZips() {
    }

    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] handler(String body) {
        return zip(Map.of("app.py", ("def handler(event, context):\n    return " + body + "\n")
                .getBytes(StandardCharsets.UTF_8)));
    }

    /** A distinct small package per name (so each create writes its own blob). */
    static SdkBytes zipOf(String name) {
        return SdkBytes.fromByteArray(handler("'" + name + "'"));
    }

    static SdkBytes hello() {
        return SdkBytes.fromByteArray(handler("'hello'"));
    }
}
