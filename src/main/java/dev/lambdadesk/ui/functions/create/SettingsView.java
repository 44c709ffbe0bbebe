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
        memory.setId("memory-size");
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
        form.field("memory-size", "Memory (MB)", "MemorySize", memory, memoryRow);

        narrow(form.text("timeout", "Timeout (seconds)", "Timeout", settings.timeoutProperty(), "3"));
        narrow(form.text("ephemeral-storage", "Ephemeral storage (MB)", "EphemeralStorage.Size",
                settings.ephemeralStorageProperty(), "512"));
        form.choice("tracing-mode", "X-Ray tracing", "TracingConfig.Mode", settings.tracingModes(),
                settings.tracingProperty(), "Default (PassThrough)");
        form.choice("log-format", "Log format", "LoggingConfig.LogFormat", settings.logFormats(),
                settings.logFormatProperty(), "Default (Text)");
        ComboBox<String> appLevel = form.choice("application-log-level", "Application log level",
                "LoggingConfig.ApplicationLogLevel", settings.applicationLogLevels(),
                settings.applicationLogLevelProperty(), "Default (INFO); JSON format only");
        appLevel.disableProperty().bind(settings.logLevelsApplyProperty().not());
        ComboBox<String> systemLevel = form.choice("system-log-level", "System log level",
                "LoggingConfig.SystemLogLevel", settings.systemLogLevels(), settings.systemLogLevelProperty(),
                "Default (INFO); JSON format only");
        systemLevel.disableProperty().bind(settings.logLevelsApplyProperty().not());
        form.text("log-group", "Log group", "LoggingConfig.LogGroup", settings.logGroupProperty(),
                "Default: /aws/lambda/<function name>");
        form.choice("snap-start", "SnapStart", "SnapStart.ApplyOn", settings.snapStartChoices(),
                settings.snapStartProperty(), "Default (None)");
        return form.grid();
    }

    private static void narrow(TextField field) {
        field.setMaxWidth(140);
    }
}
