package dev.lambdadesk.ui.signing.configs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import dev.lambdadesk.core.CodeSigningConfigInfo;
import dev.lambdadesk.core.FunctionSummary;
import dev.lambdadesk.core.SigningProfileInfo;
import dev.lambdadesk.ui.workspace.Workspace;
import dev.lambdadesk.ui.common.DetailRow;
import dev.lambdadesk.ui.common.ServiceCalls;
import dev.lambdadesk.ui.common.store.ConfigRow;
import dev.lambdadesk.ui.common.Views;

/**
 * The selected configuration: its settings, the allowed publishers by name, the functions using it, attaching it
 * to or detaching it from a function, and deleting it (refused while functions use it, naming them).
 */
public final class ConfigDetailsViewModel {

    private final Workspace context;
    private final ServiceCalls calls;
    private final Consumer<String> changed;
    private final ReadOnlyObjectWrapper<ConfigRow> config = new ReadOnlyObjectWrapper<>(this, "config");
    private final ObservableList<DetailRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> publishers = FXCollections.observableArrayList();
    private final ObservableList<String> functions = FXCollections.observableArrayList();
    private final ObservableList<String> attachable = FXCollections.observableArrayList();
    private final StringProperty functionToAttach = new SimpleStringProperty(this, "functionToAttach", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper policyNote = new ReadOnlyStringWrapper(this, "policyNote", "");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");

    /** @param changed told the ARN of a configuration whose functions changed (or "" after a delete) */
    ConfigDetailsViewModel(Workspace context, Consumer<String> changed) {
        this.context = context;
        this.calls = context.calls();
        this.changed = changed;
    }

    void show(ConfigRow row) {
        config.set(row);
        problem.set("");
        title.set(row == null ? "" : titleOf(row.info()));
        if (row == null) {
            rows.clear();
            publishers.clear();
            functions.clear();
            return;
        }
        rows.setAll(List.of(DetailRow.of("id", "ID", row.info().id()),
                DetailRow.copyable("csc-arn", "ARN", row.info().arn()),
                DetailRow.of("policy", "Policy", row.info().policy()),
                DetailRow.of("modified", "Last modified", Views.awsTime(row.info().lastModified()))));
        policyNote.set(ConfigFormViewModel.explain(row.info().policy()));
        publishers.setAll(row.info().allowedPublishers());
        functions.setAll(row.functionNames());
        calls.run(() -> context.session().signer().listProfiles(Set.of(), Optional.empty()),
                profiles -> namePublishers(row, profiles), failed -> { });
    }

    private void namePublishers(ConfigRow row, List<SigningProfileInfo> profiles) {
        if (config.get() != row) {
            return;
        }
        Map<String, SigningProfileInfo> byArn = profiles.stream()
                .collect(Collectors.toMap(SigningProfileInfo::versionArn, p -> p, (a, b) -> a));
        List<String> named = new ArrayList<>();
        for (String arn : row.info().allowedPublishers()) {
            SigningProfileInfo p = byArn.get(arn);
            named.add(p == null ? arn + " (not a current profile version of this account)"
                    : p.name() + " · " + p.version() + " · " + p.status().wire());
        }
        publishers.setAll(named);
    }

    /** The account's functions to attach the configuration to, from the functions store. */
    public void loadFunctions() {
        context.stores().ensureListed(context.stores().functions());
        attachable.setAll(context.stores().functions().items().stream().map(FunctionSummary::name).sorted().toList());
    }

    /** Attaches the configuration to the chosen function (PutFunctionCodeSigningConfig). */
    public void attach() {
        ConfigRow row = config.get();
        String function = functionToAttach.get() == null ? "" : functionToAttach.get().trim();
        if (row == null || function.isEmpty()) {
            return;
        }
        calls.run(() -> {
            context.session().codeSigningConfigs().attach(function, row.info().arn());
            return usersNow(row);
        }, now -> {
            functionToAttach.set("");
            context.stores().configs().put(now);
            changed.accept(row.info().arn());
        }, failed -> problem.set("Could not attach it to " + function + ": " + failed.summary()));
    }

    /** Detaches the configuration from a function (DeleteFunctionCodeSigningConfig). */
    public void detach(String functionName) {
        ConfigRow row = config.get();
        if (row == null || functionName == null) {
            return;
        }
        calls.run(() -> {
            context.session().codeSigningConfigs().detach(functionName);
            return usersNow(row);
        }, now -> {
            context.stores().configs().put(now);
            changed.accept(row.info().arn());
        },
                failed -> problem.set("Could not detach it from " + functionName + ": " + failed.summary()));
    }

    /** Deletes the configuration, unless functions use it: then it says which ones. */
    public void delete() {
        ConfigRow row = config.get();
        if (row == null) {
            return;
        }
        calls.run(() -> {
            List<String> using = new ConfigRow(row.info(), context.session().codeSigningConfigs()
                    .functionsUsing(row.info().arn())).functionNames();
            if (using.isEmpty()) {
                context.session().codeSigningConfigs().delete(row.info().arn());
            }
            return using;
        }, using -> {
            if (using.isEmpty()) {
                context.stores().configs().remove(row.info().arn());
                changed.accept("");
            } else {
                functions.setAll(using);
                problem.set(inUse(using));
            }
        }, failed -> problem.set("Could not delete " + row.info().id() + ": " + failed.summary()));
    }

    /** The configuration with the functions that use it now (read after an attach or detach). Blocking. */
    private ConfigRow usersNow(ConfigRow row) {
        return new ConfigRow(row.info(), context.session().codeSigningConfigs().functionsUsing(row.info().arn()));
    }

    /** What the configuration's policy does, in one sentence. */
    /**
     * The details' title: the description people wrote for the configuration, or its id when it has none. An id
     * (csc- and 17 hex digits) at title size does not fit a narrow pane, and breaks inside; the id is the first row.
     */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    private static String titleOf(CodeSigningConfigInfo info) {
        return info.description() == null || info.description().isBlank() ? info.id() : info.description();
    }

    public ReadOnlyStringProperty policyNoteProperty() {
        return policyNote.getReadOnlyProperty();
    }

    /** The refusal of a delete while functions use the configuration. */
    static String inUse(List<String> functionNames) {
        return "It cannot be deleted while " + functionNames.size() + (functionNames.size() == 1 ? " function uses"
                : " functions use") + " it: " + String.join(", ", functionNames) + ". Detach it from "
                + (functionNames.size() == 1 ? "that function" : "them") + " first.";
    }

    public BooleanBinding nothingShown() {
        return config.isNull();
    }

    public BooleanBinding inUseBinding() {
        return Bindings.isNotEmpty(functions);
    }

    public ReadOnlyObjectProperty<ConfigRow> configProperty() {
        return config.getReadOnlyProperty();
    }

    public ObservableList<DetailRow> rows() {
        return rows;
    }

    /** The allowed publishers, by profile name and status where this account has them. */
    public ObservableList<String> publishers() {
        return publishers;
    }

    /** The names of the functions using the configuration. */
    public ObservableList<String> functions() {
        return functions;
    }

    public ObservableList<String> attachableFunctions() {
        return attachable;
    }

    public StringProperty functionToAttachProperty() {
        return functionToAttach;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
