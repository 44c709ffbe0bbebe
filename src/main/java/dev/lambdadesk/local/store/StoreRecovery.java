package dev.lambdadesk.local.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Logger;
import java.util.stream.Stream;

/** Rebuilds the state from the newest whole snapshot and the journals after it, cutting off a torn last line. */
final class StoreRecovery {

    private static final Logger LOG = Logger.getLogger(StoreRecovery.class.getName());

    private final StoreFiles files;
    private final JournalCodec codec;
    private final Consumer<JournalCodec.Op> apply;

    StoreRecovery(StoreFiles files, JournalCodec codec, Consumer<JournalCodec.Op> apply) {
        this.files = files;
        this.codec = codec;
        this.apply = apply;
    }

    /** Replays everything and returns the journal to append to. */
    Journal recover() throws IOException {
        deleteUnfinishedSnapshots();
        List<Long> snapshots = files.snapshotGenerations();
        long base = snapshots.isEmpty() ? 0 : snapshots.get(snapshots.size() - 1);
        if (base > 0) {
            replay(files.snapshot(base));
        }
        List<Long> journals = files.journalGenerations().stream().filter(g -> g >= base).toList();
        long current = journals.isEmpty() ? Math.max(base, 1) : journals.get(journals.size() - 1);
        long validLength = 0;
        for (long generation : journals) {
            long valid = replay(files.journal(generation));
            if (generation == current) {
                validLength = valid;
            }
        }
        Journal journal = Journal.open(files.journal(current), current, validLength);
        files.syncDirectory();
        deleteOlderThan(base);
        return journal;
    }

    /** Deletes snapshots and journals that a snapshot of {@code generation} replaces. */
    static void deleteOlderThan(StoreFiles files, long generation) throws IOException {
        for (long g : files.snapshotGenerations()) {
            if (g < generation) {
                Files.deleteIfExists(files.snapshot(g));
            }
        }
        for (long g : files.journalGenerations()) {
            if (g < generation) {
                Files.deleteIfExists(files.journal(g));
            }
        }
        files.syncDirectory();
    }

    private void deleteOlderThan(long base) throws IOException {
        if (base > 0) {
            deleteOlderThan(files, base);
        }
    }

    /** Applies every whole line of {@code file}; returns the length up to which the file is whole. */
    private long replay(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int position = 0;
        long valid = 0;
        while (position < bytes.length) {
            if (bytes[position] == 0) {
                // The zero-filled space ahead of a journal's appends: its end.
                warnIfNotZero(file, bytes, position);
                break;
            }
            int newline = indexOf(bytes, position);
            if (newline < 0) {
                LOG.warning(() -> "Ignoring a torn last record in " + file.getFileName());
                break;
            }
            Optional<List<JournalCodec.Op>> ops = codec.decode(bytes, position, newline);
            if (ops.isPresent()) {
                ops.get().forEach(apply);
                valid = newline + 1L;
            } else if (newline == bytes.length - 1) {
                LOG.warning(() -> "Ignoring a torn last record in " + file.getFileName());
                break;
            } else {
                int at = position;
                LOG.severe(() -> "Skipping a damaged record at byte " + at + " of " + file.getFileName());
                valid = newline + 1L;
            }
            position = newline + 1;
        }
        return valid;
    }

    private void deleteUnfinishedSnapshots() throws IOException {
        try (Stream<Path> entries = Files.list(files.dir())) {
            for (Path entry : entries.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList()) {
                Files.deleteIfExists(entry);
            }
        }
    }

    /** Bytes after the journal's end were written but never acknowledged (their fsync did not finish). */
    private static void warnIfNotZero(Path file, byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] != 0) {
                LOG.warning(() -> "Ignoring unacknowledged bytes after the end of " + file.getFileName());
                return;
            }
        }
    }

    private static int indexOf(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
