package dev.lambdadesk.ui.functions.create;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.ui.common.FormValidation;

/**
 * Memory (slider and exact field kept in step), timeout, ephemeral storage, tracing, logging and SnapStart. A
 * choice left at "" means "the service default" and is not sent.
 */
public final class SettingsSection extends FormSection {

    static final String DEFAULT_MEMORY = "128";
    static final String DEFAULT_TIMEOUT = "3";
    static final String DEFAULT_STORAGE = "512";
    /** The slider's range; the field takes any value, and the rules say what is allowed. */
    public static final double SLIDER_MIN = 128;
    public static final double SLIDER_MAX = 10240;

    private final StringProperty memory = input("memory-size", new SimpleStringProperty(this, "memory",
            DEFAULT_MEMORY));
    private final DoubleProperty memorySlider = new SimpleDoubleProperty(this, "memorySlider", 128);
    private final StringProperty timeout = input("timeout", new SimpleStringProperty(this, "timeout", DEFAULT_TIMEOUT));
    private final StringProperty ephemeralStorage = input("ephemeral-storage",
            new SimpleStringProperty(this, "ephemeralStorage", DEFAULT_STORAGE));
    private final StringProperty tracing = input("tracing-mode", new SimpleStringProperty(this, "tracing", ""));
    private final StringProperty logFormat = input("log-format", new SimpleStringProperty(this, "logFormat", ""));
    private final StringProperty applicationLogLevel = input("application-log-level",
            new SimpleStringProperty(this, "applicationLogLevel", ""));
    private final StringProperty systemLogLevel = input("system-log-level",
            new SimpleStringProperty(this, "systemLogLevel", ""));
    private final StringProperty logGroup = input("log-group", new SimpleStringProperty(this, "logGroup", ""));
    private final StringProperty snapStart = input("snap-start", new SimpleStringProperty(this, "snapStart", ""));
    private final BooleanBinding logLevelsApply = Bindings.createBooleanBinding(() -> "JSON".equals(logFormat.get()),
            logFormat);
    private boolean syncing;

    SettingsSection() {
        memory.addListener((observable, old, now) -> syncSlider(now));
        memorySlider.addListener((observable, old, now) -> {
            if (!syncing) {
                syncing = true;
                memory.set(Long.toString(Math.round(now.doubleValue())));
                syncing = false;
            }
        });
    }

    private void syncSlider(String typed) {
        if (syncing) {
            return;
        }
        try {
            double value = Double.parseDouble(typed.trim());
            syncing = true;
            memorySlider.set(Math.max(SLIDER_MIN, Math.min(SLIDER_MAX, value)));
        } catch (NumberFormatException notANumber) {
            // the field keeps the text; the rules report it
        } finally {
            syncing = false;
        }
    }

    @Override
    void registerFields(FormValidation validation) {
        validation.field("memory-size", "MemorySize");
        validation.field("timeout", "Timeout");
        validation.field("ephemeral-storage", "EphemeralStorage");
        validation.field("tracing-mode", "TracingConfig");
        validation.field("log-format", "LoggingConfig.LogFormat", "LoggingConfig");
        validation.field("application-log-level", "LoggingConfig.ApplicationLogLevel");
        validation.field("system-log-level", "LoggingConfig.SystemLogLevel");
        validation.field("log-group", "LoggingConfig.LogGroup");
        validation.field("snap-start", "SnapStart");
    }

    @Override
    void writeTo(ObjectNode request) {
        JsonFields.number(request, "MemorySize", memory.get());
        JsonFields.number(request, "Timeout", timeout.get());
        if (!ephemeralStorage.get().isBlank()) {
            JsonFields.number(request.putObject("EphemeralStorage"), "Size", ephemeralStorage.get());
        }
        if (!tracing.get().isEmpty()) {
            request.putObject("TracingConfig").put("Mode", tracing.get());
        }
        ObjectNode logging = request.objectNode();
        JsonFields.text(logging, "LogFormat", logFormat.get());
        if (logLevelsApply.get()) {
            JsonFields.text(logging, "ApplicationLogLevel", applicationLogLevel.get());
            JsonFields.text(logging, "SystemLogLevel", systemLogLevel.get());
        }
        JsonFields.text(logging, "LogGroup", logGroup.get());
        if (!logging.isEmpty()) {
            request.set("LoggingConfig", logging);
        }
        if (!snapStart.get().isEmpty()) {
            request.putObject("SnapStart").put("ApplyOn", snapStart.get());
        }
    }

    @Override
    void readFrom(ObjectNode request) {
        memory.set(JsonFields.take(request, "MemorySize"));
        timeout.set(JsonFields.take(request, "Timeout"));
        ObjectNode storage = JsonFields.takeObject(request, "EphemeralStorage");
        ephemeralStorage.set(JsonFields.take(storage, "Size"));
        JsonFields.putBack(request, "EphemeralStorage", storage);
        ObjectNode tracingConfig = JsonFields.takeObject(request, "TracingConfig");
        tracing.set(JsonFields.take(tracingConfig, "Mode"));
        JsonFields.putBack(request, "TracingConfig", tracingConfig);
        ObjectNode logging = JsonFields.takeObject(request, "LoggingConfig");
        logFormat.set(JsonFields.take(logging, "LogFormat"));
        applicationLogLevel.set(JsonFields.take(logging, "ApplicationLogLevel"));
        systemLogLevel.set(JsonFields.take(logging, "SystemLogLevel"));
        logGroup.set(JsonFields.take(logging, "LogGroup"));
        JsonFields.putBack(request, "LoggingConfig", logging);
        ObjectNode snap = JsonFields.takeObject(request, "SnapStart");
        snapStart.set(JsonFields.take(snap, "ApplyOn"));
        JsonFields.putBack(request, "SnapStart", snap);
    }

    @Override
    void reset() {
        memory.set(DEFAULT_MEMORY);
        timeout.set(DEFAULT_TIMEOUT);
        ephemeralStorage.set(DEFAULT_STORAGE);
        tracing.set("");
        logFormat.set("");
        applicationLogLevel.set("");
        systemLogLevel.set("");
        logGroup.set("");
        snapStart.set("");
    }

    public List<String> tracingModes() {
        return List.of("", "PassThrough", "Active");
    }

    public List<String> logFormats() {
        return List.of("", "Text", "JSON");
    }

    public List<String> applicationLogLevels() {
        return List.of("", "TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL");
    }

    public List<String> systemLogLevels() {
        return List.of("", "DEBUG", "INFO", "WARN");
    }

    public List<String> snapStartChoices() {
        return List.of("", "None", "PublishedVersions");
    }

    public StringProperty memoryProperty() {
        return memory;
    }

    /** The slider's position; moving it writes a whole number into {@link #memoryProperty()}. */
    public DoubleProperty memorySliderProperty() {
        return memorySlider;
    }

    public StringProperty timeoutProperty() {
        return timeout;
    }

    public StringProperty ephemeralStorageProperty() {
        return ephemeralStorage;
    }

    public StringProperty tracingProperty() {
        return tracing;
    }

    public StringProperty logFormatProperty() {
        return logFormat;
    }

    public StringProperty applicationLogLevelProperty() {
        return applicationLogLevel;
    }

    public StringProperty systemLogLevelProperty() {
        return systemLogLevel;
    }

    public StringProperty logGroupProperty() {
        return logGroup;
    }

    public StringProperty snapStartProperty() {
        return snapStart;
    }

    /** Log levels apply to the JSON log format only; otherwise they are disabled and not sent. */
    public BooleanBinding logLevelsApplyProperty() {
        return logLevelsApply;
    }
}
