package dev.lambdadesk.local.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The endpoint's durable state: typed rows kept in memory (sorted by key) and made durable by an append-only
 * journal of checksummed JSON lines, fsynced with group commit before a write returns, and compacted now and then
 * into a snapshot that replaces the old files by atomic rename.
 * <p>
 * Crash safety: a torn last line is cut off on open; a snapshot only counts once renamed into place; journals from
 * the snapshot's generation on are replayed. Writes are serialized by one lock; reads never block.
 * <p>
 * Small blobs travel in the journal line of the record that refers to them ({@link Transaction#attach}), so a
 * create costs one fsync; their files are fsynced before a compaction drops those lines and when the store closes
 * (then a {@code $synced} mark tells recovery it has nothing to check).
 */
public final class DurableStore implements AutoCloseable {

    /** Journal size after which the store compacts itself in the background. */
    public static final long DEFAULT_COMPACT_AFTER_BYTES = 32L * 1024 * 1024;

    private static final Logger LOG = Logger.getLogger(DurableStore.class.getName());

    private final StoreFiles files;
    private final ObjectMapper mapper;
    private final JournalCodec codec;
    private final long compactAfterBytes;
    private final BlobStore blobs;
    private final Map<String, JsonNode> recoveredBlobs = new LinkedHashMap<>();
    private final FileChannel lockChannel;
    private final FileLock dirLock;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final ReentrantLock compactionLock = new ReentrantLock();
    private final AtomicBoolean compactionScheduled = new AtomicBoolean();
    private final Map<String, ConcurrentSkipListMap<String, Object>> rows = new ConcurrentHashMap<>();
    private final Map<String, Class<?>> boundTypes = new ConcurrentHashMap<>();
    private Journal journal;
    private volatile IOException failure;
    private volatile Thread compactionThread;
    private volatile boolean closed;

    private DurableStore(StoreFiles files, ObjectMapper mapper, long compactAfterBytes, BlobStore blobs,
                         FileChannel lockChannel, FileLock dirLock) {
        this.files = files;
        this.blobs = blobs;
        this.mapper = mapper;
        this.codec = new JournalCodec(mapper);
        this.compactAfterBytes = compactAfterBytes;
        this.lockChannel = lockChannel;
        this.dirLock = dirLock;
    }

    public static DurableStore open(Path dir, ObjectMapper mapper) throws IOException {
        return open(dir, mapper, DEFAULT_COMPACT_AFTER_BYTES, null);
    }

    /** A store whose transactions may journal the small blobs of {@code blobs}. */
    public static DurableStore open(Path dir, ObjectMapper mapper, BlobStore blobs) throws IOException {
        return open(dir, mapper, DEFAULT_COMPACT_AFTER_BYTES, blobs);
    }

    public static DurableStore open(Path dir, ObjectMapper mapper, long compactAfterBytes) throws IOException {
        return open(dir, mapper, compactAfterBytes, null);
    }

    /**
     * Opens the store in {@code dir}, recovering its state (and rewriting journaled blobs whose files did not reach
     * the disk); fails if another process has it open. {@code blobs} may be null when no transaction attaches one.
     */
    public static DurableStore open(Path dir, ObjectMapper mapper, long compactAfterBytes, BlobStore blobs)
            throws IOException {
        Files.createDirectories(dir);
        FileChannel lockChannel = FileChannel.open(dir.resolve(".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = lockChannel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            lockChannel.close();
            throw new IOException("The data directory " + dir + " is in use by another running endpoint.");
        }
        DurableStore store = new DurableStore(new StoreFiles(dir), mapper, compactAfterBytes, blobs, lockChannel, lock);
        try {
            store.journal = new StoreRecovery(store.files, store.codec, store::applyRaw).recover();
            store.restoreBlobs();
        } catch (IOException | RuntimeException e) {
            lock.release();
            lockChannel.close();
            throw e;
        }
        return store;
    }

    /** The rows of {@code type}; the first call binds the type's stored JSON to its value class. */
    public <T> Table<T> table(RecordType<T> type) {
        bind(type);
        return new Table<>(rowsOf(type.name()), type.valueClass());
    }

    /**
     * Runs {@code work} under the write lock and makes its changes durable before returning its result. If the work
     * throws, nothing is changed and the exception propagates.
     */
    public <R> R write(Function<Transaction, R> work) {
        IOException failed = failure;
        if (failed != null) {
            throw new UncheckedIOException("The store stopped accepting writes after a disk error", failed);
        }
        Journal target;
        long position;
        R result;
        writeLock.lock();
        try {
            Transaction tx = new Transaction(this);
            result = work.apply(tx);
            List<Transaction.Change> changes = tx.changes();
            if (changes.isEmpty()) {
                return result;
            }
            if (blobs == null && changes.stream().anyMatch(Transaction.Change::isBlob)) {
                throw new IllegalStateException("This store was opened without a blob store to journal blobs for");
            }
            byte[] line = codec.encode(changes);
            position = journal.append(line);
            target = journal;
            for (Transaction.Change change : changes) {
                if (!change.isBlob()) {
                    apply(change.type(), change.key(), change.value());
                }
            }
        } catch (IOException e) {
            failure = e;
            throw new UncheckedIOException(e);
        } finally {
            writeLock.unlock();
        }
        awaitDurable(target, position);
        if (target.size() > compactAfterBytes) {
            scheduleCompaction();
        }
        return result;
    }

    /** Runs {@code read} while no write can change the state, so that it sees every table as of one moment. */
    public <R> R readConsistently(Supplier<R> read) {
        writeLock.lock();
        try {
            return read.get();
        } finally {
            writeLock.unlock();
        }
    }

    /** Writes a snapshot of the current state and drops the journals it replaces. */
    public void compact() throws IOException {
        compactionLock.lock();
        try {
            if (closed) {
                return;
            }
            new StoreCompaction(files, codec, mapper).run(writeLock, this::switchJournal, rows,
                    blobs == null ? StoreCompaction.BlobSync.NONE : blobs::unsynced,
                    blobs == null ? ids -> { } : blobs::sync);
        } finally {
            compactionLock.unlock();
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        compactionLock.lock();
        compactionLock.unlock();
        Thread running = compactionThread;
        if (running != null) {
            try {
                running.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        writeLock.lock();
        try {
            markBlobsSynced();
            journal.close();
        } finally {
            writeLock.unlock();
            dirLock.release();
            lockChannel.close();
        }
    }

    <T> void bind(RecordType<T> type) {
        Class<?> previous = boundTypes.putIfAbsent(type.name(), type.valueClass());
        if (previous == null) {
            convertRawRows(type);
        } else if (!previous.equals(type.valueClass())) {
            throw new IllegalStateException("Record type " + type.name() + " is already bound to " + previous);
        }
    }

    /** Replaces the current journal by a new, empty one; the caller holds the write lock. */
    private long switchJournal() throws IOException {
        long next = journal.generation() + 1;
        Journal fresh = Journal.open(files.journal(next), next, 0);
        files.syncDirectory();
        journal.close();
        journal = fresh;
        return next;
    }

    private void scheduleCompaction() {
        if (!compactionScheduled.compareAndSet(false, true)) {
            return;
        }
        Thread thread = Thread.ofVirtual().name("store-compaction").unstarted(() -> {
            try {
                compact();
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "Compacting the store failed; the journal keeps growing until the next try", e);
            } finally {
                compactionScheduled.set(false);
            }
        });
        compactionThread = thread;
        thread.start();
    }

    private void awaitDurable(Journal target, long position) {
        try {
            target.awaitDurable(position);
        } catch (IOException e) {
            failure = e;
            throw new UncheckedIOException(e);
        }
    }

    private <T> void convertRawRows(RecordType<T> type) {
        if (type.valueClass() == JsonNode.class) {
            return;
        }
        writeLock.lock();
        try {
            ConcurrentSkipListMap<String, Object> map = rowsOf(type.name());
            for (Map.Entry<String, Object> row : map.entrySet()) {
                if (row.getValue() instanceof JsonNode raw) {
                    try {
                        map.put(row.getKey(), mapper.treeToValue(raw, type.valueClass()));
                    } catch (IOException | IllegalArgumentException e) {
                        LOG.log(Level.SEVERE, "Dropping unreadable " + type.name() + " record " + row.getKey(), e);
                        map.remove(row.getKey());
                    }
                }
            }
        } finally {
            writeLock.unlock();
        }
    }

    private void applyRaw(JournalCodec.Op op) {
        switch (op.type()) {
            case JournalCodec.BLOB -> recoveredBlobs.put(op.key(), op.value());
            case JournalCodec.SYNCED -> recoveredBlobs.clear();
            default -> apply(op.type(), op.key(), op.value());
        }
    }

    /** After a crash: every blob journaled since the last {@code $synced} mark gets its file checked or rewritten. */
    private void restoreBlobs() throws IOException {
        if (blobs != null) {
            for (Map.Entry<String, JsonNode> blob : recoveredBlobs.entrySet()) {
                blobs.restore(blob.getKey(), blob.getValue().binaryValue());
            }
        }
        recoveredBlobs.clear();
    }

    /** Fsyncs the files of journaled blobs and records that recovery need not check them; under the write lock. */
    private void markBlobsSynced() throws IOException {
        if (blobs == null || failure != null) {
            return;
        }
        Set<String> pending = blobs.unsynced();
        if (!pending.isEmpty()) {
            blobs.sync(pending);
            journal.append(codec.encodeMark(JournalCodec.SYNCED));
        }
    }

    private void apply(String type, String key, Object value) {
        if (value == null) {
            rowsOf(type).remove(key);
        } else {
            rowsOf(type).put(key, value);
        }
    }

    private ConcurrentSkipListMap<String, Object> rowsOf(String type) {
        return rows.computeIfAbsent(type, t -> new ConcurrentSkipListMap<>());
    }
}
