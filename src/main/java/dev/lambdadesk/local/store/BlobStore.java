package dev.lambdadesk.local.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Content-addressed byte blobs under {@code dir/<first two hex chars>/<sha-256 hex>}. A blob is written to a
 * temporary file, fsynced and renamed into place before {@link #put} returns, so a record referring to it can be
 * committed afterwards without ever pointing at a partial file.
 */
public final class BlobStore {

    private static final Logger LOG = Logger.getLogger(BlobStore.class.getName());
    private static final Pattern HEX_SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Path dir;

    public BlobStore(Path dir) throws IOException {
        this.dir = Files.createDirectories(dir);
    }

    /** The SHA-256 digest of {@code bytes}. */
    public static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    /** Stores {@code bytes} (whose SHA-256 is {@code digest}) durably and returns its hex id. */
    public String put(byte[] bytes, byte[] digest) throws IOException {
        String id = HexFormat.of().formatHex(digest);
        Path target = path(id);
        if (Files.exists(target)) {
            return id;
        }
        Path folder = target.getParent();
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder);
            syncDirectory(dir);
        }
        Path temporary = folder.resolve(id + "." + UUID.randomUUID() + ".tmp");
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            Files.deleteIfExists(temporary);
        }
        syncDirectory(folder);
        return id;
    }

    public String put(byte[] bytes) throws IOException {
        return put(bytes, sha256(bytes));
    }

    public Optional<byte[]> read(String id) throws IOException {
        if (!contains(id)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(path(id)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    public boolean contains(String id) {
        return HEX_SHA256.matcher(id).matches() && Files.exists(path(id));
    }

    /** Deletes every blob (and leftover temporary file) whose id is not in {@code referenced}. */
    public int retainOnly(Set<String> referenced) throws IOException {
        int deleted = 0;
        try (Stream<Path> files = Files.walk(dir, 2)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (!referenced.contains(name)) {
                    Files.deleteIfExists(file);
                    deleted++;
                }
            }
        }
        if (deleted > 0) {
            int count = deleted;
            LOG.info(() -> "Removed " + count + " unreferenced code blobs");
        }
        return deleted;
    }

    private Path path(String id) {
        return dir.resolve(id.substring(0, 2)).resolve(id);
    }

    private static void syncDirectory(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not every platform can sync a directory.
        }
    }
}
