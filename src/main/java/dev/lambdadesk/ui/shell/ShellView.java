package dev.lambdadesk.ui.shell;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

import atlantafx.base.theme.Styles;
import org.kordamp.ikonli.javafx.FontIcon;

import dev.lambdadesk.ui.common.FxmlViews;
import dev.lambdadesk.ui.statepanel.StatePanelView;

/** The main window's content (ShellView.fxml): binds the sidebar, header, section area and state panel. */
public final class ShellView extends BorderPane {

    @FXML
    private ListView<Section> navigation;
    @FXML
    private Label sectionTitle;
    @FXML
    private StackPane connectionSlot;
    @FXML
    private StackPane noticeSlot;
    @FXML
    private Button themeToggle;
    @FXML
    private FontIcon themeIcon;
    @FXML
    private StackPane content;
    @FXML
    private TitledPane statePanel;

    private final MainWindowModels models;
    private final ShellViewModel viewModel;
    private final SectionViews sections;

    public ShellView(MainWindowModels models) {
        this.models = models;
        this.viewModel = models.shell();
        this.sections = new SectionViews(models);
        FxmlViews.load(this);
    }

    /** Puts the keyboard focus on the sidebar, so the arrow keys move between sections right away. */
    public void focusNavigation() {
        navigation.requestFocus();
    }

    @FXML
    private void initialize() {
        bindNavigation();
        bindHeader();
        bindContent();
        bindStatePanel();
    }

    @FXML
    private void toggleTheme() {
        viewModel.toggleTheme();
    }

    private void bindNavigation() {
        navigation.getItems().setAll(Section.values());
        navigation.setCellFactory(list -> new NavigationCell());
        navigation.getSelectionModel().select(viewModel.selectedSectionProperty().get());
        navigation.getSelectionModel().selectedItemProperty().addListener((observable, old, now) -> {
            if (now == null) {
                // Ctrl+click can clear a ListView's selection; the sidebar always shows where you are.
                Section current = viewModel.selectedSectionProperty().get();
                Platform.runLater(() -> navigation.getSelectionModel().select(current));
            } else {
                viewModel.select(now);
            }
        });
        viewModel.selectedSectionProperty().addListener(
                (observable, old, now) -> navigation.getSelectionModel().select(now));
    }

    private void bindHeader() {
        sectionTitle.textProperty().bind(viewModel.sectionTitleProperty());
        Button connectionButton = new Button();
        connectionButton.setId("connection-button");
        connectionButton.getStyleClass().addAll(Styles.FLAT, "connection-button");
        connectionButton.setGraphic(new ConnectionIndicator(viewModel));
        connectionButton.accessibleTextProperty().bind(viewModel.connectionSummaryProperty());
        connectionButton.setOnAction(event -> viewModel.requestConnectionPicker());
        connectionSlot.getChildren().add(connectionButton);
        noticeSlot.getChildren().add(new NoticeBar(viewModel));

        themeToggle.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        Tooltip themeTooltip = new Tooltip();
        themeTooltip.textProperty().bind(viewModel.themeToggleTextProperty());
        themeToggle.setTooltip(themeTooltip);
        themeToggle.accessibleTextProperty().bind(viewModel.themeToggleTextProperty());
        showThemeIcon(viewModel.darkThemeProperty().get());
        viewModel.darkThemeProperty().addListener((observable, old, dark) -> showThemeIcon(dark));
    }

    private void showThemeIcon(boolean dark) {
        themeIcon.setIconLiteral(dark ? "fth-sun" : "fth-moon");
    }

    private void bindContent() {
        content.getChildren().setAll(sections.hostFor(viewModel.selectedSectionProperty().get()));
        viewModel.selectedSectionProperty().addListener(
                (observable, old, now) -> content.getChildren().setAll(sections.hostFor(now)));
    }

    /** The live state panel takes no room while it watches nothing: its title says what will appear there. */
    private void bindStatePanel() {
        StatePanelView view = new StatePanelView(models.statePanel());
        Runnable follow = () -> {
            boolean empty = models.statePanel().rows().isEmpty();
            statePanel.setContent(empty ? null : view);
            statePanel.setText(empty ? "Live state · functions you create or update appear here" : "Live state");
        };
        models.statePanel().rows().addListener((javafx.beans.InvalidationListener) o -> follow.run());
        follow.run();
        statePanel.expandedProperty().bindBidirectional(viewModel.statePanelExpandedProperty());
    }
}
