package dev.lambdadesk.ui.sam;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.persist.DraftStore;

/**
 * What the SAM applications section remembers between runs: the recent templates, and per template the stack name,
 * the bucket and the signing profile chosen for each function and layer (as {@code sam deploy --guided} keeps them
 * in samconfig.toml). Kept with the drafts (mode 0600); a damaged file is set aside, never a crash.
 */
final class SamMemory {

    static final String ID = "sam-applications";
    private static final Logger LOG = Logger.getLogger(SamMemory.class.getName());
    private static final int RECENT = 8;

    private final DraftStore store;
    private final ObjectNode content;

    SamMemory(DraftStore store) {
        this.store = store;
        this.content = store.load(ID).value().map(DraftStore.Draft::content)
                .orElseGet(JsonNodeFactory.instance::objectNode);
    }

    /** The recent templates, the latest first. */
    List<Path> recent() {
        List<Path> out = new ArrayList<>();
        content.path("recent").forEach(p -> out.add(Path.of(p.asText())));
        return out;
    }

    /** Puts {@code file} first among the recent templates. */
    void opened(Path file) {
        List<Path> recent = recent();
        recent.remove(file);
        recent.addFirst(file);
        var array = content.putArray("recent");
        recent.stream().limit(RECENT).forEach(p -> array.add(p.toString()));
        save();
    }

    /** The signing profile chosen for each function and layer of {@code file}. */
    Map<String, String> profiles(Path file) {
        Map<String, String> out = new LinkedHashMap<>();
        of(file).path("signingProfiles").properties().forEach(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }

    String value(Path file, String name) {
        return of(file).path(name).asText("");
    }

    void remember(Path file, String name, String value) {
        ObjectNode template = templateNode(file);
        if (!template.path(name).asText("").equals(value)) {
            template.put(name, value);
            save();
        }
    }

    void rememberProfile(Path file, String logicalId, String profile) {
        ObjectNode profiles = templateNode(file).withObjectProperty("signingProfiles");
        if (!profiles.path(logicalId).asText("").equals(profile)) {
            profiles.put(logicalId, profile);
            save();
        }
    }

    private JsonNode of(Path file) {
        return content.path("templates").path(file.toString());
    }

    private ObjectNode templateNode(Path file) {
        return content.withObjectProperty("templates").withObjectProperty(file.toString());
    }

    private void save() {
        try {
            store.save(ID, content);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot remember the SAM applications section's choices", e);
        }
    }
}
