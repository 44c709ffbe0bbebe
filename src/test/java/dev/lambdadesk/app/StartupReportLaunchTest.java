package dev.lambdadesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lambdadesk.testing.ChildJvm;

/** The real app in a JVM of its own (headless): {@code --startup-report --exit-after-report} says both times and exits. */
class StartupReportLaunchTest {

    @TempDir
    Path temp;

    @Test
    void theAppReportsItsWindowAndItsFunctionListThenExits() throws Exception {
        Path output = temp.resolve("app.out");
        Process app = ChildJvm.start(Main.class, output, "--data-dir", temp.resolve("data").toString(),
                "--local", "--startup-report", "--exit-after-report");

        boolean exited = app.waitFor(90, TimeUnit.SECONDS);
        if (!exited) {
            app.destroyForcibly();
        }

        String printed = Files.readString(output);
        assertThat(exited).as("exited after its report; it printed:%n%s", printed).isTrue();
        assertThat(app.exitValue()).as(printed).isZero();
        assertThat(printed).containsPattern("(?m)^window shown after \\d+\\.\\d\\d s$")
                .containsPattern("(?m)^function list loaded after \\d+\\.\\d\\d s \\(0 functions\\)$");
    }
}
