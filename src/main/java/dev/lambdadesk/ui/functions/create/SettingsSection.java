package dev.lambdadesk.ui.functions.create;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.StringProperty;

import dev.lambdadesk.ui.common.FieldCodec;
import dev.lambdadesk.ui.common.FormField;

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

    private static final String LOGGING = "LoggingConfig";

    private final StringProperty memory = text(DEFAULT_MEMORY);
    private final DoubleProperty memorySlider = new SimpleDoubleProperty(this, "memorySlider", 128);
    private final StringProperty logFormat = text("");
    private final BooleanBinding logLevelsApply = Bindings.createBooleanBinding(() -> "JSON".equals(logFormat.get()),
            logFormat);

    final FormField<String> memoryField = field(FormField.of("memory-size", "MemorySize", "Memory (MB)", memory,
            FieldCodec.number()));
    final FormField<String> timeout = field(FormField.of("timeout", "Timeout", "Timeout (seconds)",
            text(DEFAULT_TIMEOUT), FieldCodec.number()));
    final FormField<String> ephemeralStorage = field(FormField.of("ephemeral-storage", "EphemeralStorage.Size",
            "Ephemeral storage (MB)", text(DEFAULT_STORAGE),
            FieldCodec.number()).alsoClaims("EphemeralStorage"));
    final FormField<String> tracing = field(FormField.of("tracing-mode", "TracingConfig.Mode", "X-Ray tracing",
            text(""), FieldCodec.text()).alsoClaims("TracingConfig"));
    final FormField<String> logFormatField = field(FormField.of("log-format", LOGGING + ".LogFormat", "Log format",
            logFormat, FieldCodec.text()).alsoClaims(LOGGING));
    final FormField<String> applicationLogLevel = field(FormField.of("application-log-level",
            LOGGING + ".ApplicationLogLevel", "Application log level",
            text(""), FieldCodec.text()).appliesWhen(logLevelsApply));
    final FormField<String> systemLogLevel = field(FormField.of("system-log-level", LOGGING + ".SystemLogLevel",
            "System log level", text(""), FieldCodec.text())
            .appliesWhen(logLevelsApply));
    final FormField<String> logGroup = field(FormField.of("log-group", LOGGING + ".LogGroup", "Log group",
            text(""), FieldCodec.text()));
    final FormField<String> snapStart = field(FormField.of("snap-start", "SnapStart.ApplyOn", "SnapStart",
            text(""), FieldCodec.text()).alsoClaims("SnapStart"));
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
        return textOf(timeout);
    }

    public StringProperty ephemeralStorageProperty() {
        return textOf(ephemeralStorage);
    }

    public StringProperty tracingProperty() {
        return textOf(tracing);
    }

    public StringProperty logFormatProperty() {
        return logFormat;
    }

    public StringProperty applicationLogLevelProperty() {
        return textOf(applicationLogLevel);
    }

    public StringProperty systemLogLevelProperty() {
        return textOf(systemLogLevel);
    }

    public StringProperty logGroupProperty() {
        return textOf(logGroup);
    }

    public StringProperty snapStartProperty() {
        return textOf(snapStart);
    }

    /** Log levels apply to the JSON log format only; otherwise they are disabled and not sent. */
    public BooleanBinding logLevelsApplyProperty() {
        return logLevelsApply;
    }
}
