package dev.lambdadesk.ui.signing.deploy;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import atlantafx.base.theme.Styles;

import dev.lambdadesk.ui.common.DialogGrowth;
import dev.lambdadesk.ui.common.FormGrid;
import dev.lambdadesk.ui.common.Tone;
import dev.lambdadesk.ui.common.Views;

/** "Publish as layer version" of the package at hand, then the new version or why Lambda refused it. */
final class PublishLayerFromPackageDialog extends Dialog<ButtonType> {

    private static final ButtonType PUBLISH = new ButtonType("Publish", ButtonBar.ButtonData.OK_DONE);

    PublishLayerFromPackageDialog(PublishLayerFromPackageViewModel viewModel, Window owner) {
        initOwner(owner);
        setTitle("Publish layer version");
        setHeaderText("Publish " + viewModel.pkg().describe() + " as a layer version");
        setResizable(true);
        DeployDialogs.style(getDialogPane(), "publish-layer-from-package-dialog");
        TextField name = new TextField();
        name.setId("publish-layer-name");
        name.setPromptText("my-layer");
        name.textProperty().bindBidirectional(viewModel.layerNameProperty());
        FormGrid grid = new FormGrid();
        grid.field("Layer name", name, viewModel.validation().feedback("publish-layer-name"),
                viewModel.limitsOf("LayerName"));
        grid.row("", Views.note("A new version of the layer (the layer is made when it has none). Functions "
                + "under a code signing configuration may use it when the configuration trusts its signer."));
        Label outcome = Views.banner("publish-layer-outcome", viewModel.outcomeProperty(), Tone.SUCCESS);
        outcome.setPrefWidth(530);
        VBox content = new VBox(8, grid, outcome, DeployDialogs.refusalView(viewModel.refusalProperty(), 530));
        content.setPrefWidth(560);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE, PUBLISH);
        Button publish = (Button) getDialogPane().lookupButton(PUBLISH);
        publish.setId("publish-layer-confirm");
        publish.getStyleClass().add(Styles.ACCENT);
        publish.disableProperty().bind(viewModel.publishDisabledProperty());
        publish.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            viewModel.publish();
        });
        DialogGrowth.fitOnChange(this, viewModel.outcomeProperty(), viewModel.refusalProperty(),
                viewModel.validation().problems());
        setOnShown(event -> name.requestFocus());
    }
}
