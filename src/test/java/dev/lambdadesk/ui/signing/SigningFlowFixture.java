package dev.lambdadesk.ui.signing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import dev.lambdadesk.aws.ConnectionMonitor;
import dev.lambdadesk.aws.StateWatcher;
import dev.lambdadesk.core.TaskScheduler;
import dev.lambdadesk.persist.DraftStore;
import dev.lambdadesk.testing.LocalSession;
import dev.lambdadesk.ui.common.FxUiExecutor;
import dev.lambdadesk.ui.statepanel.StatePanelViewModel;
import dev.lambdadesk.ui.workspace.Workspace;
import dev.lambdadesk.validation.RequestValidator;

/**
 * A code signing section on a real stage against an in-process local endpoint, as the app runs it: work off the
 * FX thread through {@link FxUiExecutor}, real timers, results delivered on the FX thread.
 */
public final class SigningFlowFixture implements AutoCloseable {

    public final LocalSession local;
    public final FxUiExecutor ui = new FxUiExecutor();
    public final StatePanelViewModel statePanel;
    public final Workspace context;

    public SigningFlowFixture(Path dir) throws IOException {
        local = LocalSession.start(dir.resolve("endpoint"), 200);
        TaskScheduler scheduler = TaskScheduler.virtualThreads();
        Clock clock = Clock.systemDefaultZone();
        statePanel = new StatePanelViewModel(local.session(), ui, scheduler, clock, StateWatcher.Policy.standard());
        context = Workspace.create(local.session(), ui, new ConnectionMonitor(local.session()),
                RequestValidator.standard(), scheduler, clock, new DraftStore(dir.resolve("data"), clock), () -> false,
                statePanel);
    }

    /** Shows {@code root} on {@code stage} at a laptop's window size. */
    public static void show(Stage stage, Parent root) {
        stage.setScene(new Scene(root, 1100, 720));
        stage.show();
    }

    /** Waits (up to 20 s) until {@code condition} holds, letting FX events run. */
    public static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }

    /** Closes the dialogs a test left open. */
    public static void closeDialogs(FxRobot robot, Stage main) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != main).toList().forEach(Window::hide));
    }

    @Override
    public void close() {
        ui.close();
        local.close();
    }
}
