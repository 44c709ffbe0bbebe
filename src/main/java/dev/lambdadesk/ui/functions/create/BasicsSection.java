package dev.lambdadesk.ui.functions.create;

import java.util.List;
import java.util.stream.Stream;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.StringProperty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.core.LambdaRuntimes;
import dev.lambdadesk.ui.common.FieldCodec;
import dev.lambdadesk.ui.common.FormField;

/**
 * Name, description, package type, runtime, handler and architecture. The handler follows the runtime's family
 * (index.handler, lambda_function.lambda_handler, ...) until the person types one; Runtime and Handler do not apply
 * to container images.
 */
public final class BasicsSection extends FormSection {

    public static final String ZIP = "Zip";
    public static final String IMAGE = "Image";
    static final String DEFAULT_RUNTIME = LambdaRuntimes.current().getFirst();
    static final String DEFAULT_ARCHITECTURE = "x86_64";

    private final StringProperty packageType = text(ZIP);
    private final BooleanBinding image = Bindings.createBooleanBinding(() -> IMAGE.equals(packageType.get()),
            packageType);
    private final StringProperty runtime = text(DEFAULT_RUNTIME);
    private final StringProperty handler = text(LambdaRuntimes.defaultHandler(DEFAULT_RUNTIME).orElse(""));

    final FormField<String> functionName = field(FormField.of("function-name", "FunctionName", "Function name",
            text(""), FieldCodec.text()));
    final FormField<String> description = field(FormField.of("description", "Description", "Description",
            text(""), FieldCodec.text()));
    final FormField<String> packageTypeField = field(FormField.of("package-type", "PackageType", "Package type",
            packageType, FieldCodec.text()).whenAbsent(() -> ZIP));
    /** An image import without a runtime keeps the one shown, for switching back to Zip. */
    final FormField<String> runtimeField = field(FormField.of("runtime", "Runtime", "Runtime", runtime,
            FieldCodec.text()).appliesWhen(image.not()).whenAbsent(() -> image.get() ? runtime.get() : ""));
    final FormField<String> handlerField = field(FormField.of("handler", "Handler", "Handler", handler,
            FieldCodec.text()).appliesWhen(image.not()));
    final FormField<String> architecture = field(FormField.of("architecture", "Architectures", "Architecture",
            text(DEFAULT_ARCHITECTURE), FieldCodec.list())
            .whenAbsent(() -> DEFAULT_ARCHITECTURE));
    private boolean handlerTyped;
    private boolean settingDefault;

    BasicsSection() {
        runtime.addListener((observable, old, now) -> {
            if (!handlerTyped) {
                settingDefault = true;
                handler.set(LambdaRuntimes.defaultHandler(now).orElse(handler.get()));
                settingDefault = false;
            }
        });
        handler.addListener((observable, old, now) -> {
            if (!settingDefault) {
                handlerTyped = !now.isEmpty();
            }
        });
    }

    @Override
    void readFrom(ObjectNode request) {
        super.readFrom(request);
        handlerTyped = !handler.get().isEmpty();
    }

    @Override
    void writeDraft(ObjectNode request, ObjectNode form, boolean keepSecrets) {
        super.writeDraft(request, form, keepSecrets);
        if (image.get()) { // keep what the disabled fields hold, for switching back to Zip
            runtimeField.writeDraft(form);
            handlerField.writeDraft(form);
        }
        form.put("handlerTyped", handlerTyped);
    }

    @Override
    void readDraft(ObjectNode request, JsonNode form) {
        readFrom(request);
        if (image.get()) {
            runtimeField.readDraft(form);
            handlerField.readDraft(form);
        }
        handlerTyped = form.path("handlerTyped").asBoolean(handlerTyped);
    }

    @Override
    void reset() {
        handlerTyped = false;
        super.reset();
        handlerTyped = false;
    }

    /** Runtimes to offer: the supported ones first, then the deprecated ones (which the rules refuse). */
    public List<String> runtimeChoices() {
        return Stream.concat(LambdaRuntimes.current().stream(), LambdaRuntimes.deprecated().stream()).toList();
    }

    /** "Node.js · deprecated" for the runtime list, so a deprecated runtime is flagged before it is picked. */
    public String describeRuntime(String id) {
        String family = LambdaRuntimes.family(id).map(LambdaRuntimes.Family::displayName).orElse("");
        String flag = LambdaRuntimes.isDeprecated(id) ? "deprecated" : "";
        return Stream.of(family, flag).filter(s -> !s.isEmpty()).reduce((a, b) -> a + " · " + b).orElse("");
    }

    public boolean isDeprecated(String id) {
        return LambdaRuntimes.isDeprecated(id);
    }

    public List<String> packageTypes() {
        return List.of(ZIP, IMAGE);
    }

    public List<String> architectures() {
        return List.of("x86_64", "arm64");
    }

    public StringProperty functionNameProperty() {
        return textOf(functionName);
    }

    public StringProperty descriptionProperty() {
        return textOf(description);
    }

    public StringProperty packageTypeProperty() {
        return packageType;
    }

    public StringProperty runtimeProperty() {
        return runtime;
    }

    public StringProperty handlerProperty() {
        return handler;
    }

    public StringProperty architectureProperty() {
        return textOf(architecture);
    }

    /** True for a container-image function: Runtime and Handler do not apply (disabled, not sent). */
    public BooleanBinding imageProperty() {
        return image;
    }
}
