package dev.lambdadesk.ui.functions.create;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.ui.common.FormField;
import dev.lambdadesk.ui.common.FormValidation;
import dev.lambdadesk.validation.Violation;

/**
 * One section of the Create function form: it owns some request members, writes them into the request, reads them
 * back from an imported request or a draft, and registers its fields (the ids of their controls) with the members
 * they edit.
 */
abstract class FormSection {

    private final Map<Observable, String> inputs = new LinkedHashMap<>();
    private final List<FormField<?>> fields = new ArrayList<>();

    /** Declares a field of the section, in the order the form shows it; its value re-validates the form. */
    protected final <T> FormField<T> field(FormField<T> field) {
        fields.add(field);
        input(field.id(), field.input());
        return field;
    }

    /** The section's fields, in form order. */
    final List<FormField<?>> fields() {
        return List.copyOf(fields);
    }

    /** Registers what the person edits as part of {@code fieldId}; a change there re-validates the form. */
    protected final <T extends Observable> T input(String fieldId, T observable) {
        inputs.put(observable, fieldId);
        return observable;
    }

    /** A text value, starting at {@code initial}. */
    static StringProperty text(String initial) {
        return new SimpleStringProperty(initial);
    }

    /** A yes/no value. */
    static BooleanProperty flag(boolean initial) {
        return new SimpleBooleanProperty(initial);
    }

    /** The text property a field of {@link #text} edits, for the section's public accessors. */
    static StringProperty textOf(FormField<String> field) {
        return (StringProperty) field.property();
    }

    /** The property a field of {@link #flag} edits. */
    static BooleanProperty flagOf(FormField<Boolean> field) {
        return (BooleanProperty) field.property();
    }

    /** Every editable value of the section, with the field it belongs to. */
    final Map<Observable, String> inputs() {
        return inputs;
    }

    /** Registers the section's fields with the paths whose findings land on them, in form order. */
    void registerFields(FormValidation validation) {
        fields.forEach(validation::field);
    }

    /** Adds the section's members to the CreateFunction request; fields that do not apply are left out. */
    void writeTo(ObjectNode request) {
        fields.forEach(f -> f.writeTo(request));
    }

    /** Takes the section's members out of an imported request; what is left over is carried as is. */
    void readFrom(ObjectNode request) {
        fields.forEach(f -> f.readFrom(request));
    }

    /** Back to the values of a new form. */
    void reset() {
        fields.forEach(FormField::reset);
    }

    /**
     * Writes the section into a draft: the request without what drafts do not keep (secrets unless allowed, a
     * package's bytes); {@code form} holds what the request cannot (values outside it, a file path, flags).
     */
    void writeDraft(ObjectNode request, ObjectNode form, boolean keepSecrets) {
        for (FormField<?> f : fields) {
            if (!f.keptInDrafts() || f.isSecret() && !keepSecrets) {
                continue;
            }
            if (f.inRequest()) {
                f.writeTo(request);
            } else {
                f.writeDraft(form);
            }
        }
    }

    void readDraft(ObjectNode request, JsonNode form) {
        readFrom(request);
        fields.stream().filter(f -> !f.inRequest()).forEach(f -> f.readDraft(form));
    }

    /** Findings about the editor itself that the request cannot show (two rows with the same name). */
    List<Violation> editorFindings() {
        return new ArrayList<>();
    }

    /** Called after each validation, for editors that show findings per row. */
    void showFindings(FormValidation validation) {
    }
}
