package dev.lambdadesk.ui.signing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small real deployment packages on disk, as a person would pick them. */
public final class PackageZips {

    private PackageZips() {
    }

    /** Writes {@code name} into {@code dir}: a zip with a Python handler. */
    public static Path python(Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("app.py"));
            zip.write("def handler(event, context):\n    return 'ok'\n".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }
}
