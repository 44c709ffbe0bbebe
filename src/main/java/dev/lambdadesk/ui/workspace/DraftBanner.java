package dev.lambdadesk.ui.workspace;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import dev.lambdadesk.ui.common.Tone;
import dev.lambdadesk.ui.common.ToneStyles;
import dev.lambdadesk.ui.common.Views;

/** "A draft of … is saved. Restore it?" with Restore and Discard, shown while a draft is on offer. */
public final class DraftBanner extends HBox {

    public DraftBanner(String id, FormDraft draft) {
        super(10);
        setId(id);
        getStyleClass().add("banner");
        Label text = new Label();
        text.setWrapText(true);
        text.textProperty().bind(draft.offerTextProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Button restore = Views.button(id + "-restore", "Restore", "fth-rotate-ccw", draft::restore);
        Button discard = Views.button(id + "-discard", "Discard", "fth-trash-2", draft::discard);
        getChildren().addAll(text, restore, discard);
        ToneStyles.apply(this, Tone.ACCENT);
        visibleProperty().bind(draft.offeredBinding());
        managedProperty().bind(visibleProperty());
    }
}
