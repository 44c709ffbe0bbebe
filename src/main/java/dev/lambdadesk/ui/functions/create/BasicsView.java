package dev.lambdadesk.ui.functions.create;

import java.util.Map;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;

import atlantafx.base.theme.Styles;

/** The Basics section: name, description, package type, runtime (deprecated ones flagged), handler, architecture. */
final class BasicsView {

    private BasicsView() {
    }

    static Node build(CreateFunctionViewModel viewModel, Map<String, Node> focusTargets) {
        BasicsSection basics = viewModel.basics();
        FormBuilder form = new FormBuilder(viewModel, focusTargets);
        form.text("function-name", "Function name", "FunctionName", basics.functionNameProperty(),
                "my-function");
        form.text("description", "Description", "Description", basics.descriptionProperty(), "Optional");
        form.choice("package-type", "Package type", "PackageType", basics.packageTypes(),
                basics.packageTypeProperty(), "Zip");

        ComboBox<String> runtime = form.choice("runtime", "Runtime", "Runtime", basics.runtimeChoices(),
                basics.runtimeProperty(), "Choose a runtime");
        runtime.setCellFactory(list -> new RuntimeCell(basics));
        runtime.setVisibleRowCount(14);
        runtime.disableProperty().bind(basics.imageProperty());

        TextField handler = form.text("handler", "Handler", "Handler", basics.handlerProperty(), "index.handler");
        handler.disableProperty().bind(basics.imageProperty());
        form.choice("architecture", "Architecture", "Architectures", basics.architectures(),
                basics.architectureProperty(), "x86_64");
        return form.grid();
    }

    /** A runtime with its family; deprecated ones read as such before they are picked. */
    private static final class RuntimeCell extends ListCell<String> {
        private final BasicsSection basics;

        RuntimeCell(BasicsSection basics) {
            this.basics = basics;
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove(Styles.TEXT_MUTED);
            if (empty || item == null) {
                setText(null);
                return;
            }
            String about = basics.describeRuntime(item);
            setText(about.isEmpty() ? item : item + "   (" + about + ")");
            if (basics.isDeprecated(item)) {
                getStyleClass().add(Styles.TEXT_MUTED);
            }
        }
    }
}
