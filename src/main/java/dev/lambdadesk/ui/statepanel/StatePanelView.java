package dev.lambdadesk.ui.statepanel;

import java.util.IdentityHashMap;
import java.util.Map;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import atlantafx.base.theme.Styles;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The content of the live state panel; the shell puts it in the collapsible area at the bottom of the window. It is
 * never taller than {@link #SHOWN_ROWS} rows, newest on top, so a form above keeps most of a small window; older
 * rows scroll. Shows a desktop notification when a watched function becomes Active or Failed.
 */
public final class StatePanelView extends StackPane {

    /** Rows shown at once; more scroll. */
    static final int SHOWN_ROWS = 2;

    private final StatePanelViewModel viewModel;
    private final VBox list = new VBox();
    private final Map<WatchRow, WatchRowView> views = new IdentityHashMap<>();
    private final HBox emptyState;
    private final HBox content;
    private final ScrollPane scroll;

    public StatePanelView(StatePanelViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("state-panel-content");
        getStylesheets().add(StatePanelView.class.getResource("state-panel.css").toExternalForm());

        Label message = new Label();
        message.setId("state-panel-empty");
        message.getStyleClass().add("empty-state-message");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.emptyStateMessageProperty());
        FontIcon icon = new FontIcon("fth-activity");
        icon.getStyleClass().add("empty-state-icon-small");
        emptyState = new HBox(icon, message);
        emptyState.getStyleClass().add("state-panel-empty-state");
        emptyState.setAlignment(Pos.CENTER);

        list.setId("watch-rows");
        list.getStyleClass().add("watch-rows");
        scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        HBox.setHgrow(scroll, Priority.ALWAYS);
        scroll.getStyleClass().add("watch-scroll");
        Button clear = new Button("Clear finished", new FontIcon("fth-trash-2"));
        clear.setId("state-panel-clear");
        clear.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        clear.disableProperty().bind(viewModel.hasFinishedRows().not());
        clear.setMinWidth(Region.USE_PREF_SIZE);
        VBox bar = new VBox(clear); // beside the rows, not above them: the panel's height is for rows
        bar.setMinWidth(Region.USE_PREF_SIZE);
        bar.getStyleClass().add("state-panel-bar");
        bar.setAlignment(Pos.TOP_RIGHT);
        content = new HBox(scroll, bar);

        viewModel.rows().addListener((ListChangeListener<WatchRow>) change -> showRows());
        clear.setOnAction(event -> viewModel.clearFinished());
        viewModel.onNotice(this::notify);
        showRows();
    }

    private void showRows() {
        views.keySet().retainAll(viewModel.rows());
        list.getChildren().setAll(viewModel.rows().stream()
                .map(row -> views.computeIfAbsent(row, r -> new WatchRowView(r, () -> viewModel.dismiss(r))))
                .toList());
        getChildren().setAll(viewModel.rows().isEmpty() ? emptyState : content);
        scroll.setVvalue(0); // the newest row is the first: keep it in sight
    }

    @Override
    protected double computePrefHeight(double width) {
        if (list.getChildren().isEmpty()) {
            return super.computePrefHeight(width);
        }
        double rows = 0;
        for (int i = 0; i < Math.min(SHOWN_ROWS, list.getChildren().size()); i++) {
            rows += list.getChildren().get(i).prefHeight(-1);
        }
        return snappedTopInset() + snappedBottomInset() + Math.ceil(rows) + 2;
    }

    @Override
    protected double computeMaxHeight(double width) {
        return computePrefHeight(width);
    }

    void notify(StateNotice notice) {
        Window owner = getScene() == null ? null : getScene().getWindow();
        if (owner == null || !owner.isShowing()) {
            return;
        }
        StateToast.show(owner, notice);
    }
}
