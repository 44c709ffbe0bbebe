package dev.lambdadesk.ui.functions.create;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;

/**
 * A .zip file read for upload: its path, size and content as base64 (the form CLI input JSON carries it in).
 * Reading a package is slow for big files; do it off the UI thread.
 */
public record ZipPackage(Path path, long size, String base64) {

    /** Reads and encodes {@code path}. Blocking. */
    public static ZipPackage read(Path path) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        return new ZipPackage(path, bytes.length, Base64.getEncoder().encodeToString(bytes));
    }

    /** Decodes a package given as base64 into a file of its own, readable by its owner only. Blocking. */
    public static ZipPackage fromBase64(String base64) throws IOException {
        byte[] bytes = java.util.Base64.getDecoder().decode(base64.trim());
        Path file;
        try {
            file = Files.createTempFile("lambdadesk-import-", ".zip", java.nio.file.attribute.PosixFilePermissions
                    .asFileAttribute(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            file = Files.createTempFile("lambdadesk-import-", ".zip");
        }
        Files.write(file, bytes);
        file.toFile().deleteOnExit();
        return new ZipPackage(file, bytes.length, Base64.getEncoder().encodeToString(bytes));
    }

    /** "function.zip · 1.2 MB". */
    public String summary() {
        return path.getFileName() + " · " + sizeText(size);
    }

    /** "812 bytes", "14.2 KB", "3.4 MB". */
    public static String sizeText(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
