package dev.lambdadesk.ui.functions.create;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.core.RoleInfo;
import dev.lambdadesk.core.Severity;
import dev.lambdadesk.ui.common.FieldCodec;
import dev.lambdadesk.ui.common.FormField;
import dev.lambdadesk.ui.common.store.AccountStores;
import dev.lambdadesk.ui.common.store.ResourceStore;
import dev.lambdadesk.validation.Violation;

/**
 * The execution role: by default, as in the AWS console, a new role with basic Lambda permissions named after the
 * function (created just before the function); or one of the account's roles (IAM ListRoles), picked or typed.
 */
public final class PermissionsSection extends FormSection {

    /** IAM's role name rule. */
    static final Pattern ROLE_NAME = Pattern.compile("[\\w+=,.@-]{1,64}");
    private static final String NEW_ROLE_PATH = "Role (new role name)";

    private final AccountStores stores;
    private final BooleanProperty createsRole = flag(true);
    private final StringProperty newRoleName = text("");
    private final StringProperty role = text("");
    final FormField<String> roleField = field(FormField.of("role", "Role", "Existing role", role,
            FieldCodec.trimmed()).appliesWhen(createsRole.not()));
    /** Not in the request: the role is made first, and its ARN becomes the request's Role. */
    final FormField<String> newRoleNameField = field(FormField.of("new-role-name", "Role", "Role name",
            newRoleName, FieldCodec.text()).outsideRequest().claimsOnly(NEW_ROLE_PATH));
    /** The name suggested last: while the person has not changed it, it follows the function's name. */
    private String suggested = "";
    private final String suffix = Long.toString(Double.doubleToLongBits(Math.random()) & 0xffffffffL, 36);
    private final ReadOnlyStringWrapper rolesStatus = new ReadOnlyStringWrapper(this, "rolesStatus", "");

    PermissionsSection(AccountStores stores) {
        this.stores = stores;
        input(newRoleNameField.id(), createsRole); // choosing a new role re-checks its name
        ResourceStore<RoleInfo> roles = stores.roles();
        InvalidationListener describe = o -> rolesStatus.set(roles.loadingProperty().get() ? "Listing roles…"
                : roles.problemProperty().get() != null ? "Roles could not be listed: "
                        + roles.problemProperty().get().summary() + " Type the role ARN instead."
                : roles.loadedProperty().get() && roles.items().isEmpty()
                        ? "The account has no roles; type the role ARN." : "");
        roles.loadingProperty().addListener(describe);
        roles.problemProperty().addListener(describe);
        roles.items().addListener(describe);
        describe.invalidated(null);
        role.addListener((o, old, now) -> {
            if (now != null && !now.isBlank()) {
                createsRole.set(false); // a role typed, picked or imported is the one to use
            }
        });
    }

    /** The function's name changed: a role name the person did not change follows it ("orders-role-k3x9q2"). */
    void functionNamed(String functionName) {
        if (newRoleName.get().equals(suggested)) {
            String base = functionName == null || functionName.isBlank() ? "lambda" : functionName.trim();
            String name = base + "-role-" + suffix;
            suggested = name.length() > 64 ? name.substring(0, 64) : name;
            newRoleName.set(suggested);
        }
    }

    /** True when the role is to be created with the function. */
    public boolean createsRoleNow() {
        return createsRole.get();
    }

    /** Lists the account's roles unless they are listed; what is typed or picked stays. */
    public void loadRoles() {
        stores.ensureListed(stores.roles());
    }

    /** Lists the account's roles again (↻); what is typed or picked stays. */
    public void reloadRoles() {
        stores.refreshRoles();
    }

    /** The ARN of a role picked from the list. */
    public void pick(RoleInfo picked) {
        if (picked != null) {
            role.set(picked.arn());
        }
    }

    @Override
    void readFrom(ObjectNode request) {
        super.readFrom(request);
        createsRole.set(role.get().isEmpty());
    }

    @Override
    void writeDraft(ObjectNode request, ObjectNode form, boolean keepSecrets) {
        super.writeDraft(request, form, keepSecrets);
        form.put("createsRole", createsRole.get());
    }

    @Override
    void readDraft(ObjectNode request, com.fasterxml.jackson.databind.JsonNode form) {
        super.readDraft(request, form);
        createsRole.set(form.path("createsRole").asBoolean(role.get().isEmpty()));
    }

    @Override
    void reset() {
        super.reset();
        createsRole.set(true);
        newRoleName.set(suggested);
    }

    /** While a new role is chosen, the request has no Role yet: its name is checked instead. */
    @Override
    List<Violation> editorFindings() {
        List<Violation> out = new ArrayList<>();
        if (createsRole.get() && !ROLE_NAME.matcher(newRoleName.get().trim()).matches()) {
            out.add(new Violation(NEW_ROLE_PATH, "A role name has 1–64 letters, digits and + = , . @ _ - "
                    + "characters; you entered \"" + newRoleName.get() + "\".", Severity.ERROR, null));
        }
        return out;
    }

    /** True for findings the new role makes moot (the request's missing Role). */
    boolean coveredByNewRole(Violation finding) {
        return createsRole.get() && finding.path().equals(roleField.path());
    }

    public BooleanProperty createsRoleProperty() {
        return createsRole;
    }

    public StringProperty newRoleNameProperty() {
        return newRoleName;
    }

    public StringProperty roleProperty() {
        return role;
    }

    public ObservableList<RoleInfo> roles() {
        return stores.roles().items();
    }

    /** Why the list is empty or could not be read; empty when the list is fine. */
    public ReadOnlyStringProperty rolesStatusProperty() {
        return rolesStatus.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return stores.roles().loadingProperty();
    }
}
