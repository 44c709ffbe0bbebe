package dev.lambdadesk.local.store;

import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Content-addressed byte blobs (code packages, objects) named by their SHA-256 in hex.
 * <p>
 * Two ways to make one durable: {@link #put} writes and fsyncs its file before returning; {@link #stage} keeps a
 * small blob's bytes for the journal line of the record that refers to it ({@link Transaction#attach}), so that one
 * journal fsync covers record and bytes. Its file is written in the background (reads are served from memory until
 * then) and fsynced there in batches, and in any case before that journal line is dropped (compaction, close);
 * recovery rewrites from the journal any file that did not reach the disk.
 */
public final class BlobStore {

    /** The largest blob {@link #stage} journals; larger ones are fsynced as files at once. */
    public static final int JOURNALED_MAX_BYTES = 256 * 1024;
    /** How many written files may wait for their fsync (compaction would do it; this bounds the bookkeeping). */
    static final int SYNC_BATCH = 1024;

    private static final Logger LOG = Logger.getLogger(BlobStore.class.getName());
    private static final Pattern HEX_SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final BlobFiles files;
    /** Staged blobs whose file is not written yet. */
    private final Map<String, byte[]> unwritten = new ConcurrentHashMap<>();
    /** Staged blobs whose file may not be on disk yet: a journal line holds their bytes. */
    private final Set<String> unsynced = ConcurrentHashMap.newKeySet();
    /** Writes of one blob id take turns, so a durable file is never replaced by one that is not. */
    private final ReentrantLock[] stripes = new ReentrantLock[64];
    private final AtomicBoolean writerScheduled = new AtomicBoolean();

    public BlobStore(Path dir) throws IOException {
        this.files = new BlobFiles(dir);
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
            if (unsynced.contains(id) || !files.exists(id)) {
                files.write(id, bytes, true);
                unwritten.remove(id);
                unsynced.remove(id);
            }
            return id;
        } finally {
            lock.unlock();
        }
    }

    public String put(byte[] bytes) throws IOException {
        return put(bytes, sha256(bytes));
    }

    /**
     * A blob for a record about to be committed: a large one is stored durably at once (as {@link #put}); a small
     * one comes back with its bytes, for the transaction to journal ({@link Transaction#attach}).
     */
    public StagedBlob stage(byte[] bytes, byte[] digest) throws IOException {
        if (bytes.length > JOURNALED_MAX_BYTES) {
            return new StagedBlob(put(bytes, digest), null);
        }
        String id = HexFormat.of().formatHex(digest);
        ReentrantLock lock = lockFor(id);
        lock.lock();
        try {
            if (unsynced.contains(id)) {
                return new StagedBlob(id, bytes);
            }
            if (files.exists(id)) {
                return new StagedBlob(id, null);
            }
            unwritten.put(id, bytes.clone());
            unsynced.add(id);
        } finally {
            lock.unlock();
        }
        scheduleWriter();
        return new StagedBlob(id, bytes);
    }

    public Optional<byte[]> read(String id) throws IOException {
        byte[] pending = unwritten.get(id);
        if (pending != null) {
            return Optional.of(pending.clone());
        }
        return HEX_SHA256.matcher(id).matches() ? files.read(id) : Optional.empty();
    }

    public boolean contains(String id) {
        return HEX_SHA256.matcher(id).matches() && (unwritten.containsKey(id) || files.exists(id));
    }

    /** Deletes every blob (and leftover temporary file) whose id is not in {@code referenced}. */
    public int retainOnly(Set<String> referenced) throws IOException {
        unwritten.keySet().retainAll(referenced);
        int deleted = files.retainOnly(referenced, unsynced::remove);
        if (deleted > 0) {
            LOG.info(() -> "Removed " + deleted + " unreferenced code blobs");
        }
        return deleted;
    }

    /** Recovery found a journaled blob: keeps its file if it holds these bytes, else writes it again durably. */
    void restore(String id, byte[] bytes) throws IOException {
        if (!HEX_SHA256.matcher(id).matches() || !id.equals(HexFormat.of().formatHex(sha256(bytes)))) {
            LOG.severe(() -> "Ignoring a journaled blob whose bytes do not match its id " + id);
            return;
        }
        if (files.read(id).filter(present -> Arrays.equals(present, bytes)).isPresent()) {
            unsynced.add(id);
        } else {
            files.write(id, bytes, true);
            unsynced.remove(id);
        }
    }

    /** The staged blobs whose files may not be on disk yet. */
    Set<String> unsynced() {
        return Set.copyOf(unsynced);
    }

    /**
     * Writes and fsyncs these blobs' files; afterwards their journal lines are no longer needed. (A file, once in
     * place, is only ever replaced by a durable one, so a forced file stays durable.)
     */
    void sync(Set<String> ids) throws IOException {
        for (String id : ids) {
            writeOut(id);
        }
        files.force(ids);
        unsynced.removeAll(ids);
    }

    private void scheduleWriter() {
        if (writerScheduled.compareAndSet(false, true)) {
            Thread.ofVirtual().name("blob-writer").start(this::writeUnwritten);
        }
    }

    /**
     * Writes the files of staged blobs, off the requests' path ({@link #sync} writes any it has not reached), and
     * fsyncs them a batch at a time.
     */
    private void writeUnwritten() {
        do {
            try {
                for (String id : unwritten.keySet()) {
                    writeOut(id);
                }
                if (unsynced.size() >= SYNC_BATCH) {
                    sync(Set.copyOf(unsynced));
                }
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "Writing a blob file failed; it stays in the journal and is tried again", e);
                writerScheduled.set(false);
                return;
            }
            writerScheduled.set(false);
        } while (!unwritten.isEmpty() && writerScheduled.compareAndSet(false, true));
    }

    private void writeOut(String id) throws IOException {
        ReentrantLock lock = lockFor(id);
        lock.lock();
        try {
            byte[] bytes = unwritten.get(id);
            if (bytes != null) {
                files.write(id, bytes, false);
                unwritten.remove(id);
            }
        } finally {
            lock.unlock();
        }
    }

    private ReentrantLock lockFor(String id) {
        return stripes[Math.floorMod(id.hashCode(), stripes.length)];
    }
}
