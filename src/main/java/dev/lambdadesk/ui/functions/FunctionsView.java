package dev.lambdadesk.ui.functions;

import javafx.scene.layout.StackPane;

import dev.lambdadesk.ui.common.EmptyState;

/** The Functions section: the account's functions and creating new ones. */
public final class FunctionsView extends StackPane {

    public FunctionsView(FunctionsViewModel viewModel) {
        getStyleClass().add("section-view");
        getChildren().add(new EmptyState("fth-zap", viewModel.emptyStateTitleProperty(),
                viewModel.emptyStateMessageProperty()));
    }
}
