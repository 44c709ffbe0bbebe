package dev.lambdadesk.ui.layers;

import javafx.beans.binding.Bindings;

import dev.lambdadesk.ui.signing.common.ListOrFormSection;

/** The Layers section: the versions with the selected one's details, or the Publish version form (Ctrl+N). */
public final class LayersView extends ListOrFormSection<LayerPublishView> {

    public LayersView(LayersViewModel viewModel) {
        super("layers", new LayerListView(viewModel),
                Bindings.createBooleanBinding(() -> viewModel.pageProperty().get() == LayersViewModel.Page.PUBLISH,
                        viewModel.pageProperty()),
                () -> new LayerPublishView(viewModel.form(), viewModel::showList), LayerPublishView::focusFirstField,
                viewModel::publishVersion);
    }
}
