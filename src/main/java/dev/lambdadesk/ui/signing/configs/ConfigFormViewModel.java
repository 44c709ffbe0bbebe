package dev.lambdadesk.ui.signing.configs;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.core.CodeSigningConfigInfo;
import dev.lambdadesk.core.Operation;
import dev.lambdadesk.persist.SamTemplate;
import dev.lambdadesk.ui.common.FormValidation;
import dev.lambdadesk.ui.workspace.Workspace;
import dev.lambdadesk.ui.workspace.FormDraft;
import dev.lambdadesk.ui.common.FormExport;
import dev.lambdadesk.ui.common.ServiceCalls;
import dev.lambdadesk.ui.common.KeyValueTable;

/**
 * The code signing configuration editor (new or edit): description, policy Warn or Enforce, allowed publishers
 * from a checklist, tags; written as Create/UpdateCodeSigningConfig CLI input and checked live by the shared rules
 * (1 to 20 publishers among them). Autosaves its draft and exports as CLI JSON or a SAM template.
 */
public final class ConfigFormViewModel {

    /** The draft's form id. */
    public static final String FORM_ID = "code-signing-config";
    public static final String WARN = "Warn";
    public static final String ENFORCE = "Enforce";
    private static final String PUBLISHERS = "AllowedPublishers";

    private final Workspace context;
    private final ServiceCalls calls;
    private final StringProperty editing = new SimpleStringProperty(this, "editing", "");
    private final StringProperty description = new SimpleStringProperty(this, "description", "");
    private final ObjectProperty<String> policy = new SimpleObjectProperty<>(this, "policy", WARN);
    private final KeyValueTable tags = new KeyValueTable("Tags", "tags");
    private final PublisherChecklist publishers;
    private final FormValidation validation = new FormValidation();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final BooleanBinding saveDisabled;
    private final FormDraft draft;
    private final FormExport export;
    private Consumer<CodeSigningConfigInfo> onSaved = c -> { };

    public ConfigFormViewModel(Workspace context) {
        this.context = Objects.requireNonNull(context, "context");
        this.calls = context.calls();
        this.publishers = new PublisherChecklist(context);
        validation.field("csc-description", "Description");
        validation.field("csc-policy", "CodeSigningPolicies");
        validation.field("csc-publishers", PUBLISHERS);
        validation.field("csc-tags", "Tags");
        draft = new FormDraft(FORM_ID, context, this::snapshot, this::restore,
                d -> d.path("request").path("Description").asText(""));
        export = new FormExport(context.ui(), this::request, r -> new SamTemplate().codeSigningConfig(
                "CodeSigningConfig", r), notice::set);
        watch("csc-description", description);
        watch("csc-policy", policy);
        watch("csc-publishers", publishers.choices());
        watch("csc-tags", tags.rows());
        saveDisabled = validation.hasErrorsProperty().or(saving);
        revalidate();
    }

    private void watch(String fieldId, Observable input) {
        input.addListener(o -> {
            validation.edited(fieldId);
            revalidate();
            draft.changed();
        });
    }

    private void revalidate() {
        validation.show(context.validator().validate(isEditing() ? Operation.UPDATE_CODE_SIGNING_CONFIG
                : Operation.CREATE_CODE_SIGNING_CONFIG, request()));
        publishers.showProblems(validation.problemsUnder(PUBLISHERS + ".SigningProfileVersionArns"));
    }

    /** Opens an empty editor for a new configuration, offering a saved draft. */
    public void startNew() {
        draft.quietly(() -> {
            editing.set("");
            description.set("");
            policy.set(WARN);
            tags.rows().clear();
            publishers.select(List.of());
        });
        clearProblems();
        publishers.load(draft::quietly);
        draft.check();
    }

    /** Opens the editor on an existing configuration. */
    public void edit(CodeSigningConfigInfo config) {
        draft.quietly(() -> {
            editing.set(config.arn());
            description.set(config.description());
            policy.set(ENFORCE.equalsIgnoreCase(config.policy()) ? ENFORCE : WARN);
            tags.rows().clear();
            publishers.select(config.allowedPublishers());
        });
        clearProblems();
        publishers.load(draft::quietly);
    }

