package dev.lambdadesk.local;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** What the placeholders of the recorded cases stand for: the role, packages of given sizes, saved values. */
final class RecordedValues {

    private final String role;
    private final byte[] zip = TestZips.hello().asByteArray();
    private final Map<String, String> saved = new ConcurrentHashMap<>();

    RecordedValues(String role) {
        this.role = role;
    }

    void save(String name, String value) {
        saved.put(name, value);
    }

    /** The bytes or text a placeholder stands for, or null when the value is not a placeholder. */
    Object resolve(String value) {
        if (value.startsWith("${") && value.endsWith("}")) {
            return saved.get(value.substring(2, value.length() - 1));
        }
        int colon = value.indexOf(':');
        String name = colon < 0 ? value : value.substring(0, colon);
        String argument = colon < 0 ? "" : value.substring(colon + 1);
        return switch (name) {
            case "$ROLE" -> role;
            case "$ZIP" -> zip;
            case "$ZIP_SHA256" -> Base64.getEncoder().encodeToString(sha256(zip));
            case "$TEXT" -> argument;
            case "$TEXT_OF" -> "#".repeat(Integer.parseInt(argument));
            case "$ZIP_STORED" -> zipOf(Integer.parseInt(argument), ZipEntry.STORED);
            case "$ZIP_UNZIPS_TO" -> zipOf(Integer.parseInt(argument), ZipEntry.DEFLATED);
            default -> null;
        };
    }

    /** A package with one handler file of {@code size} bytes, stored as it is or deflated. */
    private static byte[] zipOf(int size, int method) {
        byte[] content = new byte[size];
        Arrays.fill(content, (byte) '#');
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(method == ZipEntry.STORED ? size + 1024 : 1 << 20);
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            ZipEntry entry = new ZipEntry("handler.py");
            entry.setMethod(method);
            if (method == ZipEntry.STORED) {
                CRC32 crc = new CRC32();
                crc.update(content);
                entry.setSize(size);
                entry.setCompressedSize(size);
                entry.setCrc(crc.getValue());
            }
            out.putNextEntry(entry);
            out.write(content);
            out.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
