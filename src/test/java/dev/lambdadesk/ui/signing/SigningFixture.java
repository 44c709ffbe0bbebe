package dev.lambdadesk.ui.signing;

import java.nio.file.Path;
import java.time.Instant;

import dev.lambdadesk.aws.ConnectionMonitor;
import dev.lambdadesk.aws.Session;
import dev.lambdadesk.aws.StateWatcher;
import dev.lambdadesk.persist.DraftStore;
import dev.lambdadesk.testing.ManualClock;
import dev.lambdadesk.testing.ManualScheduler;
import dev.lambdadesk.ui.common.CurrentThreadUiExecutor;
import dev.lambdadesk.ui.common.UiExecutor;
import dev.lambdadesk.ui.statepanel.StatePanelViewModel;
import dev.lambdadesk.ui.workspace.Workspace;
import dev.lambdadesk.validation.RequestValidator;

/**
 * What the code signing ViewModels need in tests: same-thread UI work, a hand-driven clock and scheduler, drafts in
 * a temporary directory, over a given session (usually one connected to an in-process local endpoint).
 */
public final class SigningFixture {

    public final ManualClock clock;
    public final ManualScheduler scheduler;
    public final UiExecutor ui = new CurrentThreadUiExecutor();
    public final DraftStore drafts;
    public final ConnectionMonitor monitor;
    public final StatePanelViewModel statePanel;
    public final Workspace context;

    public SigningFixture(Session session, Path dataDir) {
        this(session, dataDir, Instant.now());
    }

    public SigningFixture(Session session, Path dataDir, Instant now) {
        clock = new ManualClock(now);
        scheduler = new ManualScheduler(clock);
        drafts = new DraftStore(dataDir, clock);
        monitor = new ConnectionMonitor(session);
        statePanel = new StatePanelViewModel(session, ui, scheduler, clock, StateWatcher.Policy.standard());
        context = Workspace.create(session, ui, monitor, RequestValidator.standard(clock), scheduler, clock, drafts,
                () -> false, statePanel);
    }
}
