package dev.lambdadesk.ui.functions.create;

import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.core.RoleInfo;
import dev.lambdadesk.ui.common.FormValidation;
import dev.lambdadesk.ui.common.store.AccountStores;
import dev.lambdadesk.ui.common.store.ResourceStore;

/** The execution role: picked from the account's roles (IAM ListRoles) or typed as an ARN. */
public final class PermissionsSection extends FormSection {

    private final AccountStores stores;
    private final StringProperty role = input("role", new SimpleStringProperty(this, "role", ""));
    private final ReadOnlyStringWrapper rolesStatus = new ReadOnlyStringWrapper(this, "rolesStatus", "");

    PermissionsSection(AccountStores stores) {
        this.stores = stores;
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
    void registerFields(FormValidation validation) {
        validation.field("role", "Role");
    }

    @Override
    void writeTo(ObjectNode request) {
        JsonFields.text(request, "Role", role.get().trim());
    }

    @Override
    void readFrom(ObjectNode request) {
        role.set(JsonFields.take(request, "Role"));
    }

    @Override
    void reset() {
        role.set("");
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
