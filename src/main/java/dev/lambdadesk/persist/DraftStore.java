package dev.lambdadesk.persist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.core.PrivateFiles;

/**
 * The drafts of the app's forms, one JSON file per form under {@code <data dir>/drafts}, written atomically with
 * mode 0600. A damaged draft is set aside with a message, never a crash.
 */
public final class DraftStore {

    private static final Logger LOG = Logger.getLogger(DraftStore.class.getName());
    private static final Pattern FORM_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    /** A saved draft: the form's content and when it was saved. */
    public record Draft(String formId, ObjectNode content, Instant savedAt) {
    }

    private final Path dir;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    public DraftStore(Path dataDir, Clock clock) {
        this.dir = dataDir.resolve("drafts");
        this.clock = clock;
    }

    private Path fileOf(String formId) {
        if (!FORM_ID.matcher(formId).matches()) {
            throw new IllegalArgumentException("Not a form id: " + formId);
        }
        return dir.resolve(formId + ".json");
    }

    public void save(String formId, ObjectNode content) throws IOException {
        ObjectNode envelope = json.createObjectNode();
        envelope.put("formId", formId);
        envelope.put("savedAt", clock.instant().toString());
        envelope.set("content", content);
        PrivateFiles.writeAtomically(fileOf(formId), json.writerWithDefaultPrettyPrinter().writeValueAsBytes(envelope));
    }

    public LoadResult<Draft> load(String formId) {
        Path file = fileOf(formId);
        if (!Files.isRegularFile(file)) {
            return LoadResult.absent();
        }
        try {
            JsonNode root = json.readTree(file.toFile());
            JsonNode content = root == null ? null : root.get("content");
            if (content == null || !content.isObject()) {
                throw new IOException("no content object");
            }
            Instant savedAt = Instant.parse(root.path("savedAt").asText());
            return LoadResult.of(new Draft(formId, (ObjectNode) content, savedAt));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Draft " + file + " cannot be read; setting it aside", e);
            return LoadResult.setAside(setAside(file, "The saved draft of this form was damaged"));
        }
    }

    public void discard(String formId) throws IOException {
        Files.deleteIfExists(fileOf(formId));
    }

    /** The ids of the forms that have a draft. */
    public List<String> formsWithDrafts() {
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> files = Files.list(dir)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - ".json".length()))
                    .filter(id -> FORM_ID.matcher(id).matches()).sorted().forEach(out::add);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot list drafts in " + dir, e);
        }
        return out;
    }

    private String setAside(Path file, String what) {
        try {
            Path aside = PrivateFiles.setAside(file, clock);
            return what + " and was set aside as " + aside.getFileName() + "; the form starts empty.";
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot set aside " + file, e);
            return what + " and could not be set aside; the form starts empty.";
        }
    }
}
