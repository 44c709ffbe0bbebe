package dev.lambdadesk.ui.functions.explorer;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.beans.InvalidationListener;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.core.FunctionSummary;
import dev.lambdadesk.core.Operation;
import dev.lambdadesk.ui.common.FormValidation;
import dev.lambdadesk.ui.workspace.Workspace;
import dev.lambdadesk.ui.functions.create.CodeSource;
import dev.lambdadesk.ui.functions.create.S3CodePicker;
import dev.lambdadesk.ui.functions.create.ZipFilePicker;
import dev.lambdadesk.ui.common.Refusal;
import dev.lambdadesk.ui.deploy.DeployablePackage;
import dev.lambdadesk.ui.deploy.PackageFacts;

/**
 * Deploys new code to one function (UpdateFunctionCode): a .zip file or an S3 object (an image URI for container
 * functions), validated live with the shared rules; on success the function joins the state panel.
 */
public final class UpdateCodeViewModel {

    private final Workspace context;
    private final FunctionSummary function;
    private final boolean image;
    private final ObjectProperty<CodeSource> source;
    private final ZipFilePicker zip;
    private final S3CodePicker s3;
    private final StringProperty imageUri = new SimpleStringProperty(this, "imageUri", "");
    private final BooleanProperty publish = new SimpleBooleanProperty(this, "publish", false);
    private final FormValidation validation = new FormValidation();
    private final ReadOnlyBooleanWrapper deploying = new ReadOnlyBooleanWrapper(this, "deploying");
    private final ReadOnlyBooleanWrapper deployed = new ReadOnlyBooleanWrapper(this, "deployed");
    private final ReadOnlyObjectWrapper<Refusal> refusal = new ReadOnlyObjectWrapper<>(this, "refusal");
    private final BooleanBinding deployDisabled;
    /** The package from Sign and deploy the dialog was opened with; null when opened from the explorer. */
    private DeployablePackage handedPackage;

    UpdateCodeViewModel(Workspace context, FunctionSummary function) {
        this.context = context;
        this.function = function;
        this.image = "Image".equals(function.packageType());
        this.source = new SimpleObjectProperty<>(this, "source", image ? CodeSource.IMAGE : CodeSource.ZIP_FILE);
        this.zip = new ZipFilePicker(context.ui());
        this.s3 = new S3CodePicker(context.session(), context.ui());
        validation.field("update-zip-file", "ZipFile");
        validation.field("update-s3-bucket", "S3Bucket");
        validation.field("update-s3-key", "S3Key");
        validation.field("update-s3-version", "S3ObjectVersion");
        validation.field("update-image-uri", "ImageUri");
        InvalidationListener revalidate = observable -> revalidate();
        List.of(source, zip.zipProperty(), s3.bucketProperty(), s3.keyProperty(), s3.versionProperty(), imageUri,
                publish).forEach(o -> o.addListener(revalidate));
        source.addListener((observable, old, now) -> {
            if (now == CodeSource.S3 && s3.buckets().isEmpty()) {
                s3.loadBuckets();
            }
        });
        deployDisabled = validation.hasErrorsProperty().or(deploying).or(deployed);
        revalidate();
    }

    /**
     * The same dialog for a package from Sign and deploy: the S3 object and version of the package are the code,
     * and a refusal of that package says which signature check failed.
     */
    public static UpdateCodeViewModel forPackage(Workspace context, FunctionSummary function,
            DeployablePackage pkg) {
        UpdateCodeViewModel update = new UpdateCodeViewModel(context, function);
        update.handedPackage = pkg;
        update.source.set(CodeSource.S3);
        update.s3.bucketProperty().set(pkg.location().bucket());
        update.s3.keyProperty().set(pkg.location().key());
        update.s3.versionProperty().set(pkg.location().version());
        return update;
    }

    /** The UpdateFunctionCode request as AWS CLI input JSON. */
    public ObjectNode request() {
        ObjectNode request = JsonNodeFactory.instance.objectNode();
        request.put("FunctionName", function.name());
        switch (source.get()) {
            case ZIP_FILE -> {
                if (zip.zipProperty().get() != null) {
                    request.put("ZipFile", zip.zipProperty().get().base64());
                }
            }
            case S3 -> {
                putIfPresent(request, "S3Bucket", s3.bucketProperty().get().trim());
                putIfPresent(request, "S3Key", s3.keyProperty().get());
                putIfPresent(request, "S3ObjectVersion", s3.versionProperty().get());
            }
            case IMAGE -> putIfPresent(request, "ImageUri", imageUri.get());
        }
        if (publish.get()) {
            request.put("Publish", true);
        }
        return request;
    }

    private static void putIfPresent(ObjectNode request, String member, String value) {
        if (!value.isEmpty()) {
            request.put(member, value);
        }
    }

    private void revalidate() {
        validation.show(context.validator().validate(Operation.UPDATE_FUNCTION_CODE, request()));
    }

    public void chooseZip(Path file) {
        zip.choose(file);
    }

    /** Deploys the code; on success the function joins the state panel and the dialog may close. */
    public void deploy() {
        if (deployDisabled.get()) {
            return;
        }
        ObjectNode request = request();
        deploying.set(true);
        refusal.set(null);
        validation.clearServiceProblems();
        context.calls().run(() -> context.session().lambda().updateCode(request), change -> {
            deploying.set(false);
            deployed.set(true);
            context.stores().functions().put(change.summary());
            context.statePanel().watch(change.status(), "Code updated");
        }, failed -> PackageFacts.explain(context.session(), context.ui(), context.clock().instant(), failed,
                Optional.ofNullable(handedPackage).filter(p -> PackageFacts.deploys(p, request)),
                () -> context.session().lambda().details(function.name()).codeSigningConfigArn(), this::refused));
    }

    private void refused(Refusal r) {
        deploying.set(false);
        refusal.set(r);
        if (!r.kind().isTransient()) { // the service answered no (not: could not be reached)
            context.statePanel().recordRefusal(function.name(), "Code update", r.title() + ": " + r.summary());
        }
        validation.markServiceFields(r.summary(), r.memberPaths().stream()
                .map(path -> path.startsWith("Code.") ? path.substring(5) : path).toList());
    }

    /** The limits of an UpdateFunctionCode member in words, for tooltips. */
    public java.util.Optional<String> limitsOf(String memberPath) {
        return context.validator().describe(Operation.UPDATE_FUNCTION_CODE, memberPath);
    }

    public String functionName() {
        return function.name();
    }

    /** The sources this function takes: a .zip or S3 object, or an image for container functions. */
    public List<CodeSource> sources() {
        return image ? List.of(CodeSource.IMAGE) : List.of(CodeSource.ZIP_FILE, CodeSource.S3);
    }

    public ObjectProperty<CodeSource> sourceProperty() {
        return source;
    }

    public ZipFilePicker zip() {
        return zip;
    }

    public S3CodePicker s3() {
        return s3;
    }

    public StringProperty imageUriProperty() {
        return imageUri;
    }

    public BooleanProperty publishProperty() {
        return publish;
    }

    public FormValidation validation() {
        return validation;
    }

    public BooleanBinding deployDisabledProperty() {
        return deployDisabled;
    }

    public ReadOnlyBooleanProperty deployingProperty() {
        return deploying.getReadOnlyProperty();
    }

    /** True once the code was deployed: the dialog closes. */
    public ReadOnlyBooleanProperty deployedProperty() {
        return deployed.getReadOnlyProperty();
    }

    /** Why the service refused the code, or null. */
    public ReadOnlyObjectProperty<Refusal> refusalProperty() {
        return refusal.getReadOnlyProperty();
    }
}
