package dev.lambdadesk.ui.signing.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.core.FunctionSummary;
import dev.lambdadesk.core.Operation;
import dev.lambdadesk.ui.common.FormValidation;
import dev.lambdadesk.ui.workspace.Workspace;
import dev.lambdadesk.ui.common.ServiceCalls;
import dev.lambdadesk.ui.deploy.DeployablePackage;

/**
 * "Update code" of an existing function with a package in S3 (UpdateFunctionCode with an S3 source). The function
 * joins the state panel; a refusal says which signature check of the function's configuration failed.
 */
public final class UpdateFromPackageViewModel {

    private final Workspace context;
    private final ServiceCalls calls;
    private final DeployablePackage pkg;
    private final StringProperty functionName = new SimpleStringProperty(this, "functionName", "");
    private final ObservableList<String> functions = FXCollections.observableArrayList();
    private final FormValidation validation = new FormValidation();
    private final DeployState state;
    private final BooleanBinding updateDisabled;

    public UpdateFromPackageViewModel(Workspace context, DeployablePackage pkg) {
        this.context = Objects.requireNonNull(context, "context");
        this.calls = context.calls();
        this.pkg = Objects.requireNonNull(pkg, "pkg");
        this.state = new DeployState(context);
        validation.field("update-function", "FunctionName");
        validation.field("update-code", "S3Bucket", "S3Key", "S3ObjectVersion");
        functionName.addListener(o -> {
            validation.edited("update-function");
            revalidate();
        });
        updateDisabled = validation.hasErrorsProperty().or(state.deployingProperty());
        revalidate();
    }

    private void revalidate() {
        validation.show(context.validator().validate(Operation.UPDATE_FUNCTION_CODE, request()));
    }

    /** Lists the account's functions to choose from. */
    public void opened() {
        List<String> names = new ArrayList<>();
        calls.run(() -> {
            context.session().lambda().listFunctions(page -> page.stream().map(FunctionSummary::name)
                    .forEach(names::add), () -> false);
            return names;
        }, functions::setAll, failed -> { });
    }

    /** The UpdateFunctionCode request (AWS CLI input JSON). */
    public ObjectNode request() {
        ObjectNode request = JsonNodeFactory.instance.objectNode();
        String name = functionName.get() == null ? "" : functionName.get().trim();
        if (!name.isEmpty()) { // left out when empty: the rules then say it is required
            request.put("FunctionName", name);
        }
        request.setAll(pkg.code());
        return request;
    }

    /** Deploys the package to the chosen function. */
    public void update() {
        if (updateDisabled.get()) {
            return;
        }
        ObjectNode request = request();
        String name = request.path("FunctionName").asText();
        validation.clearServiceProblems();
        state.run(pkg, name, DeployState.Attempt.UPDATE_CODE,
                () -> context.session().lambda().updateFunctionCode(request),
                () -> context.session().lambda().details(name).codeSigningConfigArn(),
                failed -> validation.markServiceFields(failed.summary(), failed.memberPaths()));
    }

    public DeployablePackage pkg() {
        return pkg;
    }

    public Optional<String> limitsOf(String memberPath) {
        return context.validator().describe(Operation.UPDATE_FUNCTION_CODE, memberPath);
    }

    public StringProperty functionNameProperty() {
        return functionName;
    }

    public ObservableList<String> functions() {
        return functions;
    }

    public FormValidation validation() {
        return validation;
    }

    public DeployState state() {
        return state;
    }

    public BooleanBinding updateDisabledProperty() {
        return updateDisabled;
    }
}
