package dev.lambdadesk.ui.signing;

import java.time.Clock;
import java.util.Objects;

import dev.lambdadesk.aws.ConnectionMonitor;
import dev.lambdadesk.aws.Session;
import dev.lambdadesk.core.TaskScheduler;
import dev.lambdadesk.persist.DraftStore;
import dev.lambdadesk.ui.common.UiExecutor;
import dev.lambdadesk.ui.statepanel.StatePanelViewModel;
import dev.lambdadesk.validation.RequestValidator;

/**
 * What the code signing sections' ViewModels work with, handed in by the composition root.
 *
 * @param scheduler  timers: signing job polling and draft autosave
 * @param monitor    where failed calls are reported, so the connection indicator follows
 * @param statePanel where functions created or updated from a signed package are watched
 */
public record SigningContext(Session session, UiExecutor ui, RequestValidator validator, TaskScheduler scheduler,
        Clock clock, DraftStore drafts, ConnectionMonitor monitor, StatePanelViewModel statePanel) {

    public SigningContext {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(ui, "ui");
        Objects.requireNonNull(validator, "validator");
        Objects.requireNonNull(scheduler, "scheduler");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(drafts, "drafts");
        Objects.requireNonNull(monitor, "monitor");
        Objects.requireNonNull(statePanel, "statePanel");
    }
}
