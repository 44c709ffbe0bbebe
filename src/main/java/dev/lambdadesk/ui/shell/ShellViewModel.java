package dev.lambdadesk.ui.shell;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import dev.lambdadesk.ui.common.Tone;

/**
 * The main window's own state: which section is shown, how the connection stands, whether the live state panel is
 * open, and the theme. Toolkit-free, so it is tested in plain JUnit.
 */
public final class ShellViewModel {

    /** The main window's title. */
    public static final String WINDOW_TITLE = "LambdaDesk";

    private final ReadOnlyObjectWrapper<Section> selectedSection =
            new ReadOnlyObjectWrapper<>(this, "selectedSection", Section.FUNCTIONS);
    private final ReadOnlyStringWrapper sectionTitle = new ReadOnlyStringWrapper(this, "sectionTitle");

    private final ReadOnlyObjectWrapper<ConnectionStatus> connection = new ReadOnlyObjectWrapper<>(this,
            "connection", ConnectionStatus.of(ConnectionState.NOT_CONNECTED, "No endpoint"));
    private final ReadOnlyStringWrapper connectionSummary = new ReadOnlyStringWrapper(this, "connectionSummary");
    private final ReadOnlyStringWrapper connectionDetail = new ReadOnlyStringWrapper(this, "connectionDetail");
    private final ReadOnlyObjectWrapper<Tone> connectionTone = new ReadOnlyObjectWrapper<>(this, "connectionTone");

    private final BooleanProperty statePanelExpanded = new SimpleBooleanProperty(this, "statePanelExpanded", true);
    private final BooleanProperty darkTheme = new SimpleBooleanProperty(this, "darkTheme", false);
    private final ReadOnlyStringWrapper themeToggleText = new ReadOnlyStringWrapper(this, "themeToggleText");

    private final List<Runnable> connectionPickerListeners = new CopyOnWriteArrayList<>();
    private final ObservableList<String> notices = FXCollections.observableArrayList();
    private final ObservableList<String> noticesView = FXCollections.unmodifiableObservableList(notices);

    public ShellViewModel() {
        sectionTitle.bind(Bindings.createStringBinding(() -> selectedSection.get().title(), selectedSection));
        connectionSummary.bind(Bindings.createStringBinding(() -> connection.get().summary(), connection));
        connectionDetail.bind(Bindings.createStringBinding(() -> connection.get().detail(), connection));
        connectionTone.bind(Bindings.createObjectBinding(() -> connection.get().state().tone(), connection));
        themeToggleText.bind(Bindings.when(darkTheme)
                .then("Switch to the light theme").otherwise("Switch to the dark theme"));
    }

    /** Shows {@code section}; {@code null} (a sidebar with nothing selected) leaves the current one in place. */
    public void select(Section section) {
        if (section != null) {
            selectedSection.set(section);
        }
    }

    /** Called on the UI thread by whatever watches the connection. */
    public void showConnection(ConnectionStatus status) {
        connection.set(Objects.requireNonNull(status, "status"));
    }

    /** The person asked to change the connection (indicator clicked, Ctrl+K). */
    public void requestConnectionPicker() {
        connectionPickerListeners.forEach(Runnable::run);
    }

    /** Called each time the person asks to change the connection; whoever owns the picker opens it. */
    public void onConnectionPickerRequested(Runnable listener) {
        connectionPickerListeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /**
     * Shows a sentence in the notice bar until the person dismisses it, e.g. that a damaged settings file was set
     * aside. The same sentence is not shown twice at once.
     */
    public void showNotice(String message) {
        if (!message.isBlank() && !notices.contains(message)) {
            notices.add(message);
        }
    }

    public void dismissNotices() {
        notices.clear();
    }

    /** The notices shown now, oldest first. */
    public ObservableList<String> notices() {
        return noticesView;
    }

    public void toggleStatePanel() {
        statePanelExpanded.set(!statePanelExpanded.get());
    }

    public void toggleTheme() {
        darkTheme.set(!darkTheme.get());
    }

    public ReadOnlyObjectProperty<Section> selectedSectionProperty() {
        return selectedSection.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sectionTitleProperty() {
        return sectionTitle.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ConnectionStatus> connectionProperty() {
        return connection.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty connectionSummaryProperty() {
        return connectionSummary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty connectionDetailProperty() {
        return connectionDetail.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Tone> connectionToneProperty() {
        return connectionTone.getReadOnlyProperty();
    }

    public BooleanProperty statePanelExpandedProperty() {
        return statePanelExpanded;
    }

    public BooleanProperty darkThemeProperty() {
        return darkTheme;
    }

    public ReadOnlyStringProperty themeToggleTextProperty() {
        return themeToggleText.getReadOnlyProperty();
    }
}
