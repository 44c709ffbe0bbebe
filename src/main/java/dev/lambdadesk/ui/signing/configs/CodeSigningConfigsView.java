package dev.lambdadesk.ui.signing.configs;

import javafx.scene.layout.StackPane;

import dev.lambdadesk.ui.common.EmptyState;

/** The Code signing configs section: which publishers a function trusts and what happens to unsigned code. */
public final class CodeSigningConfigsView extends StackPane {

    public CodeSigningConfigsView(CodeSigningConfigsViewModel viewModel) {
        getStyleClass().add("section-view");
        getChildren().add(new EmptyState("fth-shield", viewModel.emptyStateTitleProperty(),
                viewModel.emptyStateMessageProperty()));
    }
}
