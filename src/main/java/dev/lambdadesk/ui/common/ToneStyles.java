package dev.lambdadesk.ui.common;

import java.util.Map;

import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.scene.Node;

import atlantafx.base.theme.Styles;

/** Shows a {@link Tone} on a node through AtlantaFX's state pseudo-classes (:accent, :success, :warning, :danger). */
public final class ToneStyles {

    private static final Map<Tone, PseudoClass> STATES = Map.of(
            Tone.ACCENT, Styles.STATE_ACCENT,
            Tone.SUCCESS, Styles.STATE_SUCCESS,
            Tone.WARNING, Styles.STATE_WARNING,
            Tone.DANGER, Styles.STATE_DANGER);

    private ToneStyles() {
    }

    /** Keeps the node's state pseudo-class in step with {@code tone}. */
    public static void bind(Node node, ObservableValue<Tone> tone) {
        apply(node, tone.getValue());
        tone.addListener((observable, old, now) -> apply(node, now));
    }

    public static void apply(Node node, Tone tone) {
        STATES.forEach((candidate, state) -> node.pseudoClassStateChanged(state, candidate == tone));
    }
}
