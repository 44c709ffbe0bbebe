package dev.lambdadesk.ui.connection;

import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyEvent;

/**
 * The picker's region as an editable, type-ahead combo box: what is typed is the ViewModel's region, the list shows
 * the regions matching it and opens while typing; a region picked from the list replaces the text.
 */
final class RegionChoices {

    private RegionChoices() {
    }

    static void bind(ComboBox<String> combo, ConnectionPickerViewModel viewModel) {
        combo.setItems(viewModel.regions());
        combo.setValue(viewModel.regionProperty().get());
        combo.getEditor().textProperty().bindBidirectional(viewModel.regionProperty());
        // the combo's value follows the region, so it never writes an older one back into the editor
        viewModel.regionProperty().addListener((observable, old, now) -> {
            if (now != null && !now.equals(combo.getValue())) {
                combo.setValue(now);
            }
        });
        combo.valueProperty().addListener((observable, old, now) -> {
            if (now != null && !now.equals(viewModel.regionProperty().get())) {
                viewModel.regionProperty().set(now);
            }
        });
        combo.getEditor().addEventHandler(KeyEvent.KEY_TYPED, event -> {
            if (combo.getItems().isEmpty()) {
                combo.hide();
            } else if (!combo.isShowing()) {
                combo.show();
            }
        });
    }
}
