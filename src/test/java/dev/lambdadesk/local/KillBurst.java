package dev.lambdadesk.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** Writers on several threads against a child endpoint that is killed (SIGKILL) once enough writes were answered. */
final class KillBurst {

    /** One write: thread number and sequence number in; what was acknowledged out (it throws once the child died). */
    @FunctionalInterface
    interface Write<T> {
        T write(int thread, int sequence);
    }

    private KillBurst() {
    }

    /** Writes until at least {@code acksBeforeKill} are acknowledged (or 60 s pass), kills the child, waits. */
    static <T> Queue<T> untilKilled(ChildEndpoint child, int threads, int acksBeforeKill, Write<T> write)
            throws InterruptedException {
        Queue<T> acknowledged = new ConcurrentLinkedQueue<>();
        ExecutorService burst = Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            int thread = t;
            burst.submit(() -> {
                for (int i = 0; ; i++) {
                    try {
                        acknowledged.add(write.write(thread, i));
                    } catch (RuntimeException e) {
                        return;
                    }
                }
            });
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (acknowledged.size() < acksBeforeKill && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        child.process.destroyForcibly();
        assertThat(child.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        burst.shutdown();
        assertThat(burst.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        return acknowledged;
    }
}
