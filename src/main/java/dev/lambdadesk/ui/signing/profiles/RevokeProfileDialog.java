package dev.lambdadesk.ui.signing.profiles;

import java.util.Optional;

import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import dev.lambdadesk.ui.common.FieldFeedback;
import dev.lambdadesk.ui.common.FormGrid;
import dev.lambdadesk.ui.common.Tone;
import dev.lambdadesk.ui.common.DialogGrowth;
import dev.lambdadesk.ui.common.Views;

/**
 * Revoke a signing profile: version, reason, effective time, what it means, and the profile's name typed to
 * confirm. The Revoke button stays disabled until all of that holds; the dialog closes once the profile is revoked.
 */
final class RevokeProfileDialog extends Dialog<ButtonType> {

    private static final ButtonType REVOKE = new ButtonType("Revoke", ButtonBar.ButtonData.OK_DONE);

    RevokeProfileDialog(RevokeProfileViewModel viewModel, Window owner) {
        initOwner(owner);
        setTitle("Revoke signing profile");
        setHeaderText("Revoke " + viewModel.profile().name() + "?");
        getDialogPane().setId("revoke-profile-dialog");
        getDialogPane().getStylesheets().add(getClass().getResource(
                "/dev/lambdadesk/ui/common/forms.css").toExternalForm());
        getDialogPane().getStylesheets().add(getClass().getResource(
                "/dev/lambdadesk/ui/signing/signing.css").toExternalForm());

        TextField version = new TextField();
        version.setId("revoke-version");
        version.textProperty().bindBidirectional(viewModel.profileVersionProperty());
        TextArea reason = new TextArea();
        reason.setId("revoke-reason");
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        reason.setPromptText("Why it is revoked (1–500 characters)");
        reason.textProperty().bindBidirectional(viewModel.reasonProperty());
        TextField time = new TextField();
        time.setId("revoke-effective-time");
        time.setPromptText(viewModel.timePattern());
        time.textProperty().bindBidirectional(viewModel.effectiveTimeProperty());
        TextField confirm = new TextField();
        confirm.setId("revoke-confirmation");
        confirm.setPromptText(viewModel.confirmationPrompt());
        confirm.textProperty().bindBidirectional(viewModel.confirmationProperty());

        FormGrid grid = new FormGrid();
        grid.field("Profile version", version, viewModel.validation().feedback("revoke-version"),
                viewModel.limitsOf("profileVersion"));
        grid.field("Reason", reason, viewModel.validation().feedback("revoke-reason"), viewModel.limitsOf("reason"));
        grid.field("Effective from", time, viewModel.validation().feedback("revoke-effective-time"),
                viewModel.limitsOf("effectiveTime"));
        grid.row("", Views.note("Now or earlier, as " + viewModel.timePattern()
                + ". Signatures made after this time are no longer trusted."));
        var consequences = Views.note(viewModel.consequences());
        consequences.setId("revoke-consequences");
        grid.wide(consequences);
        grid.field("Confirm", confirm, new SimpleObjectProperty<>(
                FieldFeedback.NONE), Optional.empty());
        VBox content = new VBox(8, grid,
                Views.banner("revoke-problem", viewModel.problemProperty(), Tone.DANGER));
        content.setPrefWidth(560);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, REVOKE);
        Views.dangerAction(this, REVOKE, "revoke-profile-confirm", viewModel.revokeDisabledProperty(), viewModel::revoke,
                viewModel.doneProperty());
        DialogGrowth.fitOnChange(this, viewModel.problemProperty(), viewModel.validation().problems());
        setOnShown(event -> reason.requestFocus());
    }
}
