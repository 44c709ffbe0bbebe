package dev.lambdadesk.ui.signing.jobs;

import javafx.beans.binding.Bindings;

import dev.lambdadesk.ui.signing.common.ListOrFormSection;
import dev.lambdadesk.ui.signing.deploy.SignAndDeployView;

/**
 * The Signing jobs section: the jobs with the selected one's details, or Sign and deploy. While the section is
 * shown, Ctrl+N opens Sign and deploy.
 */
public final class SigningJobsView extends ListOrFormSection<SignAndDeployView> {

    public SigningJobsView(SigningJobsViewModel viewModel) {
        super("signing-jobs", new JobListView(viewModel),
                Bindings.createBooleanBinding(() -> viewModel.pageProperty().get() == SigningJobsViewModel.Page.SIGN,
                        viewModel.pageProperty()),
                () -> new SignAndDeployView(viewModel.signAndDeploy(), viewModel::showList),
                SignAndDeployView::focusFirstField, viewModel::openSignAndDeploy);
    }
}
