package dev.lambdadesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.lambdadesk.aws.Session;
import dev.lambdadesk.testing.ChildJvm;
import dev.lambdadesk.ui.functions.FunctionsFixture;
import dev.lambdadesk.ui.functions.create.CreateFunctionViewModel;
import dev.lambdadesk.ui.functions.create.CreateFunctionViewModel;
import dev.lambdadesk.ui.workspace.FormDraft;

/**
 * kill -9 of the app while the Create function form is dirty: the real app runs in a process of its own
 * ({@link DirtyFormApp}, headless), types into the form, and is killed with SIGKILL once the autosave quiet period
 * has passed; a form opened afterwards on the same data directory offers the draft back with what was typed.
 */
class AppCrashDraftTest {

    @TempDir
    Path temp;

    @Test
    void aDraftTypedBeforeSigkillIsOfferedBackWithWhatWasTyped() throws Exception {
        Path dataDir = temp.resolve("data");
        Path output = temp.resolve("app.out");
        Path draftFile = dataDir.resolve("drafts").resolve(CreateFunctionViewModel.DRAFT_ID + ".json");
        Process app = ChildJvm.start(DirtyFormApp.class, output, dataDir.toString());
        try {
            waitFor(() -> printed(output).lines().anyMatch(DirtyFormApp.TYPED::equals), 60, app, output);
            Thread.sleep(FormDraft.QUIET_PERIOD.toMillis() + 500); // past the autosave quiet period
            waitFor(() -> Files.isRegularFile(draftFile), 20, app, output);
        } finally {
            app.destroyForcibly(); // SIGKILL: no shutdown hook, no window closing, nothing flushed
        }
        assertThat(app.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(app.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);

        FunctionsFixture restarted = new FunctionsFixture(new Session(), dataDir, false);
        CreateFunctionViewModel form = new CreateFunctionViewModel(restarted.context);
        form.opened();

        assertThat(form.drafts().offerTextProperty().get()).startsWith("A draft of survives-a-crash from ");
        form.drafts().restore();
        assertThat(form.basics().functionNameProperty().get()).isEqualTo("survives-a-crash");
        assertThat(form.basics().descriptionProperty().get()).isEqualTo("Typed just before the app was killed");
        assertThat(form.settings().memoryProperty().get()).isEqualTo("1536");
        assertThat(form.environment().variables()).singleElement().satisfies(v -> {
            assertThat(v.nameProperty().get()).isEqualTo("STAGE");
            assertThat(v.valueProperty().get()).isEqualTo("staging");
        });
        assertThat(form.tags().tags()).singleElement()
                .satisfies(t -> assertThat(t.valueProperty().get()).isEqualTo("payments"));
    }

    private static String printed(Path output) {
        try {
            return Files.isRegularFile(output) ? Files.readString(output) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static void waitFor(BooleanSupplier condition, int seconds, Process app, Path output)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            if (!app.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("The app " + (app.isAlive() ? "did not get there in time" : "exited")
                        + "; it printed:\n" + printed(output));
            }
            Thread.sleep(50);
        }
    }
}
