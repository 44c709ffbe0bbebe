package dev.lambdadesk.ui.connection;

import java.util.Objects;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyEvent;

/**
 * The picker's region as an editable, type-ahead combo box: what is typed is the ViewModel's region; while the
 * person types, the list shows the regions matching it; a region picked from the list replaces the text. The list
 * is replaced with {@code setAll}, the one change a combo box keeps its value through.
 */
final class RegionChoices {

    private RegionChoices() {
    }

    static void bind(ComboBox<String> combo, ConnectionPickerViewModel viewModel) {
        ObservableList<String> shown = FXCollections.observableArrayList(viewModel.allRegions());
        combo.setItems(shown);
        combo.setValue(viewModel.regionProperty().get());
        combo.getEditor().textProperty().bindBidirectional(viewModel.regionProperty());
        // the value is always the text: the combo writes its value into the editor when its list opens or closes
        // one direction at a time: the combo box answers a new value by rewriting its text (and its list), which
        // would otherwise set the region again while it is being set
        boolean[] syncing = {false};
        viewModel.regionProperty().addListener((observable, old, now) -> {
            if (!syncing[0] && !Objects.equals(now, combo.getValue())) {
                syncing[0] = true;
                try {
                    combo.setValue(now);
                } finally {
                    syncing[0] = false;
                }
            }
        });
        combo.valueProperty().addListener((observable, old, now) -> {
            if (!syncing[0] && now != null && !now.equals(viewModel.regionProperty().get())) {
                syncing[0] = true;
                try {
                    viewModel.regionProperty().set(now);
                } finally {
                    syncing[0] = false;
                }
            }
        });
        boolean[] typing = {false};
        combo.getEditor().addEventFilter(KeyEvent.KEY_TYPED, event -> typing[0] = true);
        combo.getEditor().textProperty().addListener((observable, old, now) -> {
            if (typing[0]) {
                typing[0] = false;
                showMatching(combo, shown, viewModel);
                if (shown.isEmpty()) {
                    combo.hide();
                } else if (!combo.isShowing()) {
                    combo.show();
                }
            }
        });
        // opened with the arrow: the regions matching the text (all of them for a known region)
        combo.setOnShowing(event -> showMatching(combo, shown, viewModel));
    }

    private static void showMatching(ComboBox<String> combo, ObservableList<String> shown,
                                     ConnectionPickerViewModel viewModel) {
        if (!shown.equals(viewModel.regions())) {
            String value = combo.getValue();
            shown.setAll(viewModel.regions());
            if (value != null && shown.contains(value)) { // else the list's stale selection empties the text
                combo.getSelectionModel().select(value);
            }
        }
    }
}
