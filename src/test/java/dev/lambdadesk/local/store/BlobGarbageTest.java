package dev.lambdadesk.local.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lambdadesk.local.http.Json;

/** While the endpoint runs, the blob packer drops the blobs no record refers to, and never one about to be. */
class BlobGarbageTest {

    record Code(String blob) {
    }

    private static final RecordType<Code> CODE = RecordType.of("test.code", Code.class);
    private static final ObjectMapper MAPPER = Json.newMapper();

    @TempDir
    Path dir;
    private BlobStore blobs;
    private DurableStore store;

    @BeforeEach
    void open() throws IOException {
        blobs = new BlobStore(dir.resolve("blobs"));
        store = DurableStore.open(dir.resolve("store"), MAPPER, blobs);
        Table<Code> codes = store.table(CODE);
        blobs.collectGarbageWith(() -> store.readConsistently(
                () -> codes.all().values().stream().map(Code::blob).collect(Collectors.toSet())));
    }

    @AfterEach
    void close() throws IOException {
        store.close();
    }

    @Test
    void blobsOfDeletedRecordsAreDroppedAndTheRestStayReadable() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ids.add(commit("fn-" + i, bytes("package " + i)));
        }
        for (int i = 0; i < 15; i++) {
            String key = "fn-" + i;
            store.write(tx -> {
                tx.delete(CODE, key);
                return null;
            });
        }

        awaitTrue(() -> unreadable(ids.get(0)) && unreadable(ids.get(14)), "deleted records' blobs dropped");

        for (int i = 15; i < 20; i++) {
            assertThat(blobs.read(ids.get(i))).hasValue(bytes("package " + i));
        }
        store.close();
        store = DurableStore.open(dir.resolve("store"), MAPPER, blobs = new BlobStore(dir.resolve("blobs")));
        Table<Code> codes = store.table(CODE);
        blobs.retainOnly(codes.all().values().stream().map(Code::blob).collect(Collectors.toSet())); // as on start
        assertThat(blobs.read(ids.get(19))).as("after a restart").hasValue(bytes("package 19"));
        assertThat(blobs.contains(ids.get(3))).isFalse();
    }

    @Test
    void aBlobStagedButNotYetCommittedSurvivesCollections() throws Exception {
        String witness = commit("witness", bytes("to be deleted"));
        store.write(tx -> {
            tx.delete(CODE, "witness");
            return null;
        });
        collect();
        StagedBlob pending = blobs.stage(bytes("in flight"), BlobStore.sha256(bytes("in flight")));
        collect();
        collect();
        assertThat(unreadable(witness)).as("unreferenced and staged three collections ago: dropped").isTrue();
        assertThat(blobs.read(pending.id())).as("staged two collections ago, not referenced yet")
                .hasValue(bytes("in flight"));

        store.write(tx -> {
            tx.put(CODE, "late", new Code(pending.id()));
            tx.attach(pending);
            return null;
        });
        collect();
        collect();
        assertThat(blobs.read(pending.id())).as("referenced now").hasValue(bytes("in flight"));
    }

    @Test
    void aDeletedBlobStagedAgainIsKeptForItsNewRecord() throws Exception {
        byte[] code = bytes("the same package twice");
        commit("first", code);
        store.write(tx -> {
            tx.delete(CODE, "first");
            return null;
        });
        String again = commit("second", code);
        for (int i = 0; i < 4; i++) {
            collect();
        }
        assertThat(blobs.read(again)).hasValue(code);
    }

    private void collect() throws IOException {
        Table<Code> codes = store.table(CODE);
        blobs.collectGarbage(() -> store.readConsistently(
                () -> codes.all().values().stream().map(Code::blob).collect(Collectors.toSet())));
    }

    private boolean unreadable(String id) {
        try {
            return blobs.read(id).isEmpty();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String commit(String key, byte[] bytes) throws IOException {
        StagedBlob blob = blobs.stage(bytes, BlobStore.sha256(bytes));
        store.write(tx -> {
            tx.put(CODE, key, new Code(blob.id()));
            tx.attach(blob);
            return null;
        });
        return blob.id();
    }

    private void awaitTrue(BooleanSupplier condition, String what) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            // Each staged blob schedules a pack (and, a second after the last collection, a collection).
            commit("tick", bytes("tick " + System.nanoTime()));
            Thread.sleep(200);
        }
        assertThat(condition.getAsBoolean()).as(what).isTrue();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
