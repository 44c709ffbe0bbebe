package dev.lambdadesk.ui.functions.create;

import java.util.Map;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;
import org.kordamp.ikonli.javafx.FontIcon;

import dev.lambdadesk.ui.common.ToneStyles;
import dev.lambdadesk.ui.common.KeyValueEditor;

/** The Environment section: the variables table, the reveal toggle and the live size meter against 4 KB. */
final class EnvironmentView {

    private EnvironmentView() {
    }

    static Node build(CreateFunctionViewModel viewModel, Map<String, Node> focusTargets) {
        EnvironmentSection environment = viewModel.environment();
        FormBuilder form = new FormBuilder(viewModel, focusTargets);
        KeyValueEditor editor = new KeyValueEditor(new KeyValueEditor.Options(environment.variables.id(), "Name", "Value",
                "Add variable", environment.revealProperty()), environment.variables(), environment::addVariable,
                environment::remove);

        ToggleButton reveal = new ToggleButton("Show values", new FontIcon("fth-eye"));
        reveal.setId("environment-reveal");
        reveal.getStyleClass().add(Styles.SMALL);
        reveal.selectedProperty().bindBidirectional(environment.revealProperty());
        reveal.setMinWidth(Region.USE_PREF_SIZE);

        ProgressBar meter = new ProgressBar();
        meter.setId("environment-size");
        meter.setPrefWidth(110);
        meter.setMinWidth(60);
        meter.progressProperty().bind(environment.sizeFractionProperty());
        ToneStyles.bind(meter, environment.sizeToneProperty());
        Label size = FormBuilder.note("environment-size-text");
        size.textProperty().bind(environment.sizeTextProperty());
        size.setWrapText(false);
        size.setMinWidth(Region.USE_PREF_SIZE);
        HBox meterRow = new HBox(10, reveal, meter, size);
        meterRow.setAlignment(Pos.CENTER_LEFT);

        VBox content = new VBox(8, editor, meterRow);
        form.field(environment.variables, editor, content);
        focusTargets.put(environment.variables.id(), editor);
        return form.grid();
    }
}
