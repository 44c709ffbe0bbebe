package dev.lambdadesk.ui.functions;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;

import dev.lambdadesk.ui.functions.create.CreateFunctionView;
import dev.lambdadesk.ui.functions.explorer.FunctionExplorerView;

/**
 * The Functions section: the explorer, or the Create function form (made the first time it is opened). While the
 * section is shown, Ctrl+N opens a new function.
 */
public final class FunctionsView extends StackPane {

    static final KeyCombination NEW_FUNCTION_KEYS = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);

    private final FunctionsViewModel viewModel;
    private final FunctionExplorerView explorer;
    private CreateFunctionView create;

    public FunctionsView(FunctionsViewModel viewModel) {
        this.viewModel = viewModel;
        setId("functions");
        getStyleClass().add("section-view");
        getStylesheets().add(FunctionsView.class.getResource("/dev/lambdadesk/ui/common/forms.css").toExternalForm());
        getStylesheets().add(FunctionsView.class.getResource("functions.css").toExternalForm());
        explorer = new FunctionExplorerView(viewModel.explorer(), viewModel::newFunction);
        show(viewModel.pageProperty().get());
        viewModel.pageProperty().addListener((observable, old, page) -> show(page));
        sceneProperty().addListener((observable, old, now) -> moveShortcut(old, now));
    }

    private void show(FunctionsViewModel.Page page) {
        if (page == FunctionsViewModel.Page.CREATE) {
            if (create == null) {
                create = new CreateFunctionView(viewModel.create(), viewModel::showExplorer);
            }
            getChildren().setAll(create);
            Platform.runLater(create::focusFirstField);
        } else {
            getChildren().setAll(explorer);
        }
    }

    private void moveShortcut(Scene old, Scene now) {
        if (old != null) {
            old.getAccelerators().remove(NEW_FUNCTION_KEYS);
        }
        if (now != null) {
            now.getAccelerators().put(NEW_FUNCTION_KEYS, viewModel::newFunction);
        }
    }
}
