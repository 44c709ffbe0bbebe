package dev.lambdadesk.ui.layers;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import javafx.beans.Observable;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.core.LayerVersionInfo;
import dev.lambdadesk.core.Operation;
import dev.lambdadesk.ui.common.FormValidation;
import dev.lambdadesk.ui.functions.create.S3CodePicker;
import dev.lambdadesk.ui.functions.create.ZipFilePicker;
import dev.lambdadesk.ui.workspace.FormDraft;
import dev.lambdadesk.ui.workspace.Workspace;

/**
 * The Publish layer version form: name, package (a .zip file or an S3 object), compatible runtimes and
 * architectures, license and description, written as PublishLayerVersion CLI input and checked live by the shared
 * rules. Autosaves its draft (the file's path, never its bytes).
 */
public final class LayerPublishViewModel {

    /** The draft's form id. */
    public static final String FORM_ID = "layer-version";

    private final Workspace context;
    private final StringProperty layerName = new SimpleStringProperty(this, "layerName", "");
    private final StringProperty description = new SimpleStringProperty(this, "description", "");
    private final StringProperty license = new SimpleStringProperty(this, "license", "");
    private final StringProperty runtimes = new SimpleStringProperty(this, "runtimes", "");
    private final BooleanProperty x86 = new SimpleBooleanProperty(this, "x86_64");
    private final BooleanProperty arm64 = new SimpleBooleanProperty(this, "arm64");
    private final BooleanProperty fromS3 = new SimpleBooleanProperty(this, "fromS3");
    private final ZipFilePicker zip;
    private final S3CodePicker s3;
    private final FormValidation validation = new FormValidation();
    private final ReadOnlyBooleanWrapper publishing = new ReadOnlyBooleanWrapper(this, "publishing");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final BooleanBinding publishDisabled;
    private final FormDraft draft;
    private Consumer<LayerVersionInfo> onPublished = v -> { };

    public LayerPublishViewModel(Workspace context) {
        this.context = Objects.requireNonNull(context, "context");
        this.zip = new ZipFilePicker(context.ui());
        this.s3 = new S3CodePicker(context.session(), context.ui());
        validation.field("layer-name", "LayerName");
        validation.field("layer-content", "Content");
        validation.field("layer-runtimes", "CompatibleRuntimes");
        validation.field("layer-architectures", "CompatibleArchitectures");
        validation.field("layer-license", "LicenseInfo");
        validation.field("layer-description", "Description");
        draft = new FormDraft(FORM_ID, context, this::snapshot, this::restore,
                d -> d.path("LayerName").asText(""));
        watch("layer-name", layerName);
        watch("layer-description", description);
        watch("layer-license", license);
        watch("layer-runtimes", runtimes);
        watch("layer-architectures", x86, arm64);
        watch("layer-content", fromS3, zip.zipProperty(), s3.bucketProperty(), s3.keyProperty(),
                s3.versionProperty());
        publishDisabled = validation.hasErrorsProperty().or(publishing).or(zip.loadingProperty());
        draft.untouchedNow();
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
        validation.show(context.validator().validate(Operation.PUBLISH_LAYER_VERSION, request()));
    }

    /** The form is shown: offers a saved draft, lists buckets for the S3 choice. */
    public void opened() {
        draft.check();
        s3.loadBuckets();
    }

    /** Reads {@code file} off the UI thread as the layer's package. */
    public void chooseZip(Path file) {
        zip.choose(file);
    }

    /** The PublishLayerVersion request the form holds now (AWS CLI input JSON). */
    public ObjectNode request() {
        ObjectNode request = JsonNodeFactory.instance.objectNode();
        text(request, "LayerName", layerName.get());
        text(request, "Description", description.get());
        ObjectNode content = request.putObject("Content");
        if (fromS3.get()) {
            text(content, "S3Bucket", s3.bucketProperty().get());
            text(content, "S3Key", s3.keyProperty().get());
            text(content, "S3ObjectVersion", s3.versionProperty().get());
        } else if (zip.zipProperty().get() != null) {
            content.put("ZipFile", zip.zipProperty().get().base64());
        }
        List<String> runtimeList = runtimeList();
        if (!runtimeList.isEmpty()) {
            ArrayNode array = request.putArray("CompatibleRuntimes");
            runtimeList.forEach(array::add);
        }
        if (x86.get() || arm64.get()) {
            ArrayNode array = request.putArray("CompatibleArchitectures");
            if (x86.get()) {
                array.add("x86_64");
            }
            if (arm64.get()) {
                array.add("arm64");
            }
        }
        text(request, "LicenseInfo", license.get());
        return request;
    }

