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
        form.text(basics.functionName, "my-function");
        form.text(basics.description, "Optional");
        form.choice(basics.packageTypeField, basics.packageTypes(), "Zip");

        ComboBox<String> runtime = form.choice(basics.runtimeField, basics.runtimeChoices(), "Choose a runtime");
        runtime.setCellFactory(list -> new RuntimeCell(basics));
        runtime.setVisibleRowCount(14);
        runtime.disableProperty().bind(basics.imageProperty());

        TextField handler = form.text(basics.handlerField, "index.handler");
        handler.disableProperty().bind(basics.imageProperty());
        form.choice(basics.architecture, basics.architectures(), "x86_64");
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
