package dev.lambdadesk.ui.sam;

import java.util.List;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import dev.lambdadesk.ui.common.ToneStyles;

/** The template's resources by kind, each with its findings under it; problems open, the rest as they were. */
final class ResourceTreeView extends TreeView<ResourceNode> {

    ResourceTreeView(List<ResourceNode> nodes) {
        super(new TreeItem<>());
        setId("sam-tree");
        setShowRoot(false);
        setCellFactory(tree -> new Cell());
        setMinWidth(220);
        if (nodes instanceof javafx.collections.ObservableList<ResourceNode> observable) {
            observable.addListener((ListChangeListener<ResourceNode>) change -> fill(observable));
        }
        fill(nodes);
    }

    private void fill(List<ResourceNode> nodes) {
        getRoot().getChildren().setAll(nodes.stream().map(this::item).toList());
    }

    private TreeItem<ResourceNode> item(ResourceNode node) {
        TreeItem<ResourceNode> item = new TreeItem<>(node);
        item.getChildren().setAll(node.children().stream().map(this::item).toList());
        // groups and resources with findings open; a resource without findings has nothing under it
        item.setExpanded(node.id().startsWith("group-") || !node.children().isEmpty());
        return item;
    }

    private static final class Cell extends TreeCell<ResourceNode> {
        private final Label title = new Label();
        private final Label detail = new Label();
        private final HBox box = new HBox(8, title, detail);

        Cell() {
            box.setAlignment(Pos.CENTER_LEFT);
            title.getStyleClass().add("sam-tree-title");
            detail.getStyleClass().add("form-note");
            title.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            HBox.setHgrow(detail, Priority.ALWAYS);
        }

        @Override
        protected void updateItem(ResourceNode node, boolean empty) {
            super.updateItem(node, empty);
            if (empty || node == null) {
                setGraphic(null);
                setTooltip(null);
                setId(null);
                return;
            }
            setId("sam-node-" + node.id());
            title.setText(node.title());
            detail.setText(node.detail());
            ToneStyles.apply(title, node.tone());
            setTooltip(new Tooltip(node.title() + (node.detail().isEmpty() ? "" : " — " + node.detail())));
            setGraphic(box);
        }
    }
}
