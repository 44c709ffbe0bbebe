package dev.lambdadesk.ui.functions.create;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.core.Operation;
import dev.lambdadesk.ui.common.FormField;
import dev.lambdadesk.ui.common.FormValidation;
import dev.lambdadesk.ui.workspace.Workspace;
import dev.lambdadesk.validation.RequestValidator;
import dev.lambdadesk.validation.Violation;

/**
 * The sections of the Create function form together: the CreateFunction request they write, validation of it on
 * every change, and reading a request (an import, a draft) back into the fields. Members the form has no field
 * for are carried along unchanged, so the rules still see (and report) them.
 */
final class FunctionForm {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    final BasicsSection basics = new BasicsSection();
    final CodeSection code;
    final PermissionsSection permissions;
    final SettingsSection settings = new SettingsSection();
    final EnvironmentSection environment = new EnvironmentSection();
    final LayersSection layers;
    final NetworkingSection networking = new NetworkingSection();
    final FileSystemSection fileSystem = new FileSystemSection();
    final DeliverySection delivery = new DeliverySection();
    final CodeSigningSection codeSigning;
    final TagsSection tags = new TagsSection();
    final PublishSection publish = new PublishSection();
    final AdvancedSection advanced = new AdvancedSection();
    final List<FormSection> sections;
    final FormValidation validation = new FormValidation();

    private final RequestValidator validator;
    private ObjectNode carried = NODES.objectNode();
    private boolean applying;
    private Runnable onEdit = () -> { };

    FunctionForm(Workspace workspace) {
        this.validator = workspace.validator();
        this.code = new CodeSection(workspace.session(), workspace.ui(), basics.imageProperty());
        this.permissions = new PermissionsSection(workspace.stores());
        this.codeSigning = new CodeSigningSection(workspace.stores(), basics.imageProperty());
        this.layers = new LayersSection(basics.imageProperty(), workspace.stores(), basics,
                codeSigning.configArnProperty());
        this.sections = List.of(basics, code, permissions, settings, environment, layers, networking, fileSystem,
                delivery, codeSigning, tags, publish, advanced);
        sections.forEach(s -> s.registerFields(validation));
        basics.functionNameProperty().addListener((o, old, name) -> permissions.functionNamed(name));
        permissions.functionNamed(basics.functionNameProperty().get());
        layers.picks().onVerdictsChanged(this::revalidate);
        for (FormSection section : sections) {
            for (Map.Entry<Observable, String> input : section.inputs().entrySet()) {
                String fieldId = input.getValue();
                input.getKey().addListener((InvalidationListener) observable -> edited(fieldId));
            }
        }
        revalidate();
    }

    /** Every declared field of the form, in form order. */
    List<FormField<?>> fields() {
        return sections.stream().flatMap(s -> s.fields().stream()).toList();
    }

    /** Told after each change the person makes (not after a reset or an import), e.g. to autosave. */
    void onEdit(Runnable listener) {
        this.onEdit = listener;
    }

    private void edited(String fieldId) {
        if (applying) {
            return;
        }
        validation.edited(fieldId);
        revalidate();
        onEdit.run();
    }

    /** The CreateFunction request the form holds now, as AWS CLI input JSON. */
    ObjectNode request() {
        ObjectNode request = NODES.objectNode();
        sections.forEach(s -> s.writeTo(request));
        JsonFields.mergeMissing(request, carried);
        return request;
    }

    /** Validates the whole request with the shared rules and shows the findings on the fields. */
    void revalidate() {
        List<Violation> findings = new ArrayList<>(validator.validate(Operation.CREATE_FUNCTION, request()));
        findings.removeIf(permissions::coveredByNewRole);
        sections.forEach(s -> findings.addAll(s.editorFindings()));
        validation.show(findings);
        sections.forEach(s -> s.showFindings(validation));
    }

    /**
     * Replaces the form's content with {@code request} (CLI input JSON); with {@code draftForm} it is a draft and
     * the sections also read what they kept beside the request. Returns the top-level members no field took.
     */
    List<String> apply(ObjectNode request, JsonNode draftForm) {
        ObjectNode rest = request.deepCopy();
        applying = true;
        try {
            sections.forEach(FormSection::reset);
            for (FormSection section : sections) {
                if (draftForm == null) {
                    section.readFrom(rest);
                } else {
                    section.readDraft(rest, draftForm);
                }
            }
            carried = rest;
            validation.clearServiceProblems();
        } finally {
            applying = false;
        }
        revalidate();
        List<String> names = new ArrayList<>();
        rest.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Back to a new, empty form. */
    void reset() {
        applying = true;
        try {
            sections.forEach(FormSection::reset);
            carried = NODES.objectNode();
            validation.clearServiceProblems();
        } finally {
            applying = false;
        }
        revalidate();
    }

    /** The form as a draft: the request (without the package's bytes) and what only the form knows. */
    ObjectNode draft(boolean keepSecrets) {
        ObjectNode request = NODES.objectNode();
        ObjectNode form = NODES.objectNode();
        sections.forEach(s -> s.writeDraft(request, form, keepSecrets));
        JsonFields.mergeMissing(request, carried);
        ObjectNode draft = NODES.objectNode();
        draft.set("request", request);
        draft.set("form", form);
        return draft;
    }

    /** Reads a draft written by {@link #draft(boolean)}. */
    List<String> restore(ObjectNode draft) {
        JsonNode request = draft.get("request");
        return apply(request instanceof ObjectNode o ? o : NODES.objectNode(), draft.path("form"));
    }
}