    private List<String> runtimeList() {
        return Arrays.stream(runtimes.get().split("[,\\s]+")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static void text(ObjectNode node, String member, String value) {
        if (value != null && !value.trim().isEmpty()) { // left out when empty: the rules say when it is required
            node.put(member, value.trim());
        }
    }

    /** Publishes the version; does nothing while an error stands or a publish runs. */
    public void publish() {
        if (publishDisabled.get()) {
            return;
        }
        ObjectNode request = request();
        validation.clearServiceProblems();
        problem.set("");
        publishing.set(true);
        context.calls().run(() -> context.session().layers().publish(request), published -> {
            publishing.set(false);
            draft.forget();
            context.stores().layers().put(published);
            clear();
            onPublished.accept(published);
        }, failed -> {
            publishing.set(false);
            problem.set(failed.summary());
            validation.showServiceProblem(failed.summary(), failed.memberPaths());
        });
    }

    /** Back to an empty form; the saved draft is dropped. */
    public void clear() {
        draft.quietly(() -> {
            layerName.set("");
            description.set("");
            license.set("");
            runtimes.set("");
            x86.set(false);
            arm64.set(false);
            fromS3.set(false);
            zip.clear();
            s3.bucketProperty().set("");
            s3.keyProperty().set("");
            s3.versionProperty().set("");
        });
        draft.discard();
        validation.clearServiceProblems();
        revalidate();
    }

    private ObjectNode snapshot() {
        ObjectNode saved = request();
        ObjectNode content = (ObjectNode) saved.get("Content");
        if (content.remove("ZipFile") != null) {
            saved.put("zipPath", zip.zipProperty().get().path().toString()); // the path, not the bytes
        }
        return saved;
    }

    private void restore(ObjectNode saved) {
        layerName.set(saved.path("LayerName").asText(""));
        description.set(saved.path("Description").asText(""));
        license.set(saved.path("LicenseInfo").asText(""));
        StringBuilder r = new StringBuilder();
        saved.path("CompatibleRuntimes").forEach(n -> r.append(r.isEmpty() ? "" : ", ").append(n.asText()));
        runtimes.set(r.toString());
        String archs = saved.path("CompatibleArchitectures").toString();
        x86.set(archs.contains("x86_64"));
        arm64.set(archs.contains("arm64"));
        fromS3.set(saved.path("Content").has("S3Bucket"));
        s3.bucketProperty().set(saved.path("Content").path("S3Bucket").asText(""));
        s3.keyProperty().set(saved.path("Content").path("S3Key").asText(""));
        s3.versionProperty().set(saved.path("Content").path("S3ObjectVersion").asText(""));
        if (saved.hasNonNull("zipPath")) {
            zip.choose(Path.of(saved.get("zipPath").asText()));
        }
    }

    public void onPublished(Consumer<LayerVersionInfo> listener) {
        this.onPublished = Objects.requireNonNull(listener);
    }

    public StringProperty layerNameProperty() {
        return layerName;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty licenseProperty() {
        return license;
    }

    /** Runtime identifiers separated by commas or spaces. */
    public StringProperty runtimesProperty() {
        return runtimes;
    }

    public BooleanProperty x86Property() {
        return x86;
    }

    public BooleanProperty arm64Property() {
        return arm64;
    }

    /** True when the package is an S3 object, false for a .zip file. */
    public BooleanProperty fromS3Property() {
        return fromS3;
    }

    public ZipFilePicker zip() {
        return zip;
    }

    public S3CodePicker s3() {
        return s3;
    }

    public FormValidation validation() {
        return validation;
    }

    public FormDraft draft() {
        return draft;
    }

    public BooleanBinding publishDisabledProperty() {
        return publishDisabled;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The limits of a member in words, for tooltips. */
    public java.util.Optional<String> limitsOf(String memberPath) {
        return context.validator().describe(Operation.PUBLISH_LAYER_VERSION, memberPath);
    }
}
