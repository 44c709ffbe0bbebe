package dev.lambdadesk.local;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Counts and latencies of one operation under load, from any number of client threads. */
final class OperationStats {

    private long[] latencies = new long[1024];
    private int ok;
    private long expected;
    private long unexpected;
    private final List<String> failures = new ArrayList<>();

    synchronized void recordOk(long nanos) {
        if (ok == latencies.length) {
            latencies = Arrays.copyOf(latencies, ok * 2);
        }
        latencies[ok++] = nanos;
    }

    synchronized void recordExpected() {
        expected++;
    }

    synchronized void recordUnexpected(String failure) {
        unexpected++;
        if (failures.size() < 5) {
            failures.add(failure);
        }
    }

    synchronized long ok() {
        return ok;
    }

    synchronized long expected() {
        return expected;
    }

    synchronized long unexpected() {
        return unexpected;
    }

    synchronized List<String> failures() {
        return List.copyOf(failures);
    }

    synchronized double meanMillis() {
        return ok == 0 ? 0 : Arrays.stream(latencies, 0, ok).average().orElse(0) / 1e6;
    }

    synchronized double p99Millis() {
        if (ok == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(latencies, ok);
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)] / 1e6;
    }
}
