package dev.lambdadesk.ui.functions;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

import atlantafx.base.theme.PrimerLight;

import dev.lambdadesk.aws.Session;
import dev.lambdadesk.aws.StateWatcher;
import dev.lambdadesk.core.TaskScheduler;
import dev.lambdadesk.persist.DraftStore;
import dev.lambdadesk.ui.common.FxUiExecutor;
import dev.lambdadesk.ui.statepanel.StatePanelView;
import dev.lambdadesk.ui.statepanel.StatePanelViewModel;
import dev.lambdadesk.ui.workspace.Workspace;
import dev.lambdadesk.validation.RequestValidator;

/**
 * The Functions section and the state panel in a window, wired as the app wires them (background work on virtual
 * threads, results on the FX thread), against a given session.
 */
public final class FunctionsSectionHarness implements AutoCloseable {

    /** Quicker polling than the app's, so a test sees Active within a second of the endpoint's pending time. */
    static final StateWatcher.Policy TEST_POLLING = new StateWatcher.Policy(Duration.ofMillis(150), 1.5,
            Duration.ofMillis(600), Duration.ofMinutes(1));

    public final FxUiExecutor ui = new FxUiExecutor();
    public final StatePanelViewModel statePanel;
    public final FunctionsViewModel functions;
    public final DraftStore drafts;

    public FunctionsSectionHarness(Session session, Path dataDir) {
        TaskScheduler scheduler = TaskScheduler.virtualThreads();
        Clock clock = Clock.systemDefaultZone();
        statePanel = new StatePanelViewModel(session, ui, scheduler, clock, TEST_POLLING);
        drafts = new DraftStore(dataDir, clock);
        functions = new FunctionsViewModel(Workspace.create(session, ui,
                new dev.lambdadesk.aws.ConnectionMonitor(session), RequestValidator.standard(), scheduler, clock, drafts,
                () -> false, statePanel));
    }

    /** Shows the section above the state panel in {@code stage}. */
    public void show(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        BorderPane root = new BorderPane(new FunctionsView(functions));
        StatePanelView panel = new StatePanelView(statePanel);
        panel.setPrefHeight(150);
        root.setBottom(panel);
        stage.setScene(new Scene(root, 1100, 760));
        stage.show();
    }

    @Override
    public void close() {
        ui.close();
    }
}