    /** The request the editor holds now: CreateCodeSigningConfig, or UpdateCodeSigningConfig when editing. */
    public ObjectNode request() {
        ObjectNode request = JsonNodeFactory.instance.objectNode();
        if (isEditing()) {
            request.put("CodeSigningConfigArn", editing.get());
        }
        request.put("Description", description.get());
        ArrayNode arns = request.putObject(PUBLISHERS).putArray("SigningProfileVersionArns");
        publishers.selectedArns().forEach(arns::add);
        request.putObject("CodeSigningPolicies").put("UntrustedArtifactOnDeployment", policy.get());
        ObjectNode tagMap = tags.toJsonOrNull();
        if (tagMap != null && !isEditing()) {
            request.set("Tags", tagMap);
        }
        return request;
    }

    /** Creates or updates the configuration; does nothing while an error stands. */
    public void save() {
        if (saveDisabled.get()) {
            return;
        }
        ObjectNode request = request();
        boolean update = isEditing();
        clearProblems();
        saving.set(true);
        calls.run(() -> update ? context.session().codeSigningConfigs().update(request)
                : context.session().codeSigningConfigs().create(request), saved -> {
                    saving.set(false);
                    if (!update) {
                        draft.forget();
                    }
                    notice.set((update ? "Saved " : "Created ") + saved.id() + ".");
                    onSaved.accept(saved);
                }, failed -> {
                    saving.set(false);
                    problem.set(failed.summary());
                    validation.showServiceProblem(failed.summary(), failed.memberPaths());
                });
    }

    private void clearProblems() {
        validation.clearServiceProblems();
        problem.set("");
    }

    private ObjectNode snapshot() {
        ObjectNode saved = JsonNodeFactory.instance.objectNode();
        saved.set("request", request());
        saved.put("editing", editing.get());
        return saved;
    }

    private void restore(ObjectNode saved) {
        ObjectNode request = saved.path("request").isObject() ? (ObjectNode) saved.get("request")
                : JsonNodeFactory.instance.objectNode();
        editing.set(saved.path("editing").asText(""));
        description.set(request.path("Description").asText(""));
        policy.set(ENFORCE.equals(request.path("CodeSigningPolicies").path("UntrustedArtifactOnDeployment")
                .asText()) ? ENFORCE : WARN);
        List<String> arns = new ArrayList<>();
        request.path(PUBLISHERS).path("SigningProfileVersionArns").forEach(a -> arns.add(a.asText()));
        publishers.select(arns);
        tags.fromJson(request.get("Tags"));
    }

    /** What a policy does, in one sentence. */
    public static String explain(String policy) {
        return ENFORCE.equals(policy)
                ? "Enforce: Lambda refuses to deploy a package that is unsigned, signed by a profile not listed "
                        + "here, expired or revoked."
                : "Warn: Lambda deploys such a package anyway and only records a warning (a signature metric and "
                        + "a CloudTrail entry).";
    }

    public StringBinding policyExplanation() {
        return Bindings.createStringBinding(() -> explain(policy.get()), policy);
    }

    public Optional<String> limitsOf(String memberPath) {
        return context.validator().describe(Operation.CREATE_CODE_SIGNING_CONFIG, memberPath);
    }

    public boolean isEditing() {
        return !editing.get().isEmpty();
    }

    /** "New code signing configuration" or "Edit csc-…". */
    public StringBinding titleBinding() {
        return Bindings.createStringBinding(() -> editing.get().isEmpty() ? "New code signing configuration"
                : "Edit " + editing.get().substring(editing.get().lastIndexOf(':') + 1), editing);
    }

    public void onSaved(Consumer<CodeSigningConfigInfo> listener) {
        this.onSaved = Objects.requireNonNull(listener);
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public ObjectProperty<String> policyProperty() {
        return policy;
    }

    public KeyValueTable tags() {
        return tags;
    }

    public PublisherChecklist publishers() {
        return publishers;
    }

    public FormValidation validation() {
        return validation;
    }

    public FormDraft draft() {
        return draft;
    }

    public FormExport export() {
        return export;
    }

    public BooleanBinding saveDisabledProperty() {
        return saveDisabled;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
