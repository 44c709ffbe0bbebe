package dev.lambdadesk.ui.signing.deploy;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import atlantafx.base.theme.Styles;

import dev.lambdadesk.ui.common.FormGrid;
import dev.lambdadesk.ui.common.Tone;
import dev.lambdadesk.ui.common.DialogGrowth;
import dev.lambdadesk.ui.common.Views;
import dev.lambdadesk.ui.common.PickOrType;

/** "Update code" of an existing function with a package in S3, then the outcome or why Lambda refused it. */
final class UpdateFromPackageDialog extends Dialog<ButtonType> {

    private static final ButtonType UPDATE = new ButtonType("Update code", ButtonBar.ButtonData.OK_DONE);

    UpdateFromPackageDialog(UpdateFromPackageViewModel viewModel, Window owner) {
        initOwner(owner);
        setTitle("Update code");
        setHeaderText("Deploy " + viewModel.pkg().describe() + " to a function");
        setResizable(true);
        DeployDialogs.style(getDialogPane(), "update-from-package-dialog");
        ComboBox<String> function = new ComboBox<>(viewModel.functions());
        function.setId("update-function");
        function.setEditable(true);
        // the editor's text, not the value: a typed name counts at once, not only after Enter
        PickOrType.bind(function, viewModel.functionNameProperty());
        FormGrid grid = new FormGrid();
        grid.field("Function", function, viewModel.validation().feedback("update-function"),
                viewModel.limitsOf("FunctionName"));
        grid.row("", Views.note("The function's code signing configuration (if any) checks the package."));
        DeployState state = viewModel.state();
        Label outcome = Views.banner("deploy-outcome", state.outcomeProperty(), Tone.SUCCESS);
        Label problem = Views.banner("deploy-problem", state.problemProperty(), Tone.DANGER);
        outcome.setPrefWidth(530);
        problem.setPrefWidth(530);
        VBox content = new VBox(8, grid, outcome, problem,
                DeployDialogs.refusalView(state.refusalProperty(), 530));
        content.setPrefWidth(560);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE, UPDATE);
        Button update = (Button) getDialogPane().lookupButton(UPDATE);
        update.setId("deploy-update");
        update.getStyleClass().add(Styles.ACCENT);
        update.disableProperty().bind(viewModel.updateDisabledProperty());
        update.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            viewModel.update();
        });
        DialogGrowth.fitOnChange(this, state.outcomeProperty(), state.problemProperty(), state.refusalProperty(),
                viewModel.validation().problems());
        setOnShown(event -> function.requestFocus());
    }
}
