package dev.lambdadesk.testing;

import java.nio.file.Path;
import java.time.Clock;

import dev.lambdadesk.aws.ConnectionMonitor;
import dev.lambdadesk.aws.Session;
import dev.lambdadesk.aws.StateWatcher;
import dev.lambdadesk.core.TaskScheduler;
import dev.lambdadesk.persist.DraftStore;
import dev.lambdadesk.ui.common.UiExecutor;
import dev.lambdadesk.ui.workspace.Workspace;
import dev.lambdadesk.ui.functions.FunctionsViewModel;
import dev.lambdadesk.ui.layers.LayersViewModel;
import dev.lambdadesk.ui.sam.SamApplicationsViewModel;
import dev.lambdadesk.ui.shell.MainWindowModels;
import dev.lambdadesk.ui.shell.ShellViewModel;
import dev.lambdadesk.ui.workspace.Workspace;
import dev.lambdadesk.ui.signing.configs.CodeSigningConfigsViewModel;
import dev.lambdadesk.ui.signing.jobs.SigningJobsViewModel;
import dev.lambdadesk.ui.signing.profiles.SigningProfilesViewModel;
import dev.lambdadesk.ui.statepanel.StatePanelViewModel;
import dev.lambdadesk.validation.RequestValidator;

/** Every ViewModel of the main window over one session, as the composition root builds them, for window tests. */
public final class WindowModels {

    private WindowModels() {
    }

    /** The window's ViewModels; drafts go under {@code dataDir}. */
    public static MainWindowModels of(ShellViewModel shell, Session session, UiExecutor ui, Path dataDir) {
        TaskScheduler scheduler = TaskScheduler.virtualThreads();
        Clock clock = Clock.systemUTC();
        StatePanelViewModel statePanel = new StatePanelViewModel(session, ui, scheduler, clock,
                StateWatcher.Policy.standard());
        DraftStore drafts = new DraftStore(dataDir, clock);
        Workspace workspace = Workspace.create(session, ui, new ConnectionMonitor(session),
                RequestValidator.standard(), scheduler, clock, drafts, () -> false, statePanel);
        return new MainWindowModels(shell, new FunctionsViewModel(workspace),
                new CodeSigningConfigsViewModel(workspace), new SigningProfilesViewModel(workspace),
                new SigningJobsViewModel(workspace), statePanel, new LayersViewModel(workspace),
                new SamApplicationsViewModel(workspace));
    }
}
