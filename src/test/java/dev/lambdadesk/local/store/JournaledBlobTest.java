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

/** Small blobs travel in the journal line of their record until a pack holds them; recovery puts back the rest. */
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
    void aBlobNotPackedBeforeACrashComesBackFromTheJournalAndIsPackedOnClose() throws IOException {
        byte[] bytes = "the package".getBytes(StandardCharsets.UTF_8);
        String id;
        try (Opened opened = open(dir)) {
            id = commit(opened, "fn", bytes);
            assertThat(opened.blobs.unsynced()).containsExactly(id);
            // The state a kill -9 leaves: the journal line is on disk, no pack holds the blob yet.
            copyTree(dir, crashed);
        }
        try (Opened opened = open(crashed)) {
            assertThat(opened.store.table(CODE).get("fn")).contains(new Code(id));
            assertThat(opened.blobs.read(id)).hasValue(bytes);
            assertThat(opened.blobs.unsynced()).as("only the journal holds it").containsExactly(id);
        }
        assertThat(journalText(crashed)).contains("\"$synced\"");
        assertThat(packs(crashed)).hasSize(1);
        try (Opened opened = open(crashed)) {
            assertThat(opened.blobs.unsynced()).as("nothing to check after a clean close").isEmpty();
            assertThat(opened.blobs.read(id)).as("read from its pack").hasValue(bytes);
        }
    }

    @Test
    void aPackCutShortByACrashIsIgnoredAndItsBlobsComeFromTheJournal() throws IOException {
        byte[] bytes = "half packed".getBytes(StandardCharsets.UTF_8);
        String id;
        try (Opened opened = open(dir)) {
            id = commit(opened, "fn", bytes);
            copyTree(dir, crashed);
        }
        Path leftover = crashed.resolve("blobs").resolve("packs").resolve("pack-cut.pack.tmp");
        Files.createDirectories(leftover.getParent());
        Files.write(leftover, new byte[] {'L', 'D', 'P'});
        try (Opened opened = open(crashed)) {
            assertThat(opened.blobs.read(id)).hasValue(bytes);
            assertThat(leftover).doesNotExist();
        }
    }

    @Test
    void unreferencedPackedBlobsAreDroppedAndAMostlyEmptyPackIsRewritten() throws IOException {
        List<String> ids = new java.util.ArrayList<>();
        try (Opened opened = open(dir)) {
            for (int i = 0; i < 10; i++) {
                ids.add(commit(opened, "fn-" + i, ("package number " + i).getBytes(StandardCharsets.UTF_8)));
            }
        }
        Path before = packs(dir).get(0);
        try (Opened opened = open(dir)) {
            assertThat(opened.blobs.retainOnly(java.util.Set.of(ids.get(3)))).isEqualTo(9);
            assertThat(opened.blobs.read(ids.get(3))).hasValue("package number 3".getBytes(StandardCharsets.UTF_8));
            assertThat(opened.blobs.read(ids.get(4))).isEmpty();
        }
        assertThat(packs(dir)).hasSize(1).doesNotContain(before);
        try (Opened opened = open(dir)) {
            assertThat(opened.blobs.read(ids.get(3))).hasValue("package number 3".getBytes(StandardCharsets.UTF_8));
            assertThat(opened.blobs.contains(ids.get(4))).isFalse();
        }
    }

    @Test
    void compactionSyncsJournaledBlobsBeforeDroppingTheirLines() throws IOException {
        try (Opened opened = open(dir)) {
            String id = commit(opened, "fn", "compacted package".getBytes(StandardCharsets.UTF_8));
            opened.store.compact();
            assertThat(opened.blobs.unsynced()).doesNotContain(id);
            assertThat(journalText(dir)).doesNotContain("$blob");
            assertThat(opened.blobs.read(id)).hasValue("compacted package".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(packs(dir)).hasSize(1);
    }

    @Test
    void theBackgroundPackerWritesABatchSoFewBlobsWaitForCompaction() throws Exception {
        try (Opened opened = open(dir)) {
            for (int i = 0; i <= BlobStore.SYNC_BATCH; i++) {
                commit(opened, "fn-" + i, ("package " + i).getBytes(StandardCharsets.UTF_8));
            }
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (opened.blobs.unsynced().size() >= BlobStore.SYNC_BATCH && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(opened.blobs.unsynced()).hasSizeLessThan(BlobStore.SYNC_BATCH);
            assertThat(packs(dir).size()).as("a file per batch, not one per blob").isLessThan(BlobStore.SYNC_BATCH / 10);
        }
    }

    @Test
    void aLoneBlobIsPackedWithinASecondOrSoWithoutWaitingForABatch() throws Exception {
        try (Opened opened = open(dir)) {
            String id = commit(opened, "fn", "lone package".getBytes(StandardCharsets.UTF_8));
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (!opened.blobs.unsynced().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(opened.blobs.unsynced()).as("packed, no longer held in memory").isEmpty();
            assertThat(packs(dir)).hasSize(1);
            assertThat(opened.blobs.read(id)).hasValue("lone package".getBytes(StandardCharsets.UTF_8));
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

    private static List<Path> packs(Path root) throws IOException {
        try (Stream<Path> files = Files.list(root.resolve("blobs").resolve("packs"))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".pack")).toList();
        }
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
