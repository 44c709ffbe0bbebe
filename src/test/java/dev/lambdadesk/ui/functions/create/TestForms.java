package dev.lambdadesk.ui.functions.create;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Helpers for filling the Create function form in tests. */
final class TestForms {

    static final String ROLE = "arn:aws:iam::000000000000:role/lambda-basic-execution";

    private TestForms() {
    }

    /** A small but real .zip package with an index.js. */
    static Path zip(Path dir) throws IOException {
        Path file = dir.resolve("function.zip");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("index.js"));
            zip.write("exports.handler = async () => ({ statusCode: 200 });\n".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }

    /** Fills what a valid Zip function needs: name, role and a package. */
    static void fillValid(CreateFunctionViewModel form, String name, Path zip) {
        form.basics().functionNameProperty().set(name);
        form.permissions().roleProperty().set(ROLE);
        form.code().chooseZip(zip);
    }
}
