package dev.lambdadesk.ui.signing.deploy;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.core.CodeSigningConfigInfo;
import dev.lambdadesk.core.FunctionSummary;
import dev.lambdadesk.core.Operation;
import dev.lambdadesk.core.Severity;
import dev.lambdadesk.core.SigningPlatformInfo;
import dev.lambdadesk.core.SigningProfileInfo;
import dev.lambdadesk.ui.common.FieldFeedback;
import dev.lambdadesk.ui.common.FormValidation;
import dev.lambdadesk.ui.workspace.Workspace;
import dev.lambdadesk.ui.workspace.FormDraft;
import dev.lambdadesk.ui.common.ServiceCalls;
import dev.lambdadesk.ui.deploy.DeployablePackage;
import dev.lambdadesk.ui.functions.explorer.UpdateCodeViewModel;

/**
 * Sign and deploy: pick a zip, a versioned bucket (offered to be created or versioned) and an Active Lambda signing
 * profile; upload, start the signing job, follow it to Succeeded or Failed; then offer the signed package to
 * "Create function" or "Update code". "Upload only" offers the unsigned upload instead, to rehearse a policy.
 */
public final class SignAndDeployViewModel {

    /** The draft's form id. */
    public static final String FORM_ID = "sign-and-deploy";
    private static final String VERSION_PLACEHOLDER = "version-from-upload";

    private final Workspace context;
    private final ServiceCalls calls;
    private final StringProperty packagePath = new SimpleStringProperty(this, "packagePath", "");
    private final StringProperty key = new SimpleStringProperty(this, "key", "");
    private final StringProperty prefix = new SimpleStringProperty(this, "prefix", "signed/");
    private final ObjectProperty<SigningProfileInfo> profile = new SimpleObjectProperty<>(this, "profile");
    private final ObservableList<SigningProfileInfo> profiles = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper packageProblem = new ReadOnlyStringWrapper(this, "packageProblem", "");
    private final BucketChoice bucket;
    private final SigningRun run;
    private final FormValidation validation = new FormValidation();
    private final FormDraft draft;
    private final BooleanBinding uploadDisabled;
    private final BooleanBinding signDisabled;
    private Consumer<DeployablePackage> onPackageReady = p -> { };
    /** Opens the Create function form with a package and a configuration trusting it; null: none wired. */
    private BiConsumer<DeployablePackage, Optional<String>> openCreateForm;
    /** Kept in a field: a binding only a listener refers to would be collected and stop following. */
    private final ObjectBinding<FieldFeedback> packageFeedback =
            Bindings.createObjectBinding(() -> packageProblem.get().isEmpty()
                    ? FieldFeedback.NONE
                    : new FieldFeedback(Severity.ERROR,
                    packageProblem.get()), packageProblem);
    /** A profile named by a restored draft before the profiles were listed. */
    private String wantedProfile = "";

    public SignAndDeployViewModel(Workspace context) {
        this.context = Objects.requireNonNull(context, "context");
        this.calls = context.calls();
        this.bucket = new BucketChoice(context);
        this.run = new SigningRun(context);
        validation.field("sign-profile", "profileName");
        validation.field("sign-bucket", "source.s3.bucketName", "destination.s3.bucketName");
        validation.field("sign-key", "source.s3.key");
        validation.field("sign-prefix", "destination.s3.prefix");
        draft = new FormDraft(FORM_ID, context, this::snapshot, this::restore,
                d -> PackageFiles.fileName(d.path("package").asText("")));
        watch("sign-package", packagePath);
        watch("sign-bucket", bucket.nameProperty());
        watch("sign-key", key);
        watch("sign-prefix", prefix);
        watch("sign-profile", profile);
        packagePath.addListener((o, old, now) -> suggestKey(old, now));
        run.resultProperty().addListener((o, old, now) -> {
            if (now != null) {
                onPackageReady.accept(now);
            }
        });
        BooleanBinding packageOk = Bindings.createBooleanBinding(() -> packageProblem.get().isEmpty(),
                packageProblem);
        uploadDisabled = packageOk.not().or(bucket.readyBinding().not()).or(key.isEmpty())
                .or(run.runningProperty());
        signDisabled = uploadDisabled.or(profile.isNull()).or(validation.hasErrorsProperty());
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
        packageProblem.set(PackageFiles.problemWith(packagePath.get()));
        validation.show(context.validator().validate(Operation.START_SIGNING_JOB, startRequest(VERSION_PLACEHOLDER)));
    }

    private void suggestKey(String oldPath, String newPath) {
        String oldName = PackageFiles.fileName(oldPath);
        if (key.get().isEmpty() || key.get().equals(oldName)) {
            key.set(PackageFiles.fileName(newPath));
        }
    }

    /** Prepares the page: lists buckets and signing profiles, offers a saved draft. */
    public void opened() {
        bucket.load();
        loadProfiles();
        draft.check();
    }

    /** Lists the Active Lambda signing profiles (only those can start jobs). */
    public void loadProfiles() {
        calls.run(() -> context.session().signer().listProfiles(Set.of(SigningProfileInfo.Status.ACTIVE),
                Optional.of(SigningPlatformInfo.LAMBDA)), found -> draft.quietly(() -> {
                    String chosen = profile.get() == null ? wantedProfile : profile.get().name();
                    profiles.setAll(found);
                    profile.set(found.stream().filter(p -> p.name().equals(chosen)).findFirst()
                            .orElse(found.size() == 1 ? found.get(0) : null));
                }), failed -> { });
    }

