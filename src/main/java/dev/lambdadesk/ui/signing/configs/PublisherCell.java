package dev.lambdadesk.ui.signing.configs;

import javafx.beans.binding.Bindings;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.javafx.FontIcon;

import dev.lambdadesk.ui.common.Tone;
import dev.lambdadesk.ui.common.ToneStyles;

/**
 * A checklist line: a check box with the profile's name and version, its status in words (revoked and canceled
 * ones flagged) and what the rules say about the ARN when something is wrong with it.
 */
final class PublisherCell extends ListCell<PublisherChoice> {

    private final CheckBox check = new CheckBox();
    private final Label note = new Label();
    private final Tooltip noteWhole = new Tooltip();
    private final Label problem = new Label();
    private final VBox box = new VBox(2, check, note, problem);
    private PublisherChoice bound;

    PublisherCell() {
        note.getStyleClass().add("publisher-note");
        problem.getStyleClass().add("publisher-note");
        problem.managedProperty().bind(problem.visibleProperty());
        ToneStyles.apply(problem, Tone.DANGER);
        check.setMnemonicParsing(false);
        setPrefWidth(0); // as wide as the list, never wider: long notes end in "…", whole in their tooltip
        note.setTooltip(noteWhole);
        noteWhole.textProperty().bind(note.textProperty());
    }

    @Override
    protected void updateItem(PublisherChoice item, boolean empty) {
        super.updateItem(item, empty);
        if (bound != null) {
            check.selectedProperty().unbindBidirectional(bound.selectedProperty());
            problem.textProperty().unbind();
            problem.visibleProperty().unbind();
            bound = null;
        }
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        bound = item;
        check.setText(item.title());
        check.setId("publisher-" + item.profile().map(p -> p.name()).orElse("arn-" + getIndex()));
        check.selectedProperty().bindBidirectional(item.selectedProperty());
        check.setGraphic(item.isFlagged() ? new FontIcon("fth-alert-triangle") : null);
        note.setText(item.note());
        ToneStyles.apply(note, item.isFlagged() ? item.tone() : Tone.NEUTRAL);
        problem.textProperty().bind(item.problemProperty());
        problem.visibleProperty().bind(Bindings.isNotEmpty(item.problemProperty()));
        setGraphic(box);
    }
}
