package dev.lambdadesk.ui.connection;

import java.net.URI;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import dev.lambdadesk.aws.AwsErrorExplainer;
import dev.lambdadesk.aws.ConnectionCheck;
import dev.lambdadesk.aws.ConnectionMonitor;
import dev.lambdadesk.aws.Connector;
import dev.lambdadesk.aws.ProfileSource;
import dev.lambdadesk.aws.Session;
import dev.lambdadesk.aws.sso.DeviceSignIn;
import dev.lambdadesk.core.ConnectionSpec;
import dev.lambdadesk.core.TaskScheduler;
import dev.lambdadesk.ui.common.UiExecutor;
import dev.lambdadesk.ui.shell.ConnectionStatus;
import dev.lambdadesk.ui.shell.ShellViewModel;

/**
 * The connection the app works on: opens a connection off the FX thread, checks it, switches the session (every
 * view reloads through {@link Session#onSwitch}) and keeps the header's indicator in step with what the
 * {@link ConnectionMonitor} hears. While the connection is unwell it is checked again with growing pauses, so the
 * indicator recovers by itself after a network outage or {@code aws sso login}.
 */
public final class ConnectionViewModel {

    private static final Logger LOG = Logger.getLogger(ConnectionViewModel.class.getName());

    private final Session session;
    private final ConnectionMonitor monitor;
    private final Connector connector;
    private final ProfileSource profiles;
    private final UiExecutor executor;
    private final ShellViewModel shell;
    private final DeviceSignIn signIn;
    private final Predicate<URI> browser;

    private final ReadOnlyObjectWrapper<ConnectionStatus> status;
    private final ReadOnlyObjectWrapper<ConnectionSpec> chosenConnection =
            new ReadOnlyObjectWrapper<>(this, "chosenConnection");
    private ConnectionSpec requested = new ConnectionSpec.Local(ConnectionSpec.DEFAULT_REGION);
    /** The region the local endpoint was opened with; it keeps it. */
    private String localRegion = ConnectionSpec.DEFAULT_REGION;
    /** The region each profile was last connected with (settings bring earlier runs' in). */
    private final Map<String, String> profileRegions = new HashMap<>();
    private long generation;
    private final RecheckSchedule rechecks;

    public ConnectionViewModel(Session session, ConnectionMonitor monitor, Connector connector,
                               ProfileSource profiles, UiExecutor executor, TaskScheduler scheduler,
                               ShellViewModel shell) {
        this(session, monitor, connector, profiles, executor, scheduler, shell, DeviceSignIn.standard(),
                address -> false);
    }

    /**
     * @param signIn  signs IAM Identity Center profiles in (device authorization, the AWS CLI's token cache)
     * @param browser opens an address in the person's browser, off the FX thread; false when it cannot
     */
    public ConnectionViewModel(Session session, ConnectionMonitor monitor, Connector connector,
                               ProfileSource profiles, UiExecutor executor, TaskScheduler scheduler,
                               ShellViewModel shell, DeviceSignIn signIn, Predicate<URI> browser) {
        this.signIn = Objects.requireNonNull(signIn, "signIn");
        this.browser = Objects.requireNonNull(browser, "browser");
        this.session = Objects.requireNonNull(session, "session");
        this.monitor = Objects.requireNonNull(monitor, "monitor");
        this.connector = Objects.requireNonNull(connector, "connector");
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.rechecks = new RecheckSchedule(Objects.requireNonNull(scheduler, "scheduler"), executor, this::recheck);
        this.shell = Objects.requireNonNull(shell, "shell");
        this.status = new ReadOnlyObjectWrapper<>(this, "status", shell.connectionProperty().get());
        monitor.onChange(health -> executor.post(() -> show(health)));
    }

    /** Connects to {@code spec} (start-up, command line). The person's remembered choice is left as it is. */
    public void connect(ConnectionSpec spec) {
        open(spec, false, s -> { });
    }

    /** Connects to what the person picked, remembers it as their choice, and tells {@code outcome} how it went. */
    void choose(ConnectionSpec spec, Consumer<Outcome> outcome) {
        open(spec, true, outcome);
    }

    /** A new picker, set to the connection in use. */
    public ConnectionPickerViewModel newPicker() {
        return new ConnectionPickerViewModel(this, profiles, executor, current(),
                new SignInViewModel(profiles, signIn, browser, executor, ZoneId.systemDefault()));
    }

