package dev.lambdadesk.local.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Content-addressed byte blobs under {@code dir/<first two hex chars>/<sha-256 hex>}. A blob is written to a
 * temporary file and renamed into place, so a reader never sees a partial file.
 * <p>
 * Two ways to make one durable: {@link #put} fsyncs the file (and its directory) before returning; {@link #stage}
 * writes a small blob without fsync and hands back its bytes, which go into the same journal line as the record that
 * refers to it ({@link Transaction#attach}). One journal fsync then covers record and bytes; the file is fsynced
 * later, before that journal line is dropped (compaction, close), and recovery rewrites it from the journal if it
 * did not reach the disk.
 */
public final class BlobStore {

    /** The largest blob {@link #stage} journals; larger ones are fsynced as files at once. */
    public static final int JOURNALED_MAX_BYTES = 256 * 1024;

    private static final Logger LOG = Logger.getLogger(BlobStore.class.getName());
    private static final Pattern HEX_SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Path dir;
    /** Blobs whose file may not be on disk yet: their bytes are in a journal line. */
    private final Set<String> unsynced = ConcurrentHashMap.newKeySet();
    /** Writes of one blob id take turns, so a durable file is never replaced by one that is not. */
    private final ReentrantLock[] stripes = new ReentrantLock[64];

    public BlobStore(Path dir) throws IOException {
        this.dir = Files.createDirectories(dir);
        Arrays.setAll(stripes, i -> new ReentrantLock());
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
        ReentrantLock lock = lockFor(id);
        lock.lock();
        try {
            if (!Files.exists(path(id)) || unsynced.contains(id)) {
                write(id, bytes, true);
                unsynced.remove(id);
            }
            return id;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Writes a blob for a record about to be committed: a large one durably (as {@link #put}), a small one without
     * fsync, returning its bytes so that the transaction journals them ({@link Transaction#attach}).
     */
    public StagedBlob stage(byte[] bytes, byte[] digest) throws IOException {
        if (bytes.length > JOURNALED_MAX_BYTES) {
            return new StagedBlob(put(bytes, digest), null);
        }
        String id = HexFormat.of().formatHex(digest);
        ReentrantLock lock = lockFor(id);
        lock.lock();
        try {
            boolean exists = Files.exists(path(id));
            if (exists && !unsynced.contains(id)) {
                return new StagedBlob(id, null);
            }
            if (!exists) {
                write(id, bytes, false);
                unsynced.add(id);
            }
            return new StagedBlob(id, bytes);
        } finally {
            lock.unlock();
        }
    }

    /** Recovery found a journaled blob: keeps the file if it holds these bytes, else writes it again durably. */
    void restore(String id, byte[] bytes) throws IOException {
        if (!HEX_SHA256.matcher(id).matches() || !id.equals(HexFormat.of().formatHex(sha256(bytes)))) {
            LOG.severe(() -> "Ignoring a journaled blob whose bytes do not match its id " + id);
            return;
        }
        Optional<byte[]> present = read(id);
        if (present.isPresent() && Arrays.equals(present.get(), bytes)) {
            unsynced.add(id);
        } else {
            write(id, bytes, true);
            unsynced.remove(id);
        }
    }

    /** The blobs whose files may still be only in the OS cache. */
    Set<String> unsynced() {
        return Set.copyOf(unsynced);
    }

    /**
     * Fsyncs these blobs' files and directories; afterwards their journal lines are no longer needed. (A file, once
     * in place, is only ever replaced by a durable one, so a forced file stays durable.)
     */
    void sync(Set<String> ids) throws IOException {
        Set<Path> folders = new HashSet<>();
        for (String id : ids) {
            Path file = path(id);
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.force(true);
                folders.add(file.getParent());
            } catch (NoSuchFileException e) {
                // Collected as unreferenced meanwhile: nothing to keep.
            }
        }
        for (Path folder : folders) {
            syncDirectory(folder);
        }
        syncDirectory(dir);
        unsynced.removeAll(ids);
    }

    /** Writes through a temporary file and an atomic rename (which replaces a file whose bytes may be lost). */
    private void write(String id, byte[] bytes, boolean durable) throws IOException {
        Path target = path(id);
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
            if (durable) {
                channel.force(true);
            }
        }
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        if (durable) {
            syncDirectory(folder);
        }
    }

    private ReentrantLock lockFor(String id) {
        return stripes[Math.floorMod(id.hashCode(), stripes.length)];
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
                    unsynced.remove(name);
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
