package dev.lambdadesk.ui.shell;

import java.util.Objects;

import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Puts the shell into a stage: title, icons, sizes, theme, stylesheet and the Ctrl+1..6 section shortcuts and Ctrl+K. */
public final class MainWindow {

    static final double PREFERRED_WIDTH = 1100;
    static final double PREFERRED_HEIGHT = 720;
    static final double MIN_WIDTH = 900;
    static final double MIN_HEIGHT = 600;
    /** Ctrl+K (Cmd+K on macOS) opens the connection picker from anywhere in the window. */
    static final KeyCombination CONNECTION_PICKER_KEYS = new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN);

    private final ShellViewModel shell;
    /** The features' ViewModels when given at once; else they come with {@link #attach}. */
    private final MainWindowModels models;
    private ShellView view;

    /** The whole window, shown at once. */
    public MainWindow(MainWindowModels models) {
        this.models = Objects.requireNonNull(models, "models");
        this.shell = models.shell();
    }

    /**
     * The light shell first (sidebar, header, connection state), the sections once their ViewModels are
     * {@linkplain #attach attached}: start-up shows the window before the features are built.
     */
    public MainWindow(ShellViewModel shell) {
        this.models = null;
        this.shell = Objects.requireNonNull(shell, "shell");
    }

    /** Builds the window's content into {@code stage} and shows it. Call on the JavaFX thread. */
    public void show(Stage stage) {
        ThemeApplier.follow(shell.darkThemeProperty());

        view = models != null ? new ShellView(models) : new ShellView(shell);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(view,
                Math.min(PREFERRED_WIDTH, screen.getWidth()), Math.min(PREFERRED_HEIGHT, screen.getHeight()));
        scene.getStylesheets().add(MainWindow.class.getResource("lambdadesk.css").toExternalForm());
        SectionShortcuts.install(scene, shell);
        scene.getAccelerators().put(CONNECTION_PICKER_KEYS, shell::requestConnectionPicker);

        stage.setTitle(ShellViewModel.WINDOW_TITLE);
        stage.getIcons().setAll(AppIcons.load());
        stage.setMinWidth(Math.min(MIN_WIDTH, screen.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, screen.getHeight()));
        stage.setScene(scene);
        stage.show();
        view.focusNavigation();
    }

    /** Fills a shown light shell with the sections and the live state panel. Call on the JavaFX thread. */
    public void attach(MainWindowModels windowModels) {
        if (view == null) {
            throw new IllegalStateException("show the window before attaching its sections");
        }
        view.attach(windowModels);
    }
}
