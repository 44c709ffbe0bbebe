package dev.lambdadesk.local.store;

import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Content-addressed byte blobs (code packages, objects) named by their SHA-256 in hex.
 * <p>
 * Two ways to make one durable: {@link #put} writes and fsyncs a file of its own before returning; {@link #stage}
 * keeps a small blob's bytes for the journal line of the record that refers to it ({@link Transaction#attach}), so
 * that one journal fsync covers record and bytes. Staged blobs are served from memory until they are packed: many to
 * one file with one fsync ({@link BlobPacks}), in the background a second after the first of them was staged (at
 * once when a batch has gathered), and in any case before the journal lines holding them are dropped (compaction,
 * close). Recovery puts any that were not packed yet back
 * from the journal.
 */
public final class BlobStore {

    /** The largest blob {@link #stage} journals; larger ones are fsynced as files at once. */
    public static final int JOURNALED_MAX_BYTES = 256 * 1024;
    /** How many staged blobs gather before the background packer writes them out. */
    static final int SYNC_BATCH = 1024;
    /** How many staged bytes gather (held in memory) before the background packer writes them out. */
    static final long SYNC_BATCH_BYTES = 4L * 1024 * 1024;
    /** How long a staged blob waits, at most, for the packer when no batch gathers. */
    static final long PACK_DELAY_MILLIS = 1000;
    /** The packer looks for blobs nothing refers to any more after this many packs, or a second after the last look. */
    static final int COLLECT_EVERY_PACKS = 8;
    private static final long COLLECT_MIN_INTERVAL_NANOS = 1_000_000_000L;

    private static final Logger LOG = Logger.getLogger(BlobStore.class.getName());
    private static final Pattern HEX_SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final String PACKS = "packs";

    private final BlobFiles files;
    private final BlobPacks packs;
    private final Path packDir;
    /** Staged blobs not packed yet, with their bytes: a journal line holds them until then. */
    private final Map<String, byte[]> unsynced = new ConcurrentHashMap<>();
    private final AtomicLong unsyncedBytes = new AtomicLong();
    /** Staging, packing and putting one blob id take turns, so a blob is never dropped while it is being written. */
    private final ReentrantLock[] stripes = new ReentrantLock[64];
    private final ReentrantLock syncLock = new ReentrantLock();
    private final ScheduledThreadPoolExecutor packer;
    private final AtomicBoolean packSoonScheduled = new AtomicBoolean();
    private final AtomicBoolean packNowScheduled = new AtomicBoolean();
    private final AtomicBoolean settlingScheduled = new AtomicBoolean();
    private volatile Supplier<Set<String>> referencedSource;
    /**
     * Ids staged or put since the last garbage collections began, newest first: a blob a request staged but has not
     * committed yet is not referenced by any record, and these keep it.
     */
    private final Deque<Set<String>> recentlyStaged = new ConcurrentLinkedDeque<>(List.of(
            ConcurrentHashMap.newKeySet(), ConcurrentHashMap.newKeySet(), ConcurrentHashMap.newKeySet()));
    private int packsSinceCollection;
    private long lastCollection = System.nanoTime();

    public BlobStore(Path dir) throws IOException {
        this.files = new BlobFiles(dir);
        this.packDir = dir.resolve(PACKS);
        this.packs = new BlobPacks(packDir);
        Arrays.setAll(stripes, i -> new ReentrantLock());
        this.packer = new ScheduledThreadPoolExecutor(1, r -> Thread.ofPlatform().daemon().name("blob-packer")
                .unstarted(r));
        packer.setKeepAliveTime(5, TimeUnit.SECONDS);
        packer.allowCoreThreadTimeOut(true);
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
            recentlyStaged.peekFirst().add(id);
            if (!packs.contains(id) && (unsynced.containsKey(id) || !files.exists(id))) {
                files.write(id, bytes, true);
                forget(id);
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
            recentlyStaged.peekFirst().add(id);
            if (unsynced.containsKey(id)) {
                return new StagedBlob(id, bytes);
            }
            if (packs.contains(id) || files.exists(id)) {
                return new StagedBlob(id, null);
            }
            unsynced.put(id, bytes.clone());
            unsyncedBytes.addAndGet(bytes.length);
        } finally {
            lock.unlock();
        }
        schedulePack(unsynced.size() >= SYNC_BATCH || unsyncedBytes.get() >= SYNC_BATCH_BYTES);
        return new StagedBlob(id, bytes);
    }

    public Optional<byte[]> read(String id) throws IOException {
        byte[] pending = unsynced.get(id);
        if (pending != null) {
            return Optional.of(pending.clone());
        }
        if (!HEX_SHA256.matcher(id).matches()) {
            return Optional.empty();
        }
        Optional<byte[]> packed = packs.read(id);
        return packed.isPresent() ? packed : files.read(id);
    }

    public boolean contains(String id) {
        return HEX_SHA256.matcher(id).matches() && (unsynced.containsKey(id) || packs.contains(id) || files.exists(id));
    }

    /** Deletes every blob (and leftover temporary file) whose id is not in {@code referenced}. */
    public int retainOnly(Set<String> referenced) throws IOException {
        syncLock.lock();
        try {
            unsynced.keySet().retainAll(referenced);
            unsyncedBytes.set(unsynced.values().stream().mapToLong(b -> b.length).sum());
            int deleted = files.retainOnly(referenced, packDir) + packs.retainOnly(referenced);
            if (deleted > 0) {
                LOG.info(() -> "Removed " + deleted + " unreferenced code blobs");
            }
            return deleted;
        } finally {
            syncLock.unlock();
        }
    }

    /** Recovery found a journaled blob: unless a pack holds it already, it waits (in memory) for the next pack. */
    void restore(String id, byte[] bytes) {
        if (!HEX_SHA256.matcher(id).matches() || !id.equals(HexFormat.of().formatHex(sha256(bytes)))) {
            LOG.severe(() -> "Ignoring a journaled blob whose bytes do not match its id " + id);
            return;
        }
        if (!packs.contains(id) && unsynced.putIfAbsent(id, bytes) == null) {
            unsyncedBytes.addAndGet(bytes.length);
        }
    }

    /** The staged blobs that only journal lines hold so far. */
    Set<String> unsynced() {
        return Set.copyOf(unsynced.keySet());
    }

    /** Packs these staged blobs durably; afterwards their journal lines are no longer needed. */
    void sync(Set<String> ids) throws IOException {
        syncLock.lock();
        try {
            Map<String, byte[]> batch = new HashMap<>();
            for (String id : ids) {
                byte[] bytes = unsynced.get(id);
                if (bytes != null) {
                    batch.put(id, bytes);
                }
            }
            packs.write(batch);
            for (String id : batch.keySet()) {
                forget(id);
            }
        } finally {
            syncLock.unlock();
        }
    }

    private void forget(String id) {
        byte[] removed = unsynced.remove(id);
        if (removed != null) {
            unsyncedBytes.addAndGet(-removed.length);
        }
    }

    /**
     * Lets the background packer drop blobs that no record refers to any more (code of deleted functions, replaced
     * objects), so that neither the index nor the packs grow with them. {@code referenced} must list the blob ids of
     * the committed records as of one moment (read under the store's write lock).
     */
    public void collectGarbageWith(Supplier<Set<String>> referenced) {
        this.referencedSource = referenced;
    }

    private void schedulePack(boolean now) {
        AtomicBoolean scheduled = now ? packNowScheduled : packSoonScheduled;
        if (scheduled.compareAndSet(false, true)) {
            packer.schedule(() -> {
                scheduled.set(false);
                try {
                    sync(unsynced());
                    collectGarbageIfDue();
                } catch (IOException | RuntimeException e) {
                    LOG.log(Level.WARNING, "Packing blobs failed; they stay in the journal and are tried again", e);
                }
            }, now ? 0 : PACK_DELAY_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /** On the packer's thread, after a pack. */
    private void collectGarbageIfDue() throws IOException {
        Supplier<Set<String>> source = referencedSource;
        packsSinceCollection++;
        if (source == null || (packsSinceCollection < COLLECT_EVERY_PACKS
                && System.nanoTime() - lastCollection < COLLECT_MIN_INTERVAL_NANOS)) {
            return;
        }
        packsSinceCollection = 0;
        lastCollection = System.nanoTime();
        collectGarbage(source);
        scheduleSettling(source);
    }

    /**
     * Once requests stop, collects a few more times a second apart until no recently staged id is remembered, so an
     * idle endpoint holds nothing for the requests that ended.
     */
    private void scheduleSettling(Supplier<Set<String>> source) {
        if (settlingScheduled.compareAndSet(false, true)) {
            packer.schedule(() -> {
                settlingScheduled.set(false);
                if (recentlyStaged.stream().allMatch(Set::isEmpty)) {
                    return;
                }
                try {
                    collectGarbage(source);
                } catch (IOException | RuntimeException e) {
                    LOG.log(Level.WARNING, "Looking for unreferenced blobs failed", e);
                }
                scheduleSettling(source);
            }, PACK_DELAY_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /** Drops the blobs that neither {@code source} lists nor a request staged during the last three collections. */
    void collectGarbage(Supplier<Set<String>> source) throws IOException {
        recentlyStaged.addFirst(ConcurrentHashMap.newKeySet());
        recentlyStaged.removeLast();
        Set<String> keep = source.get(); // takes the store's write lock: never while holding syncLock (close syncs)
        syncLock.lock();
        try {
            Set<String> candidates = new HashSet<>(packs.ids());
            candidates.addAll(unsynced.keySet());
            candidates.removeAll(keep);
            int dropped = 0;
            for (String id : candidates) {
                ReentrantLock lock = lockFor(id);
                lock.lock();
                try {
                    if (recentlyStaged.stream().noneMatch(ids -> ids.contains(id))) {
                        packs.forget(id);
                        forget(id);
                        dropped++;
                    }
                } finally {
                    lock.unlock();
                }
            }
            if (dropped > 0) {
                packs.rewriteSparse();
            }
        } finally {
            syncLock.unlock();
        }
    }

    private ReentrantLock lockFor(String id) {
        return stripes[Math.floorMod(id.hashCode(), stripes.length)];
    }
}
