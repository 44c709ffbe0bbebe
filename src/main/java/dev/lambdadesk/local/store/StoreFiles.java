package dev.lambdadesk.local.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Names and lists the store's files: {@code journal-<gen>.log} and {@code snapshot-<gen>.jsonl}. */
final class StoreFiles {

    private static final Pattern JOURNAL = Pattern.compile("journal-(\\d{10})\\.log");
    private static final Pattern SNAPSHOT = Pattern.compile("snapshot-(\\d{10})\\.jsonl");

    private final Path dir;

    StoreFiles(Path dir) {
        this.dir = dir;
    }

    Path dir() {
        return dir;
    }

    Path journal(long generation) {
        return dir.resolve(String.format(Locale.ROOT, "journal-%010d.log", generation));
    }

    /** The snapshot of the state before {@code journal(generation)}. */
    Path snapshot(long generation) {
        return dir.resolve(String.format(Locale.ROOT, "snapshot-%010d.jsonl", generation));
    }

    Path snapshotInProgress(long generation) {
        return dir.resolve(String.format(Locale.ROOT, "snapshot-%010d.tmp", generation));
    }

    List<Long> journalGenerations() throws IOException {
        return generations(JOURNAL);
    }

    List<Long> snapshotGenerations() throws IOException {
        return generations(SNAPSHOT);
    }

    /** Makes creations, renames and deletions in the directory durable (a no-op where the OS cannot). */
    void syncDirectory() {
        syncDirectory(dir);
    }

    /** Makes creations, renames and deletions in {@code folder} durable (a no-op where the OS cannot). */
    static void syncDirectory(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Some platforms cannot open a directory; their rename is durable enough for our purpose.
        }
    }

    private List<Long> generations(Pattern pattern) throws IOException {
        List<Long> result = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.forEach(file -> {
                Matcher m = pattern.matcher(file.getFileName().toString());
                if (m.matches()) {
                    result.add(Long.parseLong(m.group(1)));
                }
            });
        }
        result.sort(null);
        return result;
    }
}
