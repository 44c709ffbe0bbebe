package dev.lambdadesk.ui.signing.deploy;

import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import javafx.util.StringConverter;

import dev.lambdadesk.core.FunctionSummary;
import dev.lambdadesk.ui.common.FormGrid;
import dev.lambdadesk.ui.common.Views;

/** Which function a package from Sign and deploy updates; the explorer's Update code dialog follows. */
final class FunctionPickDialog extends Dialog<FunctionSummary> {

    private static final ButtonType NEXT = new ButtonType("Next", ButtonBar.ButtonData.OK_DONE);

    FunctionPickDialog(ObservableList<FunctionSummary> functions, Window owner) {
        initOwner(owner);
        setTitle("Update code");
        setHeaderText("Which function gets the package?");
        DeployDialogs.style(getDialogPane(), "update-from-package-dialog");
        ComboBox<FunctionSummary> function = new ComboBox<>(functions);
        function.setId("update-function");
        function.setMaxWidth(Double.MAX_VALUE);
        function.setConverter(new StringConverter<>() {
            @Override
            public String toString(FunctionSummary f) {
                return f == null ? "" : f.name();
            }

            @Override
            public FunctionSummary fromString(String name) {
                return functions.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
            }
        });
        FormGrid grid = new FormGrid();
        grid.row("Function", function);
        grid.row("", Views.note("The function's code signing configuration (if any) checks the package."));
        getDialogPane().setContent(grid);
        getDialogPane().setPrefWidth(520);
        getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, NEXT);
        Button next = (Button) getDialogPane().lookupButton(NEXT);
        next.setId("update-function-next");
        next.disableProperty().bind(Bindings.isNull(function.valueProperty()));
        setResultConverter(button -> button == NEXT ? function.getValue() : null);
        setOnShown(event -> function.requestFocus());
    }
}
