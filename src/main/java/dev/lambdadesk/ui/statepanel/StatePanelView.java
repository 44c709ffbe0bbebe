package dev.lambdadesk.ui.statepanel;

import java.util.IdentityHashMap;
import java.util.Map;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import atlantafx.base.theme.Styles;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The content of the live state panel; the shell puts it in the collapsible area at the bottom of the window. Shows
 * a desktop notification when a watched function becomes Active or Failed.
 */
public final class StatePanelView extends StackPane {

    private final StatePanelViewModel viewModel;
    private final VBox list = new VBox();
    private final Map<WatchRow, WatchRowView> views = new IdentityHashMap<>();
    private final HBox emptyState;
    private final BorderPane content;

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
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("watch-scroll");
        Button clear = new Button("Clear finished", new FontIcon("fth-trash-2"));
        clear.setId("state-panel-clear");
        clear.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        clear.disableProperty().bind(viewModel.hasFinishedRows().not());
        HBox bar = new HBox(clear);
        bar.getStyleClass().add("state-panel-bar");
        bar.setAlignment(Pos.CENTER_RIGHT);
        content = new BorderPane(scroll);
        content.setTop(bar);

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
    }

    void notify(StateNotice notice) {
        Window owner = getScene() == null ? null : getScene().getWindow();
        if (owner == null || !owner.isShowing()) {
            return;
        }
        StateToast.show(owner, notice);
    }
}
