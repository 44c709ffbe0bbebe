package dev.lambdadesk.local.store;

/**
 * A blob written for a record that is about to be committed: attach it to the transaction that stores the record
 * ({@link Transaction#attach}).
 *
 * @param id    the blob's hex SHA-256, to keep in the record
 * @param bytes the bytes the transaction must journal, or null when the file is durable already
 */
public record StagedBlob(String id, byte[] bytes) {

    boolean needsJournal() {
        return bytes != null;
    }
}
