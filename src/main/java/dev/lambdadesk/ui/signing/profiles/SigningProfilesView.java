package dev.lambdadesk.ui.signing.profiles;

import javafx.scene.layout.StackPane;

import dev.lambdadesk.ui.common.EmptyState;

/** The Signing profiles section: the AWS Signer profiles that sign code packages. */
public final class SigningProfilesView extends StackPane {

    public SigningProfilesView(SigningProfilesViewModel viewModel) {
        getStyleClass().add("section-view");
        getChildren().add(new EmptyState("fth-key", viewModel.emptyStateTitleProperty(),
                viewModel.emptyStateMessageProperty()));
    }
}
