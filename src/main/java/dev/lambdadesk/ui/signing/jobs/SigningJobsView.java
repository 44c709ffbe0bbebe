package dev.lambdadesk.ui.signing.jobs;

import javafx.scene.layout.StackPane;

import dev.lambdadesk.ui.common.EmptyState;

/** The Signing jobs section: signing code packages and the record of every signature. */
public final class SigningJobsView extends StackPane {

    public SigningJobsView(SigningJobsViewModel viewModel) {
        getStyleClass().add("section-view");
        getChildren().add(new EmptyState("fth-pen-tool", viewModel.emptyStateTitleProperty(),
                viewModel.emptyStateMessageProperty()));
    }
}
