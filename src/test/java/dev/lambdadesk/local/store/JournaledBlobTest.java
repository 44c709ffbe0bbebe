package dev.lambdadesk.local.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lambdadesk.local.http.Json;

/** Small blobs travel in the journal line of their record; their files are checked and rewritten on recovery. */
class JournaledBlobTest {

    record Code(String blob) {
    }

    private static final RecordType<Code> CODE = RecordType.of("test.code", Code.class);
    private static final ObjectMapper MAPPER = Json.newMapper();

    @TempDir
    Path dir;
    @TempDir
    Path crashed;

    @Test
    void aBlobWhoseFileNeverReachedTheDiskIsRewrittenFromTheJournal() throws IOException {
        byte[] bytes = "the package".getBytes(StandardCharsets.UTF_8);
        String id;
        try (Opened opened = open(dir)) {
            id = commit(opened, "fn", bytes);
            // The state a power loss leaves: the journal line is on disk, the blob file only half written.
            copyTree(dir, crashed);
        }
        Files.createDirectories(blobFile(crashed, id).getParent());
        Files.write(blobFile(crashed, id), new byte[3]);

        try (Opened opened = open(crashed)) {
            assertThat(opened.store.table(CODE).get("fn")).contains(new Code(id));
            assertThat(opened.blobs.read(id)).hasValue(bytes);
            assertThat(opened.blobs.unsynced()).as("rewritten durably").doesNotContain(id);
        }
    }

    @Test
    void aBlobFileThatSurvivedTheCrashIsKeptAndSyncedOnClose() throws Exception {
        byte[] bytes = "kept package".getBytes(StandardCharsets.UTF_8);
        String id;
        try (Opened opened = open(dir)) {
            id = commit(opened, "fn", bytes);
            assertThat(opened.blobs.unsynced()).containsExactly(id);
            awaitFile(blobFile(dir, id));
            copyTree(dir, crashed);
        }
        try (Opened opened = open(crashed)) {
            assertThat(opened.blobs.read(id)).hasValue(bytes);
            assertThat(opened.blobs.unsynced()).as("its file may still be in the OS cache only").contains(id);
        }
        assertThat(journalText(crashed)).contains("\"$synced\"");
        try (Opened opened = open(crashed)) {
            assertThat(opened.blobs.unsynced()).as("nothing to check after a clean close").isEmpty();
        }
    }

    @Test
    void compactionSyncsJournaledBlobsBeforeDroppingTheirLines() throws IOException {
        try (Opened opened = open(dir)) {
            String id = commit(opened, "fn", "compacted package".getBytes(StandardCharsets.UTF_8));
            opened.store.compact();
            assertThat(opened.blobs.unsynced()).doesNotContain(id);
            assertThat(journalText(dir)).doesNotContain("$blob");
        }
    }

    @Test
    void theBackgroundWriterSyncsInBatchesSoFewBlobsWaitForCompaction() throws Exception {
        try (Opened opened = open(dir)) {
            for (int i = 0; i <= BlobStore.SYNC_BATCH; i++) {
                commit(opened, "fn-" + i, ("package " + i).getBytes(StandardCharsets.UTF_8));
            }
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (opened.blobs.unsynced().size() >= BlobStore.SYNC_BATCH && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(opened.blobs.unsynced()).hasSizeLessThan(BlobStore.SYNC_BATCH);
        }
    }

    @Test
    void largeBlobsAndBlobsAlreadyOnDiskAreNotJournaled() throws IOException {
        byte[] large = new byte[BlobStore.JOURNALED_MAX_BYTES + 1];
        byte[] small = "small".getBytes(StandardCharsets.UTF_8);
        try (Opened opened = open(dir)) {
            opened.blobs.put(small);
            commit(opened, "large", large);
            commit(opened, "again", small);
            assertThat(opened.blobs.unsynced()).isEmpty();
            assertThat(journalText(dir)).doesNotContain("$blob");
        }
    }

    private record Opened(DurableStore store, BlobStore blobs) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            store.close();
        }
    }

    private static Opened open(Path root) throws IOException {
        BlobStore blobs = new BlobStore(root.resolve("blobs"));
        return new Opened(DurableStore.open(root.resolve("store"), MAPPER, blobs), blobs);
    }

    private static String commit(Opened opened, String key, byte[] bytes) throws IOException {
        StagedBlob blob = opened.blobs.stage(bytes, BlobStore.sha256(bytes));
        opened.store.write(tx -> {
            tx.put(CODE, key, new Code(blob.id()));
            tx.attach(blob);
            return null;
        });
        return blob.id();
    }

    /** The file of a staged blob is written in the background. */
    private static void awaitFile(Path file) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!Files.exists(file) && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(file).exists();
    }

    private static Path blobFile(Path root, String id) {
        return root.resolve("blobs").resolve(id.substring(0, 2)).resolve(id);
    }

    private static String journalText(Path root) throws IOException {
        try (Stream<Path> files = Files.list(root.resolve("store"))) {
            StringBuilder text = new StringBuilder();
            for (Path journal : files.filter(p -> p.getFileName().toString().startsWith("journal-")).toList()) {
                text.append(Files.readString(journal));
            }
            return text.toString();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            List<Path> all = paths.sorted(Comparator.naturalOrder()).toList();
            for (Path source : all) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
