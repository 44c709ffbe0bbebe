package dev.lambdadesk.app;

import java.io.IOException;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.lambdadesk.aws.StateWatcher;
import dev.lambdadesk.core.ConnectionSpec;
import dev.lambdadesk.core.Theme;
import dev.lambdadesk.persist.LoadResult;
import dev.lambdadesk.persist.Settings;
import dev.lambdadesk.persist.SettingsStore;
import dev.lambdadesk.ui.connection.ConnectionViewModel;
import dev.lambdadesk.ui.shell.ShellViewModel;

/**
 * The person's settings while the app runs: read once at start (a damaged file is set aside and said so once),
 * written each time the person changes the theme or picks a connection, and handed to whoever needs them.
 * Used on the FX thread.
 */
final class SettingsKeeper {

    /** How much the state panel's polling interval grows after each poll (settings set the first and the cap). */
    static final double POLLING_GROWTH = 1.5;
    private static final Logger LOG = Logger.getLogger(SettingsKeeper.class.getName());

    private final SettingsStore store;
    private final Optional<String> loadProblem;
    private Settings settings;
    private boolean saveProblemShown;
    private ShellViewModel shell;

    SettingsKeeper(SettingsStore store) {
        this.store = store;
        LoadResult<Settings> loaded = store.load();
        this.settings = loaded.value().orElseGet(Settings::defaults);
        this.loadProblem = loaded.problem();
    }

    Settings current() {
        return settings;
    }

    /** The state panel's polling limits from the settings, for whoever builds a {@link StateWatcher}. */
    StateWatcher.Policy pollingPolicy() {
        Settings.Polling p = settings.polling();
        return new StateWatcher.Policy(p.firstPoll(), POLLING_GROWTH, p.maxInterval(), p.timeout());
    }

    /**
     * Shows the stored theme and any load problem in the shell, hands the profiles' last regions to the
     * connection, then writes the theme toggle and the connections the person picks (with their regions) back.
     */
    void bind(ShellViewModel shellViewModel, ConnectionViewModel connection) {
        this.shell = shellViewModel;
        shell.darkThemeProperty().set(settings.theme() == Theme.DARK);
        loadProblem.ifPresent(shell::showNotice);
        shell.darkThemeProperty().addListener((observable, old, dark) ->
                update(s -> s.withTheme(dark ? Theme.DARK : Theme.LIGHT)));
        connection.restoreProfileRegions(settings.profileRegions());
        connection.chosenConnectionProperty().addListener((observable, old, chosen) -> rememberConnection(chosen));
    }

    private void rememberConnection(ConnectionSpec chosen) {
        if (chosen != null) {
            update(s -> s.withLastConnection(chosen));
        }
    }

    private void update(UnaryOperator<Settings> change) {
        settings = change.apply(settings);
        try {
            store.save(settings);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "The settings could not be saved", e);
            if (!saveProblemShown && shell != null) {
                saveProblemShown = true;
                shell.showNotice("The settings could not be saved (" + e.getMessage()
                        + "); changes last until LambdaDesk closes.");
            }
        }
    }
}
