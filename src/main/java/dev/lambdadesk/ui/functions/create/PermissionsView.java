package dev.lambdadesk.ui.functions.create;

import java.util.Map;

import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.TextField;
import javafx.scene.control.RadioButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.javafx.FontIcon;

import dev.lambdadesk.core.RoleInfo;

/** The Permissions section: the execution role, picked from the account's roles or typed as an ARN. */
final class PermissionsView {

    private PermissionsView() {
    }

    static Node build(CreateFunctionViewModel viewModel, Map<String, Node> focusTargets) {
        PermissionsSection permissions = viewModel.permissions();
        FormBuilder form = new FormBuilder(viewModel, focusTargets);

        ToggleGroup choice = new ToggleGroup();
        RadioButton create = new RadioButton("Create a new role with basic Lambda permissions");
        create.setId("role-new");
        create.setToggleGroup(choice);
        RadioButton existing = new RadioButton("Use an existing role");
        existing.setId("role-existing");
        existing.setToggleGroup(choice);
        for (RadioButton option : new RadioButton[] {create, existing}) {
            option.setWrapText(true); // the whole choice is read, never "…"
            option.setMinHeight(Region.USE_PREF_SIZE);
            option.setMaxWidth(Double.MAX_VALUE);
        }
        Runnable showChoice = () -> choice.selectToggle(permissions.createsRoleProperty().get() ? create : existing);
        permissions.createsRoleProperty().addListener(o -> showChoice.run());
        showChoice.run();
        choice.selectedToggleProperty().addListener((o, old, now) -> {
            if (now != null) {
                permissions.createsRoleProperty().set(now == create);
            }
        });
        form.row("Execution role", new VBox(4, create, existing));

        TextField roleName = new TextField();
        roleName.textProperty().bindBidirectional(permissions.newRoleNameProperty());
        Label roleNote = FormBuilder.note("new-role-note");
        roleNote.setText("Created with the function: Lambda may assume it, and it may write the function's logs "
                + "to CloudWatch Logs (AWSLambdaBasicExecutionRole). Rename it if you like.");
        form.field(permissions.newRoleNameField, roleName, new VBox(4, roleName, roleNote));
        form.grid().shownWhen(permissions.createsRoleProperty());

        ObservableList<String> arns = FXCollections.observableArrayList();
        Runnable copyArns = () -> arns.setAll(permissions.roles().stream().map(RoleInfo::arn).toList());
        permissions.roles().addListener((javafx.beans.InvalidationListener) o -> copyArns.run());
        copyArns.run();
        ComboBox<String> role = FormBuilder.editableCombo(arns, permissions.roleProperty(),
                "Pick a role or type its ARN");
        role.setCellFactory(list -> new RoleCell(permissions));
        HBox.setHgrow(role, Priority.ALWAYS);

        Button reload = new Button(null, new FontIcon("fth-refresh-cw"));
        reload.setId("roles-refresh");
        reload.setAccessibleText("List roles again");
        reload.setOnAction(event -> permissions.reloadRoles());
        reload.disableProperty().bind(permissions.loadingProperty());

        Label status = FormBuilder.note("roles-status");
        status.textProperty().bind(permissions.rolesStatusProperty());
        status.visibleProperty().bind(Bindings.isNotEmpty(status.textProperty()));
        status.managedProperty().bind(status.visibleProperty());
        VBox content = new VBox(4, new HBox(6, role, reload), status);
        form.field(permissions.roleField, role, content);
        form.grid().shownWhen(permissions.createsRoleProperty().not());
        return form.grid();
    }

    /** A role by name, with its ARN below. */
    private static final class RoleCell extends ListCell<String> {
        private final PermissionsSection permissions;

        RoleCell(PermissionsSection permissions) {
            this.permissions = permissions;
        }

        @Override
        protected void updateItem(String arn, boolean empty) {
            super.updateItem(arn, empty);
            if (empty || arn == null) {
                setText(null);
                return;
            }
            String name = permissions.roles().stream().filter(r -> r.arn().equals(arn)).map(RoleInfo::name)
                    .findFirst().orElse("");
            setText(name.isEmpty() ? arn : name + "\n" + arn);
        }
    }
}
