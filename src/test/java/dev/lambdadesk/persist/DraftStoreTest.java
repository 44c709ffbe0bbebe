package dev.lambdadesk.persist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lambdadesk.testing.ManualClock;
import dev.lambdadesk.testing.ManualScheduler;

class DraftStoreTest {

    @TempDir
    Path dataDir;

    private final ManualClock clock = new ManualClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final ObjectMapper json = new ObjectMapper();

    private ObjectNode form(String name) {
        return json.createObjectNode().put("FunctionName", name).put("MemorySize", 256);
    }

    @Test
    void aSavedDraftComesBackWithItsTimeAndOnlyItsOwnerCanReadIt() throws Exception {
        DraftStore store = new DraftStore(dataDir, clock);
        store.save("create-function", form("orders"));

        DraftStore reopened = new DraftStore(dataDir, clock);
        DraftStore.Draft draft = reopened.load("create-function").value().orElseThrow();

        assertThat(draft.content().get("FunctionName").asText()).isEqualTo("orders");
        assertThat(draft.savedAt()).isEqualTo(clock.instant());
        assertThat(reopened.formsWithDrafts()).containsExactly("create-function");
        Path file = dataDir.resolve("drafts/create-function.json");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
                .isEqualTo("rwx------");
    }

    @Test
    void aDamagedDraftIsSetAsideWithAMessageNotACrash() throws Exception {
        DraftStore store = new DraftStore(dataDir, clock);
        store.save("create-function", form("orders"));
        Path file = dataDir.resolve("drafts/create-function.json");
        Files.writeString(file, "{\"formId\":\"create-function\",\"content\":{\"Functi");

        LoadResult<DraftStore.Draft> result = store.load("create-function");

        assertThat(result.value()).isEmpty();
        assertThat(result.problem()).get().asString().contains("damaged").contains("set aside");
        assertThat(file).doesNotExist();
        try (var files = Files.list(file.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .anyMatch(n -> n.startsWith("create-function.json.corrupt-"));
        }
        assertThat(store.load("create-function").problem()).isEmpty();
    }

    @Test
    void formIdsCannotEscapeTheDraftsFolder() {
        DraftStore store = new DraftStore(dataDir, clock);
        assertThatThrownBy(() -> store.save("../settings", form("x"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theAutosaverWritesOnceAfterTypingStopsAndNotBefore() throws Exception {
        DraftStore store = new DraftStore(dataDir, clock);
        ManualScheduler scheduler = new ManualScheduler(clock);
        List<String> failures = new ArrayList<>();
        DraftAutosaver saver = new DraftAutosaver(store, scheduler, Duration.ofMillis(400), failures::add);
        AtomicInteger snapshots = new AtomicInteger();

        for (String typed : List.of("o", "or", "ord", "orde", "orders")) {
            saver.changed("create-function", () -> {
                snapshots.incrementAndGet();
                return form(typed);
            });
            scheduler.advance(Duration.ofMillis(100));
        }
        assertThat(store.load("create-function").value()).as("still typing").isEmpty();

        scheduler.advance(Duration.ofMillis(400));

        assertThat(snapshots.get()).isEqualTo(1);
        assertThat(store.load("create-function").value().orElseThrow().content().get("FunctionName").asText())
                .isEqualTo("orders");
        assertThat(failures).isEmpty();
    }

    @Test
    void discardingDropsAPendingSaveAndTheStoredDraft() throws Exception {
        DraftStore store = new DraftStore(dataDir, clock);
        ManualScheduler scheduler = new ManualScheduler(clock);
        DraftAutosaver saver = new DraftAutosaver(store, scheduler, Duration.ofMillis(400), m -> { });
        store.save("create-function", form("old"));

        saver.changed("create-function", () -> form("new"));
        saver.discard("create-function");
        scheduler.advance(Duration.ofSeconds(1));

        assertThat(store.load("create-function").value()).isEmpty();
    }
}
