package dev.lambdadesk.sam;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Deployment packages made the same way every time: entries sorted by path, one fixed timestamp, no directory
 * entries, so the same files give the same bytes and the same SHA-256.
 */
public final class Zips {

    /** 1980-01-01 00:00, the earliest time a zip entry can hold, written as DOS time (no time zone). */
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    private Zips() {
    }

    /** The package of a folder (recursively) or, for a .zip/.jar file, the file's bytes as they are. */
    public static byte[] packageOf(Path path) throws IOException {
        if (Files.isRegularFile(path)) {
            return Files.readAllBytes(path);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(path)) {
            files = walk.filter(Files::isRegularFile)
                    .sorted((a, b) -> entryName(path, a).compareTo(entryName(path, b))).toList();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Path file : files) {
                ZipEntry entry = new ZipEntry(entryName(path, file));
                entry.setTimeLocal(FIXED_TIME);
                zip.putNextEntry(entry);
                Files.copy(file, zip);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** A package of one file holding source text written in the template. */
    public static byte[] inline(String source, String fileName) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            ZipEntry entry = new ZipEntry(fileName);
            entry.setTimeLocal(FIXED_TIME);
            zip.putNextEntry(entry);
            zip.write(source.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory failed", e);
        }
        return bytes.toByteArray();
    }

    /** The file name CloudFormation gives inline code: index.py, index.js, or index for other runtimes. */
    public static String inlineFileName(String runtime) {
        return runtime.startsWith("python") ? "index.py" : runtime.startsWith("nodejs") ? "index.js" : "index";
    }

    public static boolean isArchive(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".zip") || name.endsWith(".jar");
    }

    public static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(digest("SHA-256", bytes));
    }

    /** SHA-256 as Lambda reports CodeSha256: base64. */
    public static String sha256Base64(byte[] bytes) {
        return java.util.Base64.getEncoder().encodeToString(digest("SHA-256", bytes));
    }

    /** MD5 in hex, the object key {@code sam package} gives a package. */
    public static String md5Hex(byte[] bytes) {
        return HexFormat.of().formatHex(digest("MD5", bytes));
    }

    private static byte[] digest(String algorithm, byte[] bytes) {
        try {
            return MessageDigest.getInstance(algorithm).digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has " + algorithm, e);
        }
    }

    private static String entryName(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