    /** The StartSigningJob request for the uploaded {@code version} (AWS CLI input JSON). */
    public ObjectNode startRequest(String version) {
        ObjectNode request = JsonNodeFactory.instance.objectNode();
        ObjectNode source = request.putObject("source").putObject("s3");
        source.put("bucketName", bucket.bucket()).put("key", key.get().trim()).put("version", version);
        ObjectNode destination = request.putObject("destination").putObject("s3");
        destination.put("bucketName", bucket.bucket());
        if (!prefix.get().isEmpty()) {
            destination.put("prefix", prefix.get());
        }
        if (profile.get() != null) { // none chosen reads as "required", not as a malformed name
            request.put("profileName", profile.get().name());
        }
        request.put("clientRequestToken", UUID.randomUUID().toString());
        return request;
    }

    /** Uploads the package, signs that version and follows the job. */
    public void sign() {
        if (!signDisabled.get()) {
            run.sign(Path.of(packagePath.get().trim()), bucket.bucket(), key.get().trim(), this::startRequest);
        }
    }

    /** Uploads the package without signing it, to see what a configuration does with unsigned code. */
    public void uploadOnly() {
        if (!uploadDisabled.get()) {
            run.uploadOnly(Path.of(packagePath.get().trim()), bucket.bucket(), key.get().trim());
        }
    }

    /** Lists the account's functions, to choose the one whose code the package replaces. */
    public void listFunctions() {
        context.stores().ensureListed(context.stores().functions());
    }

    /** The account's functions. */
    public ObservableList<FunctionSummary> functions() {
        return context.stores().functions().items();
    }

    /** Update code of {@code function} with the package at hand (the explorer's dialog), or null before one. */
    public UpdateCodeViewModel updateCode(FunctionSummary function) {
        DeployablePackage ready = run.resultProperty().get();
        return ready == null ? null : UpdateCodeViewModel.forPackage(context, function, ready);
    }

    /** "Publish as layer version" of the package at hand, or null before there is one. */
    public PublishLayerFromPackageViewModel publishLayer() {
        DeployablePackage ready = run.resultProperty().get();
        return ready == null ? null : new PublishLayerFromPackageViewModel(context, ready);
    }

    /**
     * Lets the ready package be taken to the Create function form (set by the composition root): the listener gets
     * the package and, when one trusts the package's signer, that code signing configuration's ARN.
     */
    public void onOpenCreateForm(BiConsumer<DeployablePackage, Optional<String>> listener) {
        this.openCreateForm = Objects.requireNonNull(listener);
    }

    /** True when the full Create function form can be opened from here. */
    public boolean opensCreateForm() {
        return openCreateForm != null;
    }

    /**
     * Takes the package at hand to the Create function form: lists the configurations (off the UI thread) to
     * preselect one that trusts the package's signer, then hands the package over.
     */
    public void openInCreateForm() {
        DeployablePackage ready = run.resultProperty().get();
        if (ready != null && openCreateForm != null) {
            calls.run(() -> context.session().codeSigningConfigs().list(),
                    configs -> handOver(ready, ready.trustedBy(configs)), failed -> handOver(ready, Optional.empty()));
        }
    }

    private void handOver(DeployablePackage ready, Optional<CodeSigningConfigInfo> config) {
        openCreateForm.accept(ready, config.map(CodeSigningConfigInfo::arn));
    }

    /** Told (on the UI thread) each time a package is ready to deploy; for other features to take over. */
    public void onPackageReady(Consumer<DeployablePackage> listener) {
        this.onPackageReady = Objects.requireNonNull(listener);
    }

    /** The connection changed: stop following a job of the old one and list again. */
    public void connectionChanged() {
        run.stop();
        bucket.load();
        bucket.check();
        loadProfiles();
    }

    private ObjectNode snapshot() {
        ObjectNode saved = JsonNodeFactory.instance.objectNode();
        saved.put("package", packagePath.get()).put("bucket", bucket.bucket()).put("key", key.get())
                .put("prefix", prefix.get()).put("profile", profile.get() == null ? "" : profile.get().name());
        return saved;
    }

    private void restore(ObjectNode saved) {
        packagePath.set(saved.path("package").asText(""));
        bucket.nameProperty().set(saved.path("bucket").asText(""));
        key.set(saved.path("key").asText(""));
        prefix.set(saved.path("prefix").asText("signed/"));
        String name = saved.path("profile").asText("");
        wantedProfile = name;
        profiles.stream().filter(p -> p.name().equals(name)).findFirst().ifPresent(profile::set);
    }

    public Optional<String> limitsOf(String memberPath) {
        return context.validator().describe(Operation.START_SIGNING_JOB, memberPath);
    }

    public StringProperty packagePathProperty() {
        return packagePath;
    }

    /** Why the chosen file cannot be signed; empty when it can. */
    public ReadOnlyStringProperty packageProblemProperty() {
        return packageProblem.getReadOnlyProperty();
    }

    /** The package file's problem as a field shows it. */
    public ObjectBinding<FieldFeedback> packageFeedback() {
        return packageFeedback;
    }

    public StringProperty keyProperty() {
        return key;
    }

    public StringProperty prefixProperty() {
        return prefix;
    }

    public ObjectProperty<SigningProfileInfo> profileProperty() {
        return profile;
    }

    public ObservableList<SigningProfileInfo> profiles() {
        return profiles;
    }

    public BucketChoice bucket() {
        return bucket;
    }

    public SigningRun run() {
        return run;
    }

    public FormValidation validation() {
        return validation;
    }

    public FormDraft draft() {
        return draft;
    }

    public BooleanBinding signDisabledProperty() {
        return signDisabled;
    }

    public BooleanBinding uploadDisabledProperty() {
        return uploadDisabled;
    }
}
