package dev.lambdadesk.ui.common;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

import org.controlsfx.control.decoration.Decoration;
import org.controlsfx.control.decoration.Decorator;
import org.controlsfx.control.decoration.GraphicDecoration;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Draws a field's {@link FieldFeedback}: the theme's danger or warning state on the control, a ControlsFX graphic
 * decoration (an icon whose tooltip repeats the message) and the message itself in a label beside the field. The
 * message has one line, kept while empty, so a message coming or going never moves the fields below; a longer one
 * ends in "…" and is whole in its tooltip and in the form's problems list beside the fields. Decorations are
 * attached on a later pulse once the control is in a scene, as ControlsFX needs.
 */
public final class ValidationDecoration {

    private static final String KEY = ValidationDecoration.class.getName();

    private ValidationDecoration() {
    }

    /**
     * Keeps {@code control} (a control, or an editor made of several) and {@code message} in step with
     * {@code feedback}; {@code message} may be null.
     */
    public static void install(Region control, ObservableValue<FieldFeedback> feedback, Label message) {
        if (message != null) {
            Tooltip whole = new Tooltip(); // a message longer than its line ends in "…": here it is whole
            whole.textProperty().bind(message.textProperty());
            message.getStyleClass().add("field-message");
            message.setMinWidth(0);
            message.setMaxWidth(Double.MAX_VALUE);
            message.setTooltip(whole);
            message.minHeightProperty().bind(Bindings.createDoubleBinding(() -> oneLine(message.getFont()),
                    message.fontProperty()));
            if (control.getId() != null) {
                message.setId(control.getId() + "-message");
            }
        }
        show(control, feedback.getValue(), message);
        feedback.addListener((observable, old, now) -> show(control, now, message));
        control.sceneProperty().addListener((observable, old, scene) -> {
            if (scene != null) {
                Platform.runLater(() -> decorate(control, feedback.getValue()));
            }
        });
    }

    private static void show(Region control, FieldFeedback feedback, Label message) {
        ToneStyles.apply(control, feedback.tone());
        control.setAccessibleHelp(feedback.message());
        if (message != null) {
            message.setText(feedback.message());
            ToneStyles.apply(message, feedback.tone());
            message.setVisible(!feedback.isEmpty()); // hidden, its line kept
        }
        if (control.getScene() != null) {
            Platform.runLater(() -> decorate(control, feedback));
        }
    }

    /** The height of one line of text in {@code font}. */
    private static double oneLine(Font font) {
        Text line = new Text("Ag");
        line.setFont(font);
        return Math.ceil(line.getLayoutBounds().getHeight());
    }

    /** How far in from the right edge the icon sits: clear of a combo box's arrow, inside a text field. */
    private static double insideRightEdge(Region control) {
        if (control instanceof ComboBoxBase<?>) {
            return -40;
        }
        if (control instanceof TextInputControl) {
            return -14;
        }
        return -14;
    }

    /** True when {@code node} carries a decoration drawn by this class (for tests and for the problems list). */
    public static boolean isDecorated(Node node) {
        return node.getProperties().get(KEY) != null;
    }

    private static void decorate(Region control, FieldFeedback feedback) {
        Object previous = control.getProperties().remove(KEY);
        if (previous instanceof Decoration d) {
            Decorator.removeDecoration(control, d);
        }
        if (feedback.isEmpty() || control.getScene() == null) {
            return;
        }
        FontIcon icon = new FontIcon(feedback.isError() ? "fth-x-circle" : "fth-alert-triangle");
        icon.getStyleClass().addAll("field-decoration", feedback.isError() ? "field-decoration-error"
                : "field-decoration-warning");
        icon.setTextOrigin(VPos.TOP); // laid out by its top edge, not its baseline, so it centres on the field
        Tooltip.install(icon, new Tooltip(feedback.message()));
        Decoration decoration = control instanceof ButtonBase // a badge on the corner, clear of the label beside it
                ? new GraphicDecoration(icon, Pos.TOP_RIGHT, -3, 3)
                : new GraphicDecoration(icon, Pos.CENTER_RIGHT, insideRightEdge(control), 0);
        control.getProperties().put(KEY, decoration);
        Decorator.addDecoration(control, decoration);
    }
}
