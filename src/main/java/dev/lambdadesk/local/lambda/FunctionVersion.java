package dev.lambdadesk.local.lambda;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One version of a function ($LATEST or a published number) as stored: its configuration members (without the
 * state members, which depend on time) and the timestamps that drive its state.
 *
 * @param config        the FunctionConfiguration members; treated as immutable once stored
 * @param codeBlob      the hex SHA-256 id of the zip in the blob store, or null for an image
 * @param imageUri      the container image, or null for a zip
 * @param readyAt       epoch millis from which State is Active (Pending before)
 * @param updatingUntil epoch millis until which LastUpdateStatus is InProgress (0 when no update ran)
 */
record FunctionVersion(ObjectNode config, String codeBlob, String imageUri, long readyAt, long updatingUntil) {

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
}
