package dev.lambdadesk.ui.signing.configs;

import javafx.beans.binding.Bindings;

import dev.lambdadesk.ui.signing.common.ListOrFormSection;

/**
 * The Code signing configs section: the list with the selected configuration's details, or the editor. While the
 * section is shown, Ctrl+N opens a new configuration.
 */
public final class CodeSigningConfigsView extends ListOrFormSection<ConfigFormView> {

    public CodeSigningConfigsView(CodeSigningConfigsViewModel viewModel) {
        super("code-signing-configs", new ConfigListView(viewModel),
                Bindings.createBooleanBinding(() -> viewModel.pageProperty().get()
                        == CodeSigningConfigsViewModel.Page.EDIT, viewModel.pageProperty()),
                () -> new ConfigFormView(viewModel.form(), viewModel::showList), ConfigFormView::focusFirstField,
                viewModel::newConfig);
    }
}
