package dev.lambdadesk.local.s3;

/**
 * One uploaded part of a multipart upload; its bytes live in the blob store.
 *
 * @param uploadId   the upload
 * @param partNumber 1 to 10000
 * @param blob       the hex SHA-256 id of the bytes
 * @param size       the size in bytes
 * @param etag       the quoted MD5 hex of the bytes
 */
record PartRecord(String uploadId, int partNumber, String blob, long size, String etag) {
}
