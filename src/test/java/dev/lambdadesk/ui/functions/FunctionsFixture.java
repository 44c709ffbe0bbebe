package dev.lambdadesk.ui.functions;

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

/** What the Functions ViewModels need in tests: same-thread UI work, a hand-driven clock, drafts in a temp dir. */
public final class FunctionsFixture {

    public final ManualClock clock = new ManualClock(Instant.parse("2026-03-01T12:00:00Z"));
    public final ManualScheduler scheduler = new ManualScheduler(clock);
    public final UiExecutor ui = new CurrentThreadUiExecutor();
    public final DraftStore drafts;
    public final StatePanelViewModel statePanel;
    public final Workspace context;

    public FunctionsFixture(Session session, Path dataDir, boolean keepSecretsInDrafts) {
        this.drafts = new DraftStore(dataDir, clock);
        this.statePanel = new StatePanelViewModel(session, ui, scheduler, clock, StateWatcher.Policy.standard());
        this.context = Workspace.create(session, ui, new ConnectionMonitor(session), RequestValidator.standard(),
                scheduler, clock, drafts, () -> keepSecretsInDrafts, statePanel);
    }
}
