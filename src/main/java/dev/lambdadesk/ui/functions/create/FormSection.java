package dev.lambdadesk.ui.functions.create;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.beans.Observable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.ui.common.FormValidation;
import dev.lambdadesk.validation.Violation;

/**
 * One section of the Create function form: it owns some request members, writes them into the request, reads them
 * back from an imported request or a draft, and registers its fields (the ids of their controls) with the members
 * they edit.
 */
abstract class FormSection {

    private final Map<Observable, String> inputs = new LinkedHashMap<>();

    /** Registers what the person edits as part of {@code fieldId}; a change there re-validates the form. */
    protected final <T extends Observable> T input(String fieldId, T observable) {
        inputs.put(observable, fieldId);
        return observable;
    }

    /** Every editable value of the section, with the field it belongs to. */
    final Map<Observable, String> inputs() {
        return inputs;
    }

    /** Registers the section's fields, in the order the form shows them. */
    abstract void registerFields(FormValidation validation);

    /** Adds the section's members to the CreateFunction request; fields that do not apply are left out. */
    abstract void writeTo(ObjectNode request);

    /** Takes the section's members out of an imported request; what is left over is carried as is. */
    abstract void readFrom(ObjectNode request);

    /** Back to the values of a new form. */
    abstract void reset();

    /** Writes the section into a draft; {@code form} holds what the request cannot (a file path, flags). */
    void writeDraft(ObjectNode request, ObjectNode form, boolean keepSecrets) {
        writeTo(request);
    }

    void readDraft(ObjectNode request, JsonNode form) {
        readFrom(request);
    }

    /** Findings about the editor itself that the request cannot show (two rows with the same name). */
    List<Violation> editorFindings() {
        return new ArrayList<>();
    }

    /** Called after each validation, for editors that show findings per row. */
    void showFindings(FormValidation validation) {
    }
}
