package dev.lambdadesk.ui.functions.create;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.core.FunctionDetails;
import dev.lambdadesk.core.RoleInfo;
import dev.lambdadesk.core.FunctionStatus;
import dev.lambdadesk.core.Operation;
import dev.lambdadesk.persist.CliJson;
import dev.lambdadesk.ui.common.FormField;
import dev.lambdadesk.ui.common.FormValidation;
import dev.lambdadesk.ui.workspace.Workspace;
import dev.lambdadesk.ui.common.Refusal;
import dev.lambdadesk.ui.deploy.DeployablePackage;
import dev.lambdadesk.ui.deploy.PackageFacts;
import dev.lambdadesk.ui.common.ExportFormat;
import dev.lambdadesk.ui.common.FormExport;
import dev.lambdadesk.ui.workspace.FormDraft;

/**
 * The Create function form: its sections, live validation through the shared rules, and the Create command, which
 * runs off the UI thread, sends the function to the state panel on success and, on a service error, shows it in
 * plain words on the field it names, keeping everything typed. Also autosaves a draft, exports and imports.
 */
public final class CreateFunctionViewModel {

    private final Workspace context;
    private final FunctionForm form;
    /** The form's id in the draft store. */
    public static final String DRAFT_ID = "create-function";

    /** How long a create waits for IAM to let Lambda assume a role made a moment before. */
    static final java.time.Duration NEW_ROLE_GRACE = java.time.Duration.ofSeconds(30);

    private final FormDraft drafts;
    private final FormTransfer transfer;
    private final FormExport export;
    private final ReadOnlyBooleanWrapper creating = new ReadOnlyBooleanWrapper(this, "creating");
    private final BooleanBinding createDisabled;
    private final ReadOnlyObjectWrapper<Refusal> refusal = new ReadOnlyObjectWrapper<>(this, "refusal");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ObservableList<String> importFindings = FXCollections.observableArrayList();
    private Consumer<FunctionStatus> onCreated = status -> { };
    /** The package from Sign and deploy the form was opened with, while it is the form's code; else null. */
    private DeployablePackage handedPackage;

    public CreateFunctionViewModel(Workspace context) {
        this.context = Objects.requireNonNull(context, "context");
        this.form = new FunctionForm(context);
        this.transfer = new FormTransfer(form);
        this.drafts = new FormDraft(DRAFT_ID, context,
                () -> form.draft(context.keepSecretsInDrafts().getAsBoolean()), form::restore,
                draft -> form.basics.functionName.in(draft.path("request")).asText("")).untouchedNow();
        this.export = new FormExport(context.ui(), form::request,
                request -> transfer.export(ExportFormat.CLI_JSON, request, zipPath()),
                request -> transfer.export(ExportFormat.SAM, request, zipPath()), notice::set);
        form.onEdit(drafts::changed);
        createDisabled = form.validation.hasErrorsProperty().or(creating);
    }

    /** Called with the service's answer after a successful create (the section goes back to the explorer). */
    public void onCreated(Consumer<FunctionStatus> listener) {
        this.onCreated = Objects.requireNonNull(listener);
    }

    /** Prepares the form for a person opening it: lists roles and configurations, offers a saved draft. */
    public void opened() {
        notice.set("");
        form.permissions.loadRoles();
        form.codeSigning.loadConfigs();
        form.layers.picks().load();
        drafts.check();
    }

    /** Prepares a prefilled form ("create similar"): lists roles and configurations, no draft offer. */
    public void openedForCopy() {
        form.permissions.loadRoles();
        form.codeSigning.loadConfigs();
        form.layers.picks().load();
    }

    /** The connection changed: the buckets belong to the old one (roles and configurations follow the stores). */
    public void connectionChanged() {
        form.code.connectionChanged();
        form.permissions.loadRoles();
        form.codeSigning.loadConfigs();
        form.layers.picks().load();
    }

    /** Creates the function from the form; does nothing while an error stands or a create runs. */
    public void create() {
        if (createDisabled.get()) {
            return;
        }
        ObjectNode request = form.request();
        form.validation.clearServiceProblems();
        refusal.set(null);
        creating.set(true);
        boolean newRole = form.permissions.createsRoleNow();
        String roleName = form.permissions.newRoleNameProperty().get().trim();
        RoleInfo[] madeRole = new RoleInfo[1];
        context.calls().run(() -> {
            if (!newRole) {
                return context.session().lambda().create(request);
            }
            madeRole[0] = context.session().iam().createLambdaExecutionRole(roleName);
            form.permissions.roleField.put(request, madeRole[0].arn());
            return context.session().lambda().createWithNewRole(request, NEW_ROLE_GRACE);
        }, created -> {
            creating.set(false);
            if (madeRole[0] != null) {
                context.stores().roles().put(madeRole[0]);
            }
            context.stores().functions().put(created.summary());
            String config = form.codeSigning.config.in(request).asText("");
            if (!config.isEmpty()) {
                context.stores().functionUsesConfig(created.summary().arn(), config);
            }
            context.statePanel().watch(created.status(), "Created");
            drafts.forget();
            notice.set("");
            form.reset();
            handedPackage = null;
            importFindings.clear();
            onCreated.accept(created.status());
        }, failed -> {
            if (madeRole[0] != null) { // the role exists now: the next attempt uses it rather than making another
                context.stores().roles().put(madeRole[0]);
                form.permissions.roleProperty().set(madeRole[0].arn());
            }
            Optional<String> config = Optional.of(form.codeSigning.config.in(request).asText(""))
                    .filter(arn -> !arn.isEmpty());
            PackageFacts.explain(context.session(), context.ui(), context.clock().instant(), failed,
                    deployedPackage(request), () -> config, r -> refused(request, r));
        });
    }

