package dev.lambdadesk.local.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lambdadesk.local.http.Json;

/** The journal and snapshots survive restarts, torn writes and compaction. */
class DurableStoreTest {

    record Item(String name, int size) {
    }

    private static final RecordType<Item> ITEMS = RecordType.of("test.item", Item.class);
    private static final ObjectMapper MAPPER = Json.newMapper();

    @TempDir
    Path dir;

    private static void put(DurableStore store, String key, int size) {
        store.write(tx -> {
            tx.put(ITEMS, key, new Item(key, size));
            return null;
        });
    }

    @Test
    void writesSurviveAReopen() throws IOException {
        try (DurableStore store = DurableStore.open(dir, MAPPER)) {
            put(store, "a", 1);
            put(store, "b", 2);
            store.write(tx -> {
                tx.delete(ITEMS, "a");
                tx.put(ITEMS, "c", new Item("c", 3));
                return null;
            });
        }
        try (DurableStore store = DurableStore.open(dir, MAPPER)) {
            assertThat(store.table(ITEMS).all()).containsOnlyKeys("b", "c");
            assertThat(store.table(ITEMS).get("c")).contains(new Item("c", 3));
        }
    }

    @Test
    void failedWorkChangesNothing() throws IOException {
        try (DurableStore store = DurableStore.open(dir, MAPPER)) {
            put(store, "kept", 1);
            assertThatThrownBy(() -> store.write(tx -> {
                tx.put(ITEMS, "lost", new Item("lost", 0));
                throw new IllegalStateException("refused");
            })).hasMessage("refused");
            assertThat(store.table(ITEMS).all()).containsOnlyKeys("kept");
        }
    }

    @Test
    void tornLastRecordIsCutOffAndAppendsContinueAfterIt() throws IOException {
        try (DurableStore store = DurableStore.open(dir, MAPPER)) {
            put(store, "whole", 1);
        }
        Path journal = onlyJournal();
        Files.write(journal, "1234abcd {\"ops\":[{\"t\":\"test.item\",\"k\":\"torn\"".getBytes(StandardCharsets.UTF_8),
                StandardOpenOption.APPEND);
        try (DurableStore store = DurableStore.open(dir, MAPPER)) {
            assertThat(store.table(ITEMS).all()).containsOnlyKeys("whole");
            put(store, "after", 2);
        }
        try (DurableStore store = DurableStore.open(dir, MAPPER)) {
            assertThat(store.table(ITEMS).all()).containsOnlyKeys("whole", "after");
        }
    }

    @Test
    void damagedRecordInTheMiddleIsSkipped() throws IOException {
        try (DurableStore store = DurableStore.open(dir, MAPPER)) {
            put(store, "first", 1);
            put(store, "second", 2);
            put(store, "third", 3);
        }
        Path journal = onlyJournal();
        String text = Files.readString(journal);
        Files.writeString(journal, text.replace("\"second\",\"size\":2", "\"second\",\"size\":9"));
        try (DurableStore store = DurableStore.open(dir, MAPPER)) {
            assertThat(store.table(ITEMS).all()).containsOnlyKeys("first", "third");
        }
    }

    @Test
    void compactionReplacesJournalsWithASnapshot() throws IOException {
        try (DurableStore store = DurableStore.open(dir, MAPPER, 1024)) {
            for (int i = 0; i < 200; i++) {
                put(store, "k" + (i % 50), i);
            }
            store.compact();
            put(store, "after-compaction", 7);
        }
        assertThat(names()).anyMatch(n -> n.startsWith("snapshot-")).noneMatch(n -> n.endsWith(".tmp"));
        try (DurableStore store = DurableStore.open(dir, MAPPER)) {
            assertThat(store.table(ITEMS).size()).isEqualTo(51);
            assertThat(store.table(ITEMS).get("k49")).contains(new Item("k49", 199));
            assertThat(store.table(ITEMS).get("after-compaction")).isPresent();
        }
    }

    @Test
    void unfinishedSnapshotIsIgnored() throws IOException {
        try (DurableStore store = DurableStore.open(dir, MAPPER)) {
            put(store, "real", 1);
        }
        Files.writeString(dir.resolve("snapshot-0000000002.tmp"), "garbage that was never renamed");
        try (DurableStore store = DurableStore.open(dir, MAPPER)) {
            assertThat(store.table(ITEMS).all()).containsOnlyKeys("real");
        }
        assertThat(names()).noneMatch(n -> n.endsWith(".tmp"));
    }

    @Test
    void concurrentWritersAreAllDurable() throws Exception {
        try (DurableStore store = DurableStore.open(dir, MAPPER);
             ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<?>> writes = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                writes.add(pool.submit(() -> {
                    for (int i = 0; i < 100; i++) {
                        put(store, thread + "-" + i, i);
                    }
                }));
            }
            for (Future<?> write : writes) {
                write.get();
            }
        }
        try (DurableStore store = DurableStore.open(dir, MAPPER)) {
            assertThat(store.table(ITEMS).size()).isEqualTo(800);
        }
    }

    @Test
    void compactsInTheBackgroundWhileWritersContinue() throws Exception {
        try (DurableStore store = DurableStore.open(dir, MAPPER, 4096);
             ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<?>> writes = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                writes.add(pool.submit(() -> {
                    for (int i = 0; i < 300; i++) {
                        put(store, thread + "-" + (i % 40), i);
                    }
                }));
            }
            for (Future<?> write : writes) {
                write.get();
            }
        }
        assertThat(names()).anyMatch(n -> n.startsWith("snapshot-"));
        assertThat(names().stream().filter(n -> n.startsWith("journal-"))).hasSizeLessThanOrEqualTo(2);
        try (DurableStore store = DurableStore.open(dir, MAPPER)) {
            assertThat(store.table(ITEMS).size()).isEqualTo(160);
            assertThat(store.table(ITEMS).get("3-39")).contains(new Item("3-39", 279));
        }
    }

    @Test
    void aSecondProcessCannotOpenTheSameDirectory() throws IOException {
        try (DurableStore store = DurableStore.open(dir, MAPPER)) {
            assertThatThrownBy(() -> DurableStore.open(dir, MAPPER)).isInstanceOf(IOException.class)
                    .hasMessageContaining("in use");
        }
    }

    @Test
    void blobsAreContentAddressedAndUnreferencedOnesAreCollected() throws IOException {
        BlobStore blobs = new BlobStore(dir.resolve("blobs"));
        String kept = blobs.put("kept".getBytes(StandardCharsets.UTF_8));
        String dropped = blobs.put("dropped".getBytes(StandardCharsets.UTF_8));

        assertThat(blobs.put("kept".getBytes(StandardCharsets.UTF_8))).isEqualTo(kept);
        assertThat(kept).matches("[0-9a-f]{64}");
        assertThat(blobs.retainOnly(Set.of(kept))).isEqualTo(1);
        assertThat(blobs.read(kept)).hasValueSatisfying(b -> assertThat(new String(b, StandardCharsets.UTF_8))
                .isEqualTo("kept"));
        assertThat(blobs.contains(dropped)).isFalse();
        assertThat(blobs.read("../../etc/passwd")).isEmpty();
    }

    private Path onlyJournal() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith("journal-")).findFirst().orElseThrow();
        }
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
