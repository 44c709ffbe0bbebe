package dev.lambdadesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class StartupReportTest {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
    private final AtomicLong now = new AtomicLong(10_000);
    private final AtomicInteger closes = new AtomicInteger();

    private StartupReport report(boolean exitAfterReport) {
        StartupReport report = new StartupReport(out, now::get, () -> 8_580, exitAfterReport);
        report.onComplete(closes::incrementAndGet);
        return report;
    }

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void saysTheSecondsSinceTheJvmStartedForTheWindowAndTheFunctionList() {
        StartupReport report = report(false);

        report.windowShown();
        now.set(10_685);
        report.functionListLoaded(1250);

        assertThat(printed().lines()).containsExactly("window shown after 1.42 s",
                "function list loaded after 2.11 s (1,250 functions)");
        assertThat(closes).hasValue(0);
    }

    @Test
    void eachTimeIsSaidOnceEvenWhenTheListIsLoadedAgain() {
        StartupReport report = report(false);

        report.windowShown();
        report.windowShown();
        report.functionListLoaded(1);
        report.functionListLoaded(2);

        assertThat(printed().lines()).containsExactly("window shown after 1.42 s",
                "function list loaded after 1.42 s (1 function)");
    }

    @Test
    void withExitAfterReportTheAppClosesOnceBothAreSaidInWhicheverOrder() {
        StartupReport report = report(true);

        report.functionListLoaded(0);
        assertThat(closes).hasValue(0);
        report.windowShown();

        assertThat(closes).hasValue(1);
        assertThat(printed()).contains("(0 functions)");
    }

    @Test
    void aFailedListingIsSaidInsteadOfALoadTimeSoAHarnessDoesNotWaitForever() {
        StartupReport report = report(true);

        report.windowShown();
        report.functionListFailed("The functions could not be listed: connection refused");

        assertThat(printed().lines()).contains(
                "function list failed after 1.42 s: The functions could not be listed: connection refused");
        assertThat(closes).hasValue(1);
    }
}
