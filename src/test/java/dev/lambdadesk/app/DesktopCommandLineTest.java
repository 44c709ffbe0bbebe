package dev.lambdadesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The desktop app's own, lighter command line: which arguments take it, and what it leaves to the whole one. */
class DesktopCommandLineTest {

    @Test
    void noArgumentsOrOnlyDesktopOptionsOpenTheDesktopApp() {
        assertThat(Main.isDesktop()).isTrue();
        assertThat(Main.isDesktop("--data-dir", "/tmp/x", "--local", "--startup-report")).isTrue();
    }

    @Test
    void subcommandsAndHelpGoToTheWholeCommandLine() {
        assertThat(Main.isDesktop("validate", "--operation", "CreateFunction", "f.json")).isFalse();
        assertThat(Main.isDesktop("local-endpoint")).isFalse();
        assertThat(Main.isDesktop("sam", "deploy")).isFalse();
        assertThat(Main.isDesktop("--help")).isFalse();
        assertThat(Main.isDesktop("-V")).isFalse();
    }

    @Test
    void aMisspeltSubcommandStillGetsTheWholeCommandLinesSuggestion() {
        String err = errorsOf("valdate");
        assertThat(err).contains("Unmatched argument at index 0: 'valdate'").contains("validate");
    }

    @Test
    void theTrainingRunOptionIsKnownButNotInTheHelp() {
        assertThat(Main.desktopCommandLine(FxStart.onDemand()).getCommandSpec().findOption("--training-run"))
                .isNotNull();
        assertThat(Main.newCommandLine().getUsageMessage()).doesNotContain("--training-run");
    }

    private static String errorsOf(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            Main.run(args);
        } finally {
            System.setErr(original);
        }
        return err.toString(StandardCharsets.UTF_8);
    }
}