    private void refused(ObjectNode request, Refusal r) {
        creating.set(false);
        refusal.set(r);
        if (!r.kind().isTransient()) { // the service answered no (not: could not be reached)
            context.statePanel().recordRefusal(form.basics.functionName.in(request).asText(), "Create",
                    r.title() + ": " + r.summary());
        }
        form.validation.markServiceFields(r.summary(), r.memberPaths());
    }

    /** The package from Sign and deploy, when the request still deploys it (its refusal can then be explained). */
    private Optional<DeployablePackage> deployedPackage(ObjectNode request) {
        return Optional.ofNullable(handedPackage).filter(p -> PackageFacts.deploys(p, request.path(CodeSection.CODE)));
    }

    /** Starts over with an empty form (the saved draft stays until the next change). */
    public void reset() {
        form.reset();
        handedPackage = null;
        importFindings.clear();
        refusal.set(null);
    }

    /** Reads a CLI input JSON or get-function(-configuration) file into the form. */
    public void importFile(Path file) {
        context.ui().run(() -> transfer.read(file), imported -> {
            apply(imported);
            notice.set("Imported " + file.getFileName() + ".");
        }, failure -> notice.set(file.getFileName() + " cannot be imported: " + failure.getMessage()));
    }

    /** Prefills the form like an existing function ("create similar"). */
    public void prefillFrom(FunctionDetails details) {
        apply(transfer.similarTo(details));
        drafts.changed();
    }

    /**
     * Prefills the form from a request another screen hands over, written as CreateFunction CLI input (Sign and
     * deploy's signed package and code signing configuration), through the same import as a file; {@code note}
     * heads the import findings ("Prefilled with the signed package s3://… from Sign and deploy.").
     */
    public void prefillFrom(ObjectNode cliInput, String note) {
        apply(transfer.handedOver(cliInput, note));
        drafts.changed();
    }

    /**
     * Prefills the form with a package from Sign and deploy as its code (its S3 object and version) and, when given,
     * the code signing configuration that trusts its signer; the form's own defaults fill the rest (a new role).
     * A refusal of that package is explained with its signing job, profile and configuration.
     */
    public void deployPackage(DeployablePackage pkg, Optional<String> configArn) {
        form.reset();
        ObjectNode request = form.request(); // a new form's defaults: runtime, handler, settings, a new role
        request.set(CodeSection.CODE, pkg.code());
        configArn.ifPresent(arn -> form.codeSigning.config.put(request, arn));
        prefillFrom(request, "Prefilled with " + pkg.describe() + " from Sign and deploy; name the function, "
                + "then check its runtime, handler and role.");
        handedPackage = pkg;
    }

    private void apply(CliJson.Imported imported) {
        handedPackage = null;
        List<String> carried = form.apply(imported.request(), null);
        List<String> findings = new ArrayList<>(imported.notes());
        if (!carried.isEmpty()) {
            findings.add("Kept as imported, with no field in this form: " + String.join(", ", carried)
                    + ". The problems list says if the service would refuse them.");
        }
        importFindings.setAll(findings);
        refusal.set(null);
    }

    private Optional<Path> zipPath() {
        return Optional.ofNullable(form.code.zipProperty().get()).map(ZipPackage::path);
    }

    /** Exports the form's request as CLI input JSON (with the package's bytes) or a SAM template. */
    public FormExport export() {
        return export;
    }

    /** The limits of a member in words, for tooltips ("128–10240 MB ..."). */
    public Optional<String> limitsOf(String memberPath) {
        return context.validator().describe(Operation.CREATE_FUNCTION, memberPath);
    }

    /** What a person calls a member ("Memory"), for field names. */
    public String labelOf(String memberPath, String fallback) {
        return context.validator().label(Operation.CREATE_FUNCTION, memberPath).orElse(fallback);
    }

    /** The request the form holds now (AWS CLI input JSON). */
    public ObjectNode request() {
        return form.request();
    }

    /** The form's declared fields, in form order. */
    List<FormField<?>> fields() {
        return form.fields();
    }

    public FormValidation validation() {
        return form.validation;
    }

    public BasicsSection basics() {
        return form.basics;
    }

    public CodeSection code() {
        return form.code;
    }

    public PermissionsSection permissions() {
        return form.permissions;
    }

    public SettingsSection settings() {
        return form.settings;
    }

    public EnvironmentSection environment() {
        return form.environment;
    }

    public LayersSection layers() {
        return form.layers;
    }

    public NetworkingSection networking() {
        return form.networking;
    }

    public FileSystemSection fileSystem() {
        return form.fileSystem;
    }

    public DeliverySection delivery() {
        return form.delivery;
    }

    public CodeSigningSection codeSigning() {
        return form.codeSigning;
    }

    public TagsSection tags() {
        return form.tags;
    }

    public PublishSection publish() {
        return form.publish;
    }

    public AdvancedSection advanced() {
        return form.advanced;
    }

    public FormDraft drafts() {
        return drafts;
    }

    /** True while an offline rule reports an error or a create is running. */
    public BooleanBinding createDisabledProperty() {
        return createDisabled;
    }

    public ReadOnlyBooleanProperty creatingProperty() {
        return creating.getReadOnlyProperty();
    }

    /** Why the service refused the last create, or null. */
    public ReadOnlyObjectProperty<Refusal> refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    /** A passing message: created, exported, imported. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** What an import or prefill converted, left out or kept without a field. */
    public ObservableList<String> importFindings() {
        return importFindings;
    }

    public void dismissImportFindings() {
        importFindings.clear();
    }
}
