package dev.lambdadesk.local.s3;

/**
 * A bucket as stored.
 *
 * @param name       its name (the key)
 * @param region     the region it was created in
 * @param createdAt  epoch millis
 * @param versioning null (never enabled), {@code Enabled} or {@code Suspended}
 */
public record BucketRecord(String name, String region, long createdAt, String versioning) {

    public static final String ENABLED = "Enabled";
    public static final String SUSPENDED = "Suspended";

    public boolean versioningEnabled() {
        return ENABLED.equals(versioning);
    }

    BucketRecord withVersioning(String status) {
        return new BucketRecord(name, region, createdAt, status);
    }
}
