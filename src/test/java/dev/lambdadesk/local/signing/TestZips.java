package dev.lambdadesk.local.signing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Builds and reads zips for the signing tests. */
final class TestZips {

    private TestZips() {
    }

    static byte[] zip(Map<String, byte[]> entries) {
        return zip(entries, null);
    }

    /** A zip with the given entries (in order) and, if not null, the given comment. */
    static byte[] zip(Map<String, byte[]> entries, String comment) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            if (comment != null) {
                out.setComment(comment);
            }
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] handlerZip() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("index.py", "def handler(event, context):\n    return 'ok'\n".getBytes(StandardCharsets.UTF_8));
        entries.put("lib/util.py", "VALUE = 42\n".getBytes(StandardCharsets.UTF_8));
        return zip(entries);
    }

    /** Entries and contents as java.util.zip.ZipFile (the central directory) sees them, via a temp file. */
    static Map<String, byte[]> readWithZipFile(byte[] zip, Path dir) throws IOException {
        Path file = Files.createTempFile(dir, "package", ".zip");
        Files.write(file, zip);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zipFile = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> all = zipFile.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                entries.put(entry.getName(), zipFile.getInputStream(entry).readAllBytes());
            }
        }
        return entries;
    }

    static String commentWithZipFile(byte[] zip, Path dir) throws IOException {
        Path file = Files.createTempFile(dir, "package", ".zip");
        Files.write(file, zip);
        try (ZipFile zipFile = new ZipFile(file.toFile())) {
            return zipFile.getComment();
        }
    }

    /** Entries and contents read by streaming the local headers. */
    static Map<String, byte[]> readStreaming(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    /** The zip's comment as text (the signature block is ASCII). */
    static String comment(byte[] zip) {
        ZipEndRecord end = ZipEndRecord.locate(zip).orElseThrow();
        return new String(end.comment(zip), StandardCharsets.ISO_8859_1);
    }

    /** The same zip with another comment. */
    static byte[] withComment(byte[] zip, String comment) {
        ZipEndRecord end = ZipEndRecord.locate(zip).orElseThrow();
        return end.withComment(zip, comment.getBytes(StandardCharsets.ISO_8859_1));
    }
}
