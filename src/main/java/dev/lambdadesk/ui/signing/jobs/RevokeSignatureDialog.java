package dev.lambdadesk.ui.signing.jobs;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import dev.lambdadesk.ui.common.FormGrid;
import dev.lambdadesk.ui.common.Tone;
import dev.lambdadesk.ui.common.DialogGrowth;
import dev.lambdadesk.ui.common.Views;

/** Revoke one job's signature: why, what it means, and an explicit confirmation. */
final class RevokeSignatureDialog extends Dialog<ButtonType> {

    private static final ButtonType REVOKE = new ButtonType("Revoke signature", ButtonBar.ButtonData.OK_DONE);

    RevokeSignatureDialog(RevokeSignatureViewModel viewModel, Window owner) {
        initOwner(owner);
        setTitle("Revoke signature");
        setHeaderText("Revoke the signature of job " + viewModel.job().jobId() + "?");
        getDialogPane().setId("revoke-signature-dialog");
        getDialogPane().getStylesheets().add(getClass().getResource("/dev/lambdadesk/ui/common/forms.css")
                .toExternalForm());
        TextArea reason = new TextArea();
        reason.setId("signature-reason");
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        reason.textProperty().bindBidirectional(viewModel.reasonProperty());
        CheckBox understood = new CheckBox("I understand that this cannot be undone");
        understood.setId("signature-understood");
        understood.selectedProperty().bindBidirectional(viewModel.understoodProperty());
        FormGrid grid = new FormGrid();
        grid.field("Reason", reason, viewModel.validation().feedback("signature-reason"), viewModel.limitsOf());
        grid.wide(Views.note(viewModel.consequences()));
        grid.wide(understood);
        VBox content = new VBox(8, grid, Views.banner("signature-problem", viewModel.problemProperty(),
                Tone.DANGER));
        content.setPrefWidth(540);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, REVOKE);
        Views.dangerAction(this, REVOKE, "revoke-signature-confirm", viewModel.revokeDisabledProperty(), viewModel::revoke,
                viewModel.doneProperty());
        DialogGrowth.fitOnChange(this, viewModel.problemProperty(), viewModel.validation().problems());
        setOnShown(event -> reason.requestFocus());
    }
}
