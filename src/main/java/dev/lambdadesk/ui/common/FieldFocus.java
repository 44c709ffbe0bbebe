package dev.lambdadesk.ui.common;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;

/** Moves the keyboard focus to a field, opening collapsed panes and scrolling it into view on the way. */
public final class FieldFocus {

    private FieldFocus() {
    }

    public static void focus(Node field) {
        if (field.getScene() == null) { // inside a pane whose skin has not added it yet: focus it once it is there
            field.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> observable,
                        javafx.scene.Scene old, javafx.scene.Scene now) {
                    if (now != null) {
                        field.sceneProperty().removeListener(this);
                        javafx.application.Platform.runLater(() -> focus(field));
                    }
                }
            });
            return;
        }
        for (Parent p = field.getParent(); p != null; p = p.getParent()) {
            if (p instanceof TitledPane pane && !pane.isExpanded()) {
                pane.setExpanded(true);
            }
        }
        for (Parent p = field.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane scroll) {
                scrollTo(scroll, field);
                break;
            }
        }
        focusable(field).requestFocus();
    }

    /** The node itself when it takes the focus, else its first control that does (an editor of several). */
    private static Node focusable(Node node) {
        if (node.isFocusTraversable() || !(node instanceof Parent parent)) {
            return node;
        }
        for (Node child : parent.getChildrenUnmodifiable()) {
            Node found = focusable(child);
            if (found.isFocusTraversable() && !found.isDisabled() && found.isVisible()) {
                return found;
            }
        }
        return node;
    }

    private static void scrollTo(ScrollPane scroll, Node field) {
        Node content = scroll.getContent();
        if (content == null) {
            return;
        }
        scroll.layout();
        Bounds inContent = content.sceneToLocal(field.localToScene(field.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        double target = Math.max(0, inContent.getMinY() - 48);
        scroll.setVvalue(Math.min(1, target / (contentHeight - viewport)));
    }
}