    /** The regions profiles were last used with in earlier runs (from the settings); call before connecting. */
    public void restoreProfileRegions(Map<String, String> remembered) {
        profileRegions.putAll(remembered);
    }

    /** The region the local endpoint works in: the one it was first opened with in this run. */
    String localRegion() {
        return localRegion;
    }

    /** The region {@code profile} was last connected with, in this run or an earlier one. */
    Optional<String> lastRegionOf(String profile) {
        return Optional.ofNullable(profileRegions.get(profile));
    }

    /** Checks the connection in use now (the person asked, or a failure was reported). */
    public void recheckNow() {
        rechecks.cancel();
        recheck();
    }

    /** The connection in use, or the one being opened at start-up. */
    ConnectionSpec current() {
        return session.current().map(Session.Connection::spec).orElse(requested);
    }

    /** The indicator's status, also shown by the shell. */
    public ReadOnlyObjectProperty<ConnectionStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The connection the person last picked and the session switched to; settings remember it. */
    public ReadOnlyObjectProperty<ConnectionSpec> chosenConnectionProperty() {
        return chosenConnection.getReadOnlyProperty();
    }

    /** How applying a choice went. */
    record Outcome(ConnectionStatus status, boolean switched) {
    }

    private record Opened(Session.Connection connection, ConnectionCheck.Result check) {
    }

    private void open(ConnectionSpec spec, boolean chosen, Consumer<Outcome> outcome) {
        long mine = ++generation;
        ConnectionStatus before = status.get();
        requested = spec;
        rechecks.restart();
        showStatus(ConnectionStatuses.connecting(spec));
        AwsErrorExplainer explainer = new AwsErrorExplainer(spec instanceof ConnectionSpec.Profile p
                ? Optional.of(p.profileName()) : Optional.empty());
        executor.run(() -> {
            Session.Connection connection = connector.open(spec);
            return new Opened(connection, new ConnectionCheck(connection.clients(), explainer).run());
        }, opened -> {
            if (mine != generation) { // a later choice won; this one is dropped
                opened.connection().clients().close();
                return;
            }
            session.switchTo(opened.connection());
            rememberRegion(spec);
            if (chosen) {
                chosenConnection.set(spec);
            }
            monitor.recordCheck(opened.check());
            ConnectionStatus now = ConnectionStatuses.of(spec, opened.connection().clients().endpoint(),
                    opened.check().problem());
            showStatus(now);
            rechecks.after(opened.check().isConnected());
            outcome.accept(new Outcome(now, true));
        }, failure -> {
            if (mine != generation) {
                return;
            }
            LOG.log(Level.WARNING, "Could not open the connection " + spec.label(), failure);
            String reason = explainer.explain(failure).summary();
            ConnectionStatus failed = ConnectionStatuses.notOpened(spec, "The connection could not be opened: "
                    + reason + (reason.endsWith(".") ? "" : ".") + " Details are in the log.");
            if (session.current().isEmpty()) {
                showStatus(failed);
            } else { // the connection in use stays: the indicator goes back to what it said about it
                monitor.health().ifPresentOrElse(this::show, () -> showStatus(before));
            }
            outcome.accept(new Outcome(failed, false));
        });
    }

    private void rememberRegion(ConnectionSpec spec) {
        switch (spec) {
            case ConnectionSpec.Local l -> localRegion = l.region();
            case ConnectionSpec.Profile p -> profileRegions.put(p.profileName(), p.region());
        }
    }

    private void show(ConnectionMonitor.Health health) {
        Optional<Session.Connection> current = session.current();
        if (current.isEmpty() || !current.get().spec().equals(health.spec())) {
            return;
        }
        showStatus(ConnectionStatuses.of(health.spec(), current.get().clients().endpoint(), health.problem()));
        rechecks.after(health.isHealthy());
    }

    private void recheck() {
        if (session.current().isEmpty()) {
            return;
        }
        executor.run(monitor::recheck, result -> rechecks.after(result.isConnected()), failure -> {
            LOG.log(Level.WARNING, "Re-checking the connection failed", failure);
            rechecks.after(false);
        });
    }

    private void showStatus(ConnectionStatus s) {
        status.set(s);
        shell.showConnection(s);
    }
}
