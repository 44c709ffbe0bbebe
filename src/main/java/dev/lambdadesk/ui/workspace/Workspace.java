package dev.lambdadesk.ui.workspace;

import java.time.Clock;
import java.util.Objects;
import java.util.function.BooleanSupplier;

import javafx.collections.ListChangeListener;

import dev.lambdadesk.aws.ConnectionMonitor;
import dev.lambdadesk.aws.Session;
import dev.lambdadesk.core.FunctionState;
import dev.lambdadesk.core.TaskScheduler;
import dev.lambdadesk.persist.DraftStore;
import dev.lambdadesk.ui.common.ServiceCalls;
import dev.lambdadesk.ui.common.UiExecutor;
import dev.lambdadesk.ui.common.store.AccountStores;
import dev.lambdadesk.ui.statepanel.StatePanelViewModel;
import dev.lambdadesk.ui.statepanel.WatchRow;
import dev.lambdadesk.validation.RequestValidator;

/**
 * What every feature's ViewModels work with, handed in by the composition root: the connection, the one call
 * pipeline, the stores of what the account holds, the offline rules, timers, drafts and the live state panel.
 *
 * @param calls               every service call goes through here (off the UI thread, reported, refusals explained)
 * @param stores              what the account holds; lists and pickers are views of these
 * @param scheduler           timers: polling and draft autosave
 * @param keepSecretsInDrafts whether values marked secret may be written into drafts (a setting)
 * @param statePanel          where created and updated functions are watched
 */
public record Workspace(Session session, UiExecutor ui, ServiceCalls calls, AccountStores stores,
        RequestValidator validator, TaskScheduler scheduler, Clock clock, DraftStore drafts,
        ConnectionMonitor monitor, BooleanSupplier keepSecretsInDrafts, StatePanelViewModel statePanel) {

    public Workspace {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(ui, "ui");
        Objects.requireNonNull(calls, "calls");
        Objects.requireNonNull(stores, "stores");
        Objects.requireNonNull(validator, "validator");
        Objects.requireNonNull(scheduler, "scheduler");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(drafts, "drafts");
        Objects.requireNonNull(monitor, "monitor");
        Objects.requireNonNull(keepSecretsInDrafts, "keepSecretsInDrafts");
        Objects.requireNonNull(statePanel, "statePanel");
    }

    /**
     * The workspace of one app window: one call pipeline and one set of stores over {@code session}, emptied and
     * listed again on every connection switch.
     */
    public static Workspace create(Session session, UiExecutor ui, ConnectionMonitor monitor,
            RequestValidator validator, TaskScheduler scheduler, Clock clock, DraftStore drafts,
            BooleanSupplier keepSecretsInDrafts, StatePanelViewModel statePanel) {
        ServiceCalls calls = new ServiceCalls(ui, session, monitor);
        AccountStores stores = new AccountStores(session, calls);
        session.onSwitch(spec -> ui.post(stores::connectionChanged));
        statePanel.rows().forEach(row -> followState(row, stores));
        statePanel.rows().addListener((ListChangeListener<WatchRow>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(row -> followState(row, stores));
            }
        });
        return new Workspace(session, ui, calls, stores, validator, scheduler, clock, drafts, monitor,
                keepSecretsInDrafts, statePanel);
    }

    /** A function the state panel watches shows each state it reaches in every list, with no extra call. */
    private static void followState(WatchRow row, AccountStores stores) {
        Runnable follow = () -> {
            FunctionState state = row.stateProperty().get();
            if (state != FunctionState.UNKNOWN) {
                stores.functions().update(row.functionName(), f -> f.withState(state.wireName()));
            }
        };
        follow.run();
        row.stateProperty().addListener((observable, old, now) -> follow.run());
    }
}
