package dev.lambdadesk.app;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Locale;

/**
 * Start-up timestamps for finding where the time to the window goes: with {@code -Dlambdadesk.startupTrace=true}
 * each {@link #mark} prints one line to standard error, e.g. {@code startup 812 ms (cpu 640 ms) [main] JavaFX started},
 * the time since the JVM started and the CPU this JVM had used by then. Without the property a mark costs a field read.
 */
final class StartupTrace {

    private static final boolean ON = Boolean.getBoolean("lambdadesk.startupTrace");

    private StartupTrace() {
    }

    static void mark(String what) {
        if (ON) {
            long cpuMillis = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
            System.err.printf(Locale.ROOT, "startup %5d ms (cpu %5d ms) [%s] %s%n",
                    ManagementFactory.getRuntimeMXBean().getUptime(), cpuMillis, Thread.currentThread().getName(), what);
        }
    }
}
