package dev.lambdadesk.ui.signing.profiles;

import java.util.List;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import atlantafx.base.theme.Styles;

import dev.lambdadesk.core.SigningProfileInfo;
import dev.lambdadesk.ui.common.EmptyState;
import dev.lambdadesk.ui.common.TableWithDetails;
import dev.lambdadesk.ui.common.Tone;
import dev.lambdadesk.ui.common.Views;
import dev.lambdadesk.ui.signing.common.StatusTones;

/** The profile list: toolbar with filters, the table, and the selected profile's details and actions. */
final class ProfileListView extends BorderPane {

    private final SigningProfilesViewModel viewModel;
    private final TableView<SigningProfileInfo> table = new TableView<>();

    ProfileListView(SigningProfilesViewModel viewModel) {
        this.viewModel = viewModel;
        setId("profile-list");
        VBox top = new VBox(6, toolbar(), Views.banner("profiles-notice", viewModel.noticeProperty(),
                Tone.ACCENT));
        top.getStyleClass().add("signing-top");
        setTop(top);
        setCenter(TableWithDetails.split(table, tablePane(), new ProfileDetailsView(viewModel.details(),
                actions())));
    }

    private HBox toolbar() {
        Button create = Views.button("new-profile", "New profile", "fth-plus", viewModel::newProfile);
        create.getStyleClass().add(Styles.ACCENT);
        create.setTooltip(new Tooltip("Create a signing profile (Ctrl+N)"));
        Button refresh = Views.iconButton("refresh-profiles", "fth-refresh-cw", "List the profiles again",
                viewModel::refresh);
        ComboBox<SigningProfilesViewModel.StatusFilter> status = new ComboBox<>();
        status.setId("profile-status-filter");
        status.getItems().setAll(SigningProfilesViewModel.StatusFilter.values());
        status.valueProperty().bindBidirectional(viewModel.statusFilterProperty());
        status.setAccessibleText("Status filter");
        ComboBox<String> platform = new ComboBox<>(viewModel.platformChoices());
        platform.setId("profile-platform-filter");
        platform.valueProperty().bindBidirectional(viewModel.platformFilterProperty());
        platform.setConverter(new StringConverter<>() {
            @Override
            public String toString(String id) {
                return viewModel.platformLabel(id);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        platform.setAccessibleText("Platform filter");
        CheckBox canceled = new CheckBox("Show canceled");
        canceled.setId("show-canceled");
        canceled.selectedProperty().bindBidirectional(viewModel.showCanceledProperty());
        ProgressIndicator loading = new ProgressIndicator();
        loading.setPrefSize(18, 18);
        loading.visibleProperty().bind(viewModel.loadingProperty());
        Label count = new Label();
        count.setId("profiles-status");
        count.getStyleClass().add("form-note");
        count.textProperty().bind(viewModel.statusProperty());
        return Views.header(create, refresh, status, platform, canceled, null, loading, count);
    }

    private VBox tablePane() {
        table.setId("profile-table");
        table.setItems(viewModel.profiles());
        TableColumn<SigningProfileInfo, SigningProfileInfo> state = Views.badgeColumn("Status", 95,
                p -> p.status().wire(), p -> StatusTones.of(p.status()));
        state.setId("column-status");
        table.getColumns().setAll(List.of(
                Views.textColumn("Name", "name", 130, SigningProfileInfo::name),
                Views.textColumn("Platform", "platform", 110, SigningProfileInfo::platformDisplayName),
                state,
                Views.textColumn("Version", "version", 115, SigningProfileInfo::version),
                Views.textColumn("Validity", "validity", 105, p -> p.validity().describe())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new EmptyState("fth-key", new ReadOnlyObjectWrapper<>("No signing profiles"),
                new ReadOnlyObjectWrapper<>("A signing profile signs code packages. Create one with New profile "
                        + "(Ctrl+N); canceled ones appear with Show canceled.")));
        Views.bindSelection(table, viewModel.selectedProperty());
        VBox.setVgrow(table, Priority.ALWAYS);
        return new VBox(table);
    }

    private List<Button> actions() {
        Button cancel = Views.small("cancel-profile", "Cancel…", "fth-slash", this::confirmCancel);
        cancel.disableProperty().bind(viewModel.cancelDisabled());
        Button revoke = Views.small("revoke-profile", "Revoke…", "fth-alert-octagon", this::revoke);
        revoke.getStyleClass().add(Styles.DANGER);
        revoke.disableProperty().bind(viewModel.nothingSelected());
        return List.of(cancel, revoke);
    }

    private void confirmCancel() {
        ButtonType cancelProfile = new ButtonType("Cancel profile", ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType("Keep it", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, viewModel.cancelConsequences(), keep, cancelProfile);
        ((Button) confirm.getDialogPane().lookupButton(cancelProfile)).setDefaultButton(false);
        ((Button) confirm.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        confirm.setTitle("Cancel signing profile");
        confirm.setHeaderText("Cancel " + viewModel.selectedProperty().get().name() + "?");
        confirm.initOwner(getScene().getWindow());
        confirm.getDialogPane().setId("cancel-profile-confirmation");
        confirm.showAndWait().filter(b -> b == cancelProfile).ifPresent(b -> viewModel.cancelSelected());
    }

    private void revoke() {
        RevokeProfileViewModel revoke = viewModel.revokeSelected();
        if (revoke != null) {
            new RevokeProfileDialog(revoke, getScene().getWindow()).show();
        }
    }
}
