package dev.lambdadesk.app;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

/**
 * {@code --startup-report}: says how long after the JVM started the window was shown and the function list had
 * loaded, one line each on standard output, and (with {@code --exit-after-report}) asks the app to close once both
 * are said.
 */
final class StartupReport {

    private final PrintStream out;
    private final LongSupplier now;
    private final LongSupplier jvmStart;
    private final boolean exitAfterReport;
    private final AtomicBoolean windowSaid = new AtomicBoolean();
    private final AtomicBoolean listSaid = new AtomicBoolean();
    private volatile Runnable close = () -> { };

    StartupReport(PrintStream out, boolean exitAfterReport) {
        this(out, System::currentTimeMillis, () -> ManagementFactory.getRuntimeMXBean().getStartTime(),
                exitAfterReport);
    }

    /** With the clock and the JVM's start time given (tests). */
    StartupReport(PrintStream out, LongSupplier nowMillis, LongSupplier jvmStartMillis, boolean exitAfterReport) {
        this.out = out;
        this.now = nowMillis;
        this.jvmStart = jvmStartMillis;
        this.exitAfterReport = exitAfterReport;
    }

    /** What closes the app once everything is reported (with {@code --exit-after-report}). */
    void onComplete(Runnable closeApp) {
        this.close = closeApp;
    }

    /** The window has been shown and laid out for the first time. */
    void windowShown() {
        if (windowSaid.compareAndSet(false, true)) {
            out.println("window shown after " + secondsSinceStart());
            out.flush();
            completeIfDone();
        }
    }

    /** The first listing of the account's functions has finished with {@code count} functions. */
    void functionListLoaded(int count) {
        if (listSaid.compareAndSet(false, true)) {
            out.println("function list loaded after " + secondsSinceStart() + " ("
                    + String.format(Locale.ROOT, "%,d", count) + (count == 1 ? " function)" : " functions)"));
            out.flush();
            completeIfDone();
        }
    }

    /** The first listing failed: said instead of a load time, so a harness does not wait forever. */
    void functionListFailed(String why) {
        if (listSaid.compareAndSet(false, true)) {
            out.println("function list failed after " + secondsSinceStart() + ": " + why);
            out.flush();
            completeIfDone();
        }
    }

    private String secondsSinceStart() {
        return String.format(Locale.ROOT, "%.2f s", (now.getAsLong() - jvmStart.getAsLong()) / 1000.0);
    }

    private void completeIfDone() {
        if (exitAfterReport && windowSaid.get() && listSaid.get()) {
            close.run();
        }
    }
}
