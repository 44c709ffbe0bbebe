package dev.lambdadesk.ui.sam;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.Region;

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

    /**
     * Shows {@code nodes}, read again after a change: the line selected stays selected and a line someone opened or
     * closed stays so (a resource that gains findings opens).
     */
    private void fill(List<ResourceNode> nodes) {
        TreeItem<ResourceNode> selected = getSelectionModel().getSelectedItem();
        String selectedId = selected == null || selected.getValue() == null ? null : selected.getValue().id();
        Map<String, Boolean> expanded = new HashMap<>();
        remember(getRoot(), expanded);
        getRoot().getChildren().setAll(nodes.stream().map(node -> item(node, expanded)).toList());
        if (selectedId != null) {
            find(getRoot(), selectedId).ifPresent(item -> getSelectionModel().select(item));
        }
    }

    private TreeItem<ResourceNode> item(ResourceNode node, Map<String, Boolean> expandedBefore) {
        TreeItem<ResourceNode> item = new TreeItem<>(node);
        item.getChildren().setAll(node.children().stream().map(child -> item(child, expandedBefore)).toList());
        // groups and resources with findings open; a resource without findings has nothing under it
        boolean opens = node.id().startsWith("group-") || !node.children().isEmpty();
        item.setExpanded(node.children().isEmpty() ? opens : expandedBefore.getOrDefault(node.id(), opens));
        return item;
    }

    /** The open or closed state of every line that has lines under it. */
    private static void remember(TreeItem<ResourceNode> item, Map<String, Boolean> expanded) {
        for (TreeItem<ResourceNode> child : item.getChildren()) {
            if (!child.getChildren().isEmpty()) {
                expanded.put(child.getValue().id(), child.isExpanded());
                remember(child, expanded);
            }
        }
    }

    private static Optional<TreeItem<ResourceNode>> find(TreeItem<ResourceNode> item, String id) {
        for (TreeItem<ResourceNode> child : item.getChildren()) {
            if (child.getValue().id().equals(id)) {
                return Optional.of(child);
            }
            Optional<TreeItem<ResourceNode>> below = find(child, id);
            if (below.isPresent()) {
                return below;
            }
        }
        return Optional.empty();
    }

    private static final class Cell extends TreeCell<ResourceNode> {
        private final Label title = new Label();
        private final Label detail = new Label();
        private final Line box = new Line(title, detail);

        Cell() {
            title.getStyleClass().add("sam-tree-title");
            detail.getStyleClass().add("form-note");
            setPrefWidth(0); // never wider than the tree: a long line ends in "…" (whole in its tooltip), no sideways scroll
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

    /** A tree line: the title whole while it fits, the quieter detail in what is left; each ends in "…" when cut. */
    private static final class Line extends Region {
        private static final double GAP = 8;
        private final Label title;
        private final Label detail;

        Line(Label title, Label detail) {
            this.title = title;
            this.detail = detail;
            getChildren().addAll(title, detail);
        }

        @Override
        protected double computePrefWidth(double height) {
            return title.prefWidth(-1) + GAP + detail.prefWidth(-1);
        }

        @Override
        protected double computeMinWidth(double height) {
            return 0;
        }

        @Override
        protected double computePrefHeight(double width) {
            return Math.max(title.prefHeight(-1), detail.prefHeight(-1));
        }

        @Override
        protected void layoutChildren() {
            double width = getWidth();
            double height = getHeight();
            double titleWidth = Math.min(title.prefWidth(-1), width);
            title.resizeRelocate(0, 0, titleWidth, height);
            double rest = Math.max(0, width - titleWidth - GAP);
            detail.resizeRelocate(titleWidth + GAP, 0, rest, height);
            detail.setVisible(rest > 0);
        }
    }
}
