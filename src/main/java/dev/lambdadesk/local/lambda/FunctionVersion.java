package dev.lambdadesk.local.lambda;

import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One version of a function ($LATEST or a published number) as stored: its configuration members (without the
 * state members, which depend on time) and the timestamps that drive its state. Immutable; it keeps the JSON of its
 * list item once rendered, since listings render the same versions again and again.
 */
final class FunctionVersion {

    private final ObjectNode config;
    private final String codeBlob;
    private final String imageUri;
    private final long readyAt;
    private final long updatingUntil;
    private volatile byte[] listItem;

    /**
     * @param config        the FunctionConfiguration members; treated as immutable once stored
     * @param codeBlob      the hex SHA-256 id of the zip in the blob store, or null for an image
     * @param imageUri      the container image, or null for a zip
     * @param readyAt       epoch millis from which State is Active (Pending before)
     * @param updatingUntil epoch millis until which LastUpdateStatus is InProgress (0 when no update ran)
     */
    @JsonCreator
    FunctionVersion(@JsonProperty("config") ObjectNode config, @JsonProperty("codeBlob") String codeBlob,
                    @JsonProperty("imageUri") String imageUri, @JsonProperty("readyAt") long readyAt,
                    @JsonProperty("updatingUntil") long updatingUntil) {
        this.config = config;
        this.codeBlob = codeBlob;
        this.imageUri = imageUri;
        this.readyAt = readyAt;
        this.updatingUntil = updatingUntil;
    }

    @JsonProperty("config")
    ObjectNode config() {
        return config;
    }

    @JsonProperty("codeBlob")
    String codeBlob() {
        return codeBlob;
    }

    @JsonProperty("imageUri")
    String imageUri() {
        return imageUri;
    }

    @JsonProperty("readyAt")
    long readyAt() {
        return readyAt;
    }

    @JsonProperty("updatingUntil")
    long updatingUntil() {
        return updatingUntil;
    }

    String text(String member) {
        return config.path(member).asText(null);
    }

    boolean pendingAt(long now) {
        return now < readyAt;
    }

    boolean updatingAt(long now) {
        return now < updatingUntil;
    }

    FunctionVersion withConfig(ObjectNode newConfig) {
        return new FunctionVersion(newConfig, codeBlob, imageUri, readyAt, updatingUntil);
    }

    /** The JSON of this version as a list item, rendered by {@code render} the first time. */
    byte[] listItem(Function<FunctionVersion, byte[]> render) {
        byte[] rendered = listItem;
        if (rendered == null) {
            rendered = render.apply(this);
            listItem = rendered;
        }
        return rendered;
    }
}
