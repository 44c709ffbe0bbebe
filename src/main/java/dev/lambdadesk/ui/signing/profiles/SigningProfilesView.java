package dev.lambdadesk.ui.signing.profiles;

import javafx.beans.binding.Bindings;

import dev.lambdadesk.ui.signing.common.ListOrFormSection;

/**
 * The Signing profiles section: the list with the selected profile's details, or the New signing profile form.
 * While the section is shown, Ctrl+N opens the form.
 */
public final class SigningProfilesView extends ListOrFormSection<ProfileFormView> {

    public SigningProfilesView(SigningProfilesViewModel viewModel) {
        super("signing-profiles", new ProfileListView(viewModel),
                Bindings.createBooleanBinding(() -> viewModel.pageProperty().get()
                        == SigningProfilesViewModel.Page.CREATE, viewModel.pageProperty()),
                () -> new ProfileFormView(viewModel.form(), viewModel::showList), ProfileFormView::focusFirstField,
                viewModel::newProfile);
    }
}
