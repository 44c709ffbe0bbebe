package dev.lambdadesk.ui.functions.create;

import java.util.List;
import java.util.Map;

import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

import dev.lambdadesk.ui.common.FormField;
import dev.lambdadesk.ui.common.FormGrid;
import dev.lambdadesk.ui.common.FormValidation;
import dev.lambdadesk.ui.common.PickOrType;

/**
 * Builds the rows of one form section from its declared fields: each control gets its field id as node id, its live feedback, the member's
 * limits as tooltip, and is remembered as the place the problems list jumps to.
 */
final class FormBuilder {

    private final FormValidation validation;
    private final CreateFunctionViewModel viewModel;
    private final Map<String, Node> focusTargets;
    private final FormGrid grid = new FormGrid();

    FormBuilder(CreateFunctionViewModel viewModel, Map<String, Node> focusTargets) {
        this.viewModel = viewModel;
        this.validation = viewModel.validation();
        this.focusTargets = focusTargets;
    }

    FormGrid grid() {
        return grid;
    }

    /** Adds {@code control} as {@code field}, showing {@code content} (the control and its helpers). */
    Label field(FormField<?> field, Region control, Node content) {
        if (control.getId() == null) {
            control.setId(field.id());
        }
        focusTargets.putIfAbsent(field.id(), control);
        return grid.field(field.label(), control, content, validation.feedback(field.id()),
                viewModel.limitsOf(field.path()));
    }

    Label field(FormField<?> field, Region control) {
        return field(field, control, control);
    }

    TextField text(FormField<String> field, String prompt) {
        TextField text = new TextField();
        text.textProperty().bindBidirectional(field.property());
        text.setPromptText(prompt);
        field(field, text);
        return text;
    }

    /** A fixed list of choices; "" stands for the service default and reads {@code defaultText}. */
    ComboBox<String> choice(FormField<String> field, List<String> items, String defaultText) {
        ComboBox<String> combo = new ComboBox<>();
        combo.getItems().setAll(items);
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(String item) {
                return item == null || item.isEmpty() ? defaultText : item;
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        combo.valueProperty().bindBidirectional(field.property());
        combo.setMaxWidth(Double.MAX_VALUE);
        field(field, combo);
        return combo;
    }

    /** A list to pick from that also takes typed text; every keystroke reaches {@code value}. */
    static ComboBox<String> editableCombo(ObservableList<String> items, StringProperty value, String prompt) {
        return PickOrType.combo(items, value, prompt);
    }

    CheckBox check(FormField<Boolean> field, String text) {
        CheckBox box = new CheckBox(text);
        box.selectedProperty().bindBidirectional(field.property());
        field(field, box);
        return box;
    }

    /** A note under a field: what a choice means, or why something is unavailable. */
    static Label note(String id) {
        Label note = new Label();
        note.setId(id);
        note.getStyleClass().add("form-note");
        note.setWrapText(true);
        return note;
    }

    void row(String name, Node content) {
        grid.row(name, content);
    }
}
