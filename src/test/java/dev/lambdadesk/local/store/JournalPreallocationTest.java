package dev.lambdadesk.local.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lambdadesk.local.http.Json;

/** The journal is zero-filled ahead of its appends; recovery reads the zeros as its end, a clean close cuts them. */
class JournalPreallocationTest {

    record Item(int value) {
    }

    private static final RecordType<Item> ITEMS = RecordType.of("test.item", Item.class);
    private static final ObjectMapper MAPPER = Json.newMapper();

    @TempDir
    Path dir;
    @TempDir
    Path crashed;

    @Test
    void aJournalLeftWithItsZeroFilledSpaceLoadsWithoutWarningsAndTakesMoreAppends() throws IOException {
        try (DurableStore store = DurableStore.open(dir, MAPPER)) {
            put(store, "a", 1);
            put(store, "b", 2);
            assertThat(Files.size(journal(dir))).as("space ahead of the appends")
                    .isGreaterThanOrEqualTo(Journal.PREALLOCATE_BYTES);
            copyFiles(dir, crashed);
        }
        assertThat(Files.size(journal(dir))).as("cut at close").isLessThan(1024);

        List<LogRecord> warnings = new ArrayList<>();
        Handler recorder = recorder(warnings);
        Logger logger = Logger.getLogger(StoreRecovery.class.getName());
        logger.addHandler(recorder);
        try (DurableStore store = DurableStore.open(crashed, MAPPER)) {
            assertThat(store.table(ITEMS).all()).containsOnlyKeys("a", "b");
            put(store, "c", 3);
        } finally {
            logger.removeHandler(recorder);
        }
        assertThat(warnings).isEmpty();
        try (DurableStore store = DurableStore.open(crashed, MAPPER)) {
            assertThat(store.table(ITEMS).all()).containsOnlyKeys("a", "b", "c");
        }
    }

    @Test
    void appendsLargerThanThePreallocatedSpaceGrowIt() throws IOException {
        try (DurableStore store = DurableStore.open(dir, MAPPER)) {
            for (int i = 0; i < 3; i++) {
                int value = i;
                store.write(tx -> {
                    for (int k = 0; k < 40_000; k++) {
                        tx.put(ITEMS, value + "-" + k, new Item(k));
                    }
                    return null;
                });
            }
        }
        try (DurableStore store = DurableStore.open(dir, MAPPER)) {
            assertThat(store.table(ITEMS).size()).isEqualTo(120_000);
        }
    }

    private static void put(DurableStore store, String key, int value) {
        store.write(tx -> {
            tx.put(ITEMS, key, new Item(value));
            return null;
        });
    }

    private static Handler recorder(List<LogRecord> records) {
        return new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    records.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
    }

    private static Path journal(Path store) throws IOException {
        try (Stream<Path> files = Files.list(store)) {
            return files.filter(p -> p.getFileName().toString().startsWith("journal-")).findFirst().orElseThrow();
        }
    }

    private static void copyFiles(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName().toString()));
            }
        }
    }
}
