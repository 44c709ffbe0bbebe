package dev.lambdadesk.sam;

/**
 * Receives what packaging and deployment are doing, resource by resource, as it happens (on the working thread;
 * a view hands it to its own thread).
 */
@FunctionalInterface
public interface SamProgress {

    /** A step of one resource: {@code "uploading 1.2 KB to s3://bucket/key"}, {@code "signed"}, ... */
    void step(String logicalId, String message);

    /** Progress nobody watches. */
    static SamProgress none() {
        return (id, message) -> { };
    }
}
