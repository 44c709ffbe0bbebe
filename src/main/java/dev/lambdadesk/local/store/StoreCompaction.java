package dev.lambdadesk.local.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.locks.Lock;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes the state as it was when a new journal began into {@code snapshot-<gen>.jsonl} (via a temporary file,
 * fsync and atomic rename), then deletes the files it replaces. Writers continue in the new journal meanwhile.
 */
final class StoreCompaction {

    /** Starts a new journal and returns its generation; called with the write lock held. */
    @FunctionalInterface
    interface JournalSwitch {
        long switchJournal() throws IOException;
    }

    /** The blobs whose bytes are only safe in the journals so far; read with the write lock held. */
    @FunctionalInterface
    interface BlobSync {
        BlobSync NONE = Set::of;

        Set<String> unsynced();
    }

    /** Makes blobs durable as files. */
    @FunctionalInterface
    interface BlobFlush {
        void sync(Set<String> ids) throws IOException;
    }

    private record Row(String type, String key, Object value) {
    }

    private final StoreFiles files;
    private final JournalCodec codec;
    private final ObjectMapper mapper;

    StoreCompaction(StoreFiles files, JournalCodec codec, ObjectMapper mapper) {
        this.files = files;
        this.codec = codec;
        this.mapper = mapper;
    }

    /** Snapshots {@code rows}; journaled blobs are fsynced as files before the journals holding them are dropped. */
    void run(Lock writeLock, JournalSwitch journalSwitch, Map<String, ConcurrentSkipListMap<String, Object>> rows,
             BlobSync journaledBlobs, BlobFlush flush) throws IOException {
        long generation;
        Set<String> blobs;
        List<Row> copy = new ArrayList<>();
        writeLock.lock();
        try {
            generation = journalSwitch.switchJournal();
            blobs = journaledBlobs.unsynced();
            rows.forEach((type, table) -> table.forEach((key, value) -> copy.add(new Row(type, key, value))));
        } finally {
            writeLock.unlock();
        }
        Path temporary = files.snapshotInProgress(generation);
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
             OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
            for (Row row : copy) {
                out.write(codec.encodePut(row.type(), row.key(), mapper.valueToTree(row.value())));
            }
            out.flush();
            channel.force(true);
        }
        flush.sync(blobs);
        Files.move(temporary, files.snapshot(generation), StandardCopyOption.ATOMIC_MOVE);
        files.syncDirectory();
        StoreRecovery.deleteOlderThan(files, generation);
    }
}
