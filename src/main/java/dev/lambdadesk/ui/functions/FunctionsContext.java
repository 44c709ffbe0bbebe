package dev.lambdadesk.ui.functions;

import java.time.Clock;
import java.util.Objects;
import java.util.function.BooleanSupplier;

import dev.lambdadesk.aws.Session;
import dev.lambdadesk.core.TaskScheduler;
import dev.lambdadesk.persist.DraftStore;
import dev.lambdadesk.ui.common.UiExecutor;
import dev.lambdadesk.ui.statepanel.StatePanelViewModel;
import dev.lambdadesk.validation.RequestValidator;

/**
 * What the Functions section's ViewModels work with, handed in by the composition root.
 *
 * @param keepSecretsInDrafts whether environment values marked secret may be written into drafts (a setting)
 * @param statePanel          where created and updated functions are watched
 */
public record FunctionsContext(Session session, UiExecutor ui, RequestValidator validator, TaskScheduler scheduler,
        Clock clock, DraftStore drafts, BooleanSupplier keepSecretsInDrafts, StatePanelViewModel statePanel) {

    public FunctionsContext {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(ui, "ui");
        Objects.requireNonNull(validator, "validator");
        Objects.requireNonNull(scheduler, "scheduler");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(drafts, "drafts");
        Objects.requireNonNull(keepSecretsInDrafts, "keepSecretsInDrafts");
        Objects.requireNonNull(statePanel, "statePanel");
    }
}
