package dev.lambdadesk.ui.signing.deploy;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

import atlantafx.base.theme.Styles;

import dev.lambdadesk.core.CodeSigningConfigInfo;
import dev.lambdadesk.core.RoleInfo;
import dev.lambdadesk.ui.common.FormGrid;
import dev.lambdadesk.ui.common.Tone;
import dev.lambdadesk.ui.common.DialogGrowth;
import dev.lambdadesk.ui.common.Views;
import dev.lambdadesk.ui.common.PickOrType;

/** "Create function" from a package in S3: a small form, then the outcome or why Lambda refused it. */
final class CreateFromPackageDialog extends Dialog<ButtonType> {

    private static final ButtonType CREATE = new ButtonType("Create function", ButtonBar.ButtonData.OK_DONE);

    CreateFromPackageDialog(CreateFromPackageViewModel viewModel, Window owner) {
        initOwner(owner);
        setTitle("Create function");
        setHeaderText("Create a function from " + viewModel.pkg().describe());
        setResizable(true);
        DeployDialogs.style(getDialogPane(), "create-from-package-dialog");

        TextField name = new TextField();
        name.setId("deploy-name");
        name.textProperty().bindBidirectional(viewModel.functionNameProperty());
        ComboBox<String> runtime = new ComboBox<>(viewModel.runtimes());
        runtime.setId("deploy-runtime");
        runtime.valueProperty().bindBidirectional(viewModel.runtimeProperty());
        TextField handler = new TextField();
        handler.setId("deploy-handler");
        handler.textProperty().bindBidirectional(viewModel.handlerProperty());
        ComboBox<String> role = new ComboBox<>(arnsOf(viewModel.roles()));
        role.setId("deploy-role");
        role.setEditable(true);
        PickOrType.bind(role, viewModel.roleProperty());
        ObservableList<String> configArns = FXCollections.observableArrayList("");
        viewModel.configs().addListener((ListChangeListener<CodeSigningConfigInfo>) c ->
                viewModel.configs().stream().map(CodeSigningConfigInfo::arn).filter(a -> !configArns.contains(a))
                        .forEach(configArns::add));
        ComboBox<String> config = new ComboBox<>(configArns);
        config.setId("deploy-config");
        config.valueProperty().bindBidirectional(viewModel.configArnProperty());
        config.setConverter(new StringConverter<>() {
            @Override
            public String toString(String arn) {
                if (arn == null || arn.isEmpty()) {
                    return "None";
                }
                return viewModel.configs().stream().filter(c -> c.arn().equals(arn)).findFirst()
                        .map(c -> c.id() + " · " + c.policy() + (c.description().isEmpty() ? "" : " · "
                                + c.description())).orElse(arn);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        Label note = Views.note("");
        note.setId("deploy-config-note");
        note.textProperty().bind(viewModel.configNote());

        FormGrid grid = new FormGrid();
        grid.field("Function name", name, viewModel.validation().feedback("deploy-name"),
                viewModel.limitsOf("FunctionName"));
        grid.field("Runtime", runtime, viewModel.validation().feedback("deploy-runtime"),
                viewModel.limitsOf("Runtime"));
        grid.field("Handler", handler, viewModel.validation().feedback("deploy-handler"),
                viewModel.limitsOf("Handler"));
        grid.field("Execution role", role, viewModel.validation().feedback("deploy-role"), viewModel.limitsOf("Role"));
        grid.field("Code signing", config, viewModel.validation().feedback("deploy-config"),
                viewModel.limitsOf("CodeSigningConfigArn"));
        grid.row("", note);
        grid.row("Code", Views.note(viewModel.pkg().location().uri()
                + (viewModel.pkg().isSigned() ? " (signed)" : " (unsigned)")));
        DeployState state = viewModel.state();
        Label outcome = Views.banner("deploy-outcome", state.outcomeProperty(), Tone.SUCCESS);
        Label problem = Views.banner("deploy-problem", state.problemProperty(), Tone.DANGER);
        outcome.setPrefWidth(590);
        problem.setPrefWidth(590);
        VBox content = new VBox(8, grid, outcome, problem,
                DeployDialogs.refusalView(state.refusalProperty(), 590));
        content.setPrefWidth(620);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE, CREATE);
        Button create = (Button) getDialogPane().lookupButton(CREATE);
        create.setId("deploy-create");
        create.getStyleClass().add(Styles.ACCENT);
        create.disableProperty().bind(viewModel.createDisabledProperty());
        create.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            viewModel.create();
        });
        DialogGrowth.fitOnChange(this, state.outcomeProperty(), state.problemProperty(), state.refusalProperty(),
                viewModel.validation().problems());
        setOnShown(event -> name.requestFocus());
    }

    private static ObservableList<String> arnsOf(ObservableList<RoleInfo> roles) {
        ObservableList<String> arns = FXCollections.observableArrayList();
        roles.addListener((ListChangeListener<RoleInfo>) c -> roles.stream().map(RoleInfo::arn)
                .filter(a -> !arns.contains(a)).forEach(arns::add));
        return arns;
    }
}
