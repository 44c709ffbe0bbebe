package dev.lambdadesk.ui.signing.deploy;

import java.util.Objects;
import java.util.Optional;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.core.CodeSigningConfigInfo;
import dev.lambdadesk.core.LambdaRuntimes;
import dev.lambdadesk.core.Operation;
import dev.lambdadesk.core.RoleInfo;
import dev.lambdadesk.ui.common.FormValidation;
import dev.lambdadesk.ui.workspace.Workspace;
import dev.lambdadesk.ui.common.ServiceCalls;
import dev.lambdadesk.ui.deploy.DeployablePackage;

/**
 * "Create function" from a package in S3: name, runtime, handler, role and code signing configuration (one that
 * trusts the package's signer preselected), written as CreateFunction CLI input and checked live by the shared
 * rules. The new function joins the state panel; a refusal says which signature check failed.
 */
public final class CreateFromPackageViewModel {

    private final Workspace context;
    private final ServiceCalls calls;
    private final DeployablePackage pkg;
    private final StringProperty functionName = new SimpleStringProperty(this, "functionName", "");
    private final StringProperty runtime = new SimpleStringProperty(this, "runtime", "python3.12");
    private final StringProperty handler = new SimpleStringProperty(this, "handler", "app.handler");
    private final StringProperty role = new SimpleStringProperty(this, "role", "");
    private final StringProperty configArn = new SimpleStringProperty(this, "configArn", "");
    private final ObservableList<String> runtimes = FXCollections.observableArrayList(LambdaRuntimes.current());
    private final ObservableList<RoleInfo> roles = FXCollections.observableArrayList();
    private final ObservableList<CodeSigningConfigInfo> configs = FXCollections.observableArrayList();
    private final FormValidation validation = new FormValidation();
    private final DeployState state;
    private final BooleanBinding createDisabled;

    public CreateFromPackageViewModel(Workspace context, DeployablePackage pkg) {
        this.context = Objects.requireNonNull(context, "context");
        this.calls = context.calls();
        this.pkg = Objects.requireNonNull(pkg, "pkg");
        this.state = new DeployState(context);
        validation.field("deploy-name", "FunctionName");
        validation.field("deploy-runtime", "Runtime");
        validation.field("deploy-handler", "Handler");
        validation.field("deploy-role", "Role");
        validation.field("deploy-config", "CodeSigningConfigArn");
        validation.field("deploy-code", "Code");
        watch("deploy-name", functionName);
        watch("deploy-runtime", runtime);
        watch("deploy-handler", handler);
        watch("deploy-role", role);
        watch("deploy-config", configArn);
        runtime.addListener((o, old, now) -> LambdaRuntimes.defaultHandler(now == null ? "" : now)
                .filter(h -> handlerIsDefault(old))
                .ifPresent(handler::set));
        createDisabled = validation.hasErrorsProperty().or(state.deployingProperty()).or(state.deployedProperty());
        revalidate();
    }

    private boolean handlerIsDefault(String oldRuntime) {
        return LambdaRuntimes.defaultHandler(oldRuntime == null ? "" : oldRuntime).map(text(handler)::equals)
                .orElse(true);
    }

    private void watch(String fieldId, Observable input) {
        input.addListener(o -> {
            validation.edited(fieldId);
            revalidate();
        });
    }

    private void revalidate() {
        validation.show(context.validator().validate(Operation.CREATE_FUNCTION, request()));
    }

    /** Lists the roles and configurations to choose from; preselects a role and a configuration trusting the signer. */
    public void opened() {
        calls.run(() -> context.session().iam().listRoles(), found -> {
            roles.setAll(found);
            if (text(role).isEmpty()) {
                found.stream().filter(r -> r.name().contains("lambda")).findFirst()
                        .or(() -> found.stream().findFirst()).ifPresent(r -> role.set(r.arn()));
            }
        }, failed -> { });
        calls.run(() -> context.session().codeSigningConfigs().list(), found -> {
            configs.setAll(found);
            if (text(configArn).isEmpty()) {
                pkg.profileVersionArn().flatMap(arn -> found.stream()
                        .filter(c -> c.allowedPublishers().contains(arn)).findFirst())
                        .ifPresent(c -> configArn.set(c.arn()));
            }
        }, failed -> { });
    }

    /** The CreateFunction request (AWS CLI input JSON). */
    public ObjectNode request() {
        ObjectNode request = JsonNodeFactory.instance.objectNode();
        // an empty field is left out, so the rules say "required" rather than "malformed"
        putIfAny(request, "FunctionName", text(functionName));
        putIfAny(request, "Runtime", text(runtime));
        putIfAny(request, "Handler", text(handler));
        putIfAny(request, "Role", text(role));
        request.set("Code", pkg.code());
        if (!text(configArn).isEmpty()) {
            request.put("CodeSigningConfigArn", text(configArn));
        }
        return request;
    }

    private static void putIfAny(ObjectNode request, String member, String value) {
        if (!value.isEmpty()) {
            request.put(member, value);
        }
    }

    /** A choice box may clear its value for a moment while its items change. */
    private static String text(StringProperty p) {
        return p.get() == null ? "" : p.get().trim();
    }

    /** Creates the function from the package. */
    public void create() {
        if (createDisabled.get()) {
            return;
        }
        ObjectNode request = request();
        Optional<String> config = text(configArn).isEmpty() ? Optional.empty() : Optional.of(text(configArn));
        validation.clearServiceProblems();
        state.run(pkg, request.path("FunctionName").asText(), DeployState.Attempt.CREATE,
                () -> context.session().lambda().createFunction(request), () -> config,
                failed -> validation.markServiceFields(failed.summary(), failed.memberPaths()));
    }

    /** What the chosen configuration will do with this package, in one sentence. */
    public StringBinding configNote() {
        return Bindings.createStringBinding(() -> {
            Optional<CodeSigningConfigInfo> c = configs.stream().filter(x -> x.arn().equals(text(configArn)))
                    .findFirst();
            if (text(configArn).isEmpty()) {
                return "No configuration: Lambda does not check the package's signature.";
            }
            if (c.isEmpty()) {
                return "";
            }
            boolean trusted = pkg.profileVersionArn().map(c.get().allowedPublishers()::contains).orElse(false);
            return c.get().id() + " (" + c.get().policy() + ") " + (trusted ? "trusts the profile that signed "
                    + "this package." : pkg.isSigned() ? "does not trust the profile that signed this package."
                    : "will see an unsigned package.");
        }, configArn, configs);
    }

    public DeployablePackage pkg() {
        return pkg;
    }

    public Optional<String> limitsOf(String memberPath) {
        return context.validator().describe(Operation.CREATE_FUNCTION, memberPath);
    }

    public StringProperty functionNameProperty() {
        return functionName;
    }

    public StringProperty runtimeProperty() {
        return runtime;
    }

    public StringProperty handlerProperty() {
        return handler;
    }

    public StringProperty roleProperty() {
        return role;
    }

    /** The chosen configuration's ARN; empty for none. */
    public StringProperty configArnProperty() {
        return configArn;
    }

    public ObservableList<String> runtimes() {
        return runtimes;
    }

    public ObservableList<RoleInfo> roles() {
        return roles;
    }

    public ObservableList<CodeSigningConfigInfo> configs() {
        return configs;
    }

    public FormValidation validation() {
        return validation;
    }

    public DeployState state() {
        return state;
    }

    public BooleanBinding createDisabledProperty() {
        return createDisabled;
    }
}
