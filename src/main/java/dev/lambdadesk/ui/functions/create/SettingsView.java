package dev.lambdadesk.ui.functions.create;

import java.util.Map;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The Settings section: memory (slider and exact field), timeout, storage, tracing, logging, SnapStart. */
final class SettingsView {

    private SettingsView() {
    }

    static Node build(CreateFunctionViewModel viewModel, Map<String, Node> focusTargets) {
        SettingsSection settings = viewModel.settings();
        FormBuilder form = new FormBuilder(viewModel, focusTargets);

        TextField memory = new TextField();
        memory.setPrefColumnCount(6);
        memory.textProperty().bindBidirectional(settings.memoryProperty());
        Slider slider = new Slider(SettingsSection.SLIDER_MIN, SettingsSection.SLIDER_MAX, 128);
        slider.setId("memory-slider");
        slider.setBlockIncrement(64);
        slider.setMajorTickUnit(2048);
        slider.setAccessibleText("Memory in MB");
        slider.valueProperty().bindBidirectional(settings.memorySliderProperty());
        HBox.setHgrow(slider, Priority.ALWAYS);
        HBox memoryRow = new HBox(12, memory, slider);
        memoryRow.setAlignment(Pos.CENTER_LEFT);
        form.field(settings.memoryField, memory, memoryRow);

        narrow(form.text(settings.timeout, "3"));
        narrow(form.text(settings.ephemeralStorage, "512"));
        form.choice(settings.tracing, settings.tracingModes(), "Default (PassThrough)");
        form.choice(settings.logFormatField, settings.logFormats(), "Default (Text)");
        ComboBox<String> appLevel = form.choice(settings.applicationLogLevel, settings.applicationLogLevels(),
                "Default (INFO); JSON format only");
        appLevel.disableProperty().bind(settings.logLevelsApplyProperty().not());
        ComboBox<String> systemLevel = form.choice(settings.systemLogLevel, settings.systemLogLevels(),
                "Default (INFO); JSON format only");
        systemLevel.disableProperty().bind(settings.logLevelsApplyProperty().not());
        form.text(settings.logGroup, "Default: /aws/lambda/<function name>");
        form.choice(settings.snapStart, settings.snapStartChoices(), "Default (None)");
        return form.grid();
    }

    private static void narrow(TextField field) {
        field.setMaxWidth(140);
    }
}
