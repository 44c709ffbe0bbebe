package dev.lambdadesk.ui.functions.create;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.aws.Session;
import dev.lambdadesk.core.RoleInfo;
import dev.lambdadesk.ui.common.FormValidation;
import dev.lambdadesk.ui.common.UiExecutor;

/** The execution role: picked from the account's roles (IAM ListRoles) or typed as an ARN. */
public final class PermissionsSection extends FormSection {

    private final Session session;
    private final UiExecutor ui;
    private final StringProperty role = input("role", new SimpleStringProperty(this, "role", ""));
    private final ObservableList<RoleInfo> roles = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper rolesStatus = new ReadOnlyStringWrapper(this, "rolesStatus", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");

    PermissionsSection(Session session, UiExecutor ui) {
        this.session = session;
        this.ui = ui;
    }

    /** Lists the account's roles; on failure says so, and the ARN can still be typed. */
    public void loadRoles() {
        if (!session.isConnected()) {
            rolesStatus.set("Not connected yet; type the role ARN or wait for the connection.");
            return;
        }
        loading.set(true);
        rolesStatus.set("Listing roles…");
        ui.run(() -> session.iam().listRoles(), found -> {
            loading.set(false);
            roles.setAll(found);
            rolesStatus.set(found.isEmpty() ? "The account has no roles; type the role ARN." : "");
        }, failure -> {
            loading.set(false);
            roles.clear();
            rolesStatus.set("Roles could not be listed: " + session.explainer().explain(failure).summary()
                    + " Type the role ARN instead.");
        });
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
        return roles;
    }

    /** Why the list is empty or could not be read; empty when the list is fine. */
    public ReadOnlyStringProperty rolesStatusProperty() {
        return rolesStatus.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
