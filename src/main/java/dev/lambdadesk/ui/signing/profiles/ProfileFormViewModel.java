package dev.lambdadesk.ui.signing.profiles;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.Observable;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.core.Operation;
import dev.lambdadesk.core.SigningPlatformInfo;
import dev.lambdadesk.core.SigningProfileInfo;
import dev.lambdadesk.persist.SamTemplate;
import dev.lambdadesk.ui.common.FormValidation;
import dev.lambdadesk.ui.workspace.Workspace;
import dev.lambdadesk.ui.workspace.FormDraft;
import dev.lambdadesk.ui.common.FormExport;
import dev.lambdadesk.ui.common.ServiceCalls;
import dev.lambdadesk.ui.common.KeyValueTable;

/**
 * The New signing profile form: name, platform (AWS Lambda preselected), signature validity (135 months unless
 * changed) and tags, written as PutSigningProfile CLI input and checked live by the shared rules. Autosaves its
 * draft, exports as CLI JSON or a SAM template.
 */
public final class ProfileFormViewModel {

    /** The draft's form id. */
    public static final String FORM_ID = "signing-profile";
    /** The units a validity period is given in. */
    public static final List<String> UNITS = List.of("DAYS", "MONTHS", "YEARS");

    private final Workspace context;
    private final ServiceCalls calls;
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObjectProperty<SigningPlatformInfo> platform = new SimpleObjectProperty<>(this, "platform");
    private final StringProperty validityValue = new SimpleStringProperty(this, "validityValue", "135");
    private final ObjectProperty<String> validityUnit = new SimpleObjectProperty<>(this, "validityUnit", "MONTHS");
    private final KeyValueTable tags = new KeyValueTable("tags", "tags");
    private final ObservableList<SigningPlatformInfo> platforms = FXCollections.observableArrayList();
    private final FormValidation validation = new FormValidation();
    private final ReadOnlyBooleanWrapper creating = new ReadOnlyBooleanWrapper(this, "creating");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper problemDetail = new ReadOnlyStringWrapper(this, "problemDetail", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final BooleanBinding createDisabled;
    private final FormDraft draft;
    private final FormExport export;
    private Consumer<SigningProfileInfo> onCreated = p -> { };

    public ProfileFormViewModel(Workspace context) {
        this.context = Objects.requireNonNull(context, "context");
        this.calls = context.calls();
        validation.field("profile-name", "profileName");
        validation.field("profile-platform", "platformId");
        validation.field("profile-validity", "signatureValidityPeriod");
        validation.field("profile-tags", "tags");
        draft = new FormDraft(FORM_ID, context, this::snapshot, this::restore,
                d -> d.path("profileName").asText(""));
        export = new FormExport(context.ui(), this::request, r -> new SamTemplate().signingProfile(
                SamTemplate.logicalIdFor(r.path("profileName").asText(""), "SigningProfile"), r), notice::set);
        watch("profile-name", name);
        watch("profile-platform", platform);
        watch("profile-validity", validityValue, validityUnit);
        watch("profile-tags", tags.rows());
        createDisabled = validation.hasErrorsProperty().or(creating);
        revalidate();
    }

    private void watch(String fieldId, Observable... inputs) {
        for (Observable input : inputs) {
            input.addListener(o -> {
                validation.edited(fieldId);
                revalidate();
                draft.changed();
            });
        }
    }

    private void revalidate() {
        validation.show(context.validator().validate(Operation.PUT_SIGNING_PROFILE, request()));
    }

    /** Prepares the form for a person opening it: lists the platforms, offers a saved draft. */
    public void opened() {
        loadPlatforms();
        draft.check();
    }

    /** Lists the signing platforms and preselects AWS Lambda when nothing is chosen yet. */
    public void loadPlatforms() {
        calls.run(() -> context.session().signer().platforms(), found -> {
            String chosen = platform.get() == null ? SigningPlatformInfo.LAMBDA : platform.get().platformId();
            draft.quietly(() -> {
                platforms.setAll(found);
                platform.set(found.stream().filter(p -> p.platformId().equals(chosen)).findFirst()
                        .orElse(found.isEmpty() ? null : found.get(0)));
            });
        }, failed -> problem.set("The signing platforms could not be listed: " + failed.summary()));
    }

    /** The PutSigningProfile request the form holds now (AWS CLI input JSON). */
    public ObjectNode request() {
        ObjectNode request = JsonNodeFactory.instance.objectNode();
        if (!name.get().isEmpty()) { // left out when empty: the rules then say it is required
            request.put("profileName", name.get());
        }
        if (platform.get() != null) {
            request.put("platformId", platform.get().platformId());
        }
        ObjectNode validity = request.putObject("signatureValidityPeriod");
        String value = validityValue.get().trim();
        if (value.matches("-?\\d{1,9}")) {
            validity.put("value", Integer.parseInt(value));
        } else if (!value.isEmpty()) {
            validity.put("value", value); // the rules say it is not a number
        }
        if (validityUnit.get() != null) {
            validity.put("type", validityUnit.get());
        }
        ObjectNode tagMap = tags.toJsonOrNull();
        if (tagMap != null) {
            request.set("tags", tagMap);
        }
        return request;
    }

    /** Creates the profile; does nothing while an error stands or a create runs. */
    public void create() {
        if (createDisabled.get()) {
            return;
        }
        ObjectNode request = request();
        validation.clearServiceProblems();
        problem.set("");
        problemDetail.set("");
        creating.set(true);
        calls.run(() -> context.session().signer().putProfile(request), created -> {
            creating.set(false);
            draft.forget();
            notice.set("Created signing profile " + created.name() + " (version " + created.version() + ").");
            reset();
            onCreated.accept(created);
        }, failed -> {
            creating.set(false);
            problem.set(failed.summary());
            problemDetail.set(failed.serviceDetail());
            validation.showServiceProblem(failed.summary(), failed.memberPaths());
        });
    }

    /** Back to a new form: no name, AWS Lambda, 135 months, no tags. */
    public void reset() {
        draft.quietly(() -> {
            name.set("");
            validityValue.set("135");
            validityUnit.set("MONTHS");
            tags.rows().clear();
            platforms.stream().filter(SigningPlatformInfo::signsLambdaCode).findFirst().ifPresent(platform::set);
        });
        validation.clearServiceProblems();
        problem.set("");
    }

    /** The person clears the form: it starts over and its saved draft is dropped. */
    public void clear() {
        reset();
        draft.discard();
    }

    private ObjectNode snapshot() {
        return request();
    }

    private void restore(ObjectNode saved) {
        name.set(saved.path("profileName").asText(""));
        String platformId = saved.path("platformId").asText(SigningPlatformInfo.LAMBDA);
        platforms.stream().filter(p -> p.platformId().equals(platformId)).findFirst().ifPresent(platform::set);
        validityValue.set(saved.path("signatureValidityPeriod").path("value").asText(""));
        validityUnit.set(saved.path("signatureValidityPeriod").path("type").asText("MONTHS"));
        tags.fromJson(saved.get("tags"));
    }

    /** The limits of a member in words, for tooltips. */
    public Optional<String> limitsOf(String memberPath) {
        return context.validator().describe(Operation.PUT_SIGNING_PROFILE, memberPath);
    }

    public void onCreated(Consumer<SigningProfileInfo> listener) {
        this.onCreated = Objects.requireNonNull(listener);
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<SigningPlatformInfo> platformProperty() {
        return platform;
    }

    public ObservableList<SigningPlatformInfo> platforms() {
        return platforms;
    }

    public StringProperty validityValueProperty() {
        return validityValue;
    }

    public ObjectProperty<String> validityUnitProperty() {
        return validityUnit;
    }

    public KeyValueTable tags() {
        return tags;
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

    /** True while an offline rule reports an error or a create runs. */
    public BooleanBinding createDisabledProperty() {
        return createDisabled;
    }

    public ReadOnlyBooleanProperty creatingProperty() {
        return creating.getReadOnlyProperty();
    }

    /** The last failure in plain words; empty when there is none. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemDetailProperty() {
        return problemDetail.getReadOnlyProperty();
    }

    /** A passing message: created, exported. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
