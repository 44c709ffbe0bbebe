package dev.lambdadesk.ui.functions.create;

import java.util.List;
import java.util.stream.Stream;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.core.LambdaRuntimes;
import dev.lambdadesk.ui.common.FormValidation;

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

    private final StringProperty functionName = input("function-name", new SimpleStringProperty(this, "name", ""));
    private final StringProperty description = input("description", new SimpleStringProperty(this, "description", ""));
    private final StringProperty packageType = input("package-type", new SimpleStringProperty(this, "type", ZIP));
    private final StringProperty runtime = input("runtime", new SimpleStringProperty(this, "runtime", DEFAULT_RUNTIME));
    private final StringProperty handler = input("handler", new SimpleStringProperty(this, "handler",
            LambdaRuntimes.defaultHandler(DEFAULT_RUNTIME).orElse("")));
    private final StringProperty architecture = input("architecture",
            new SimpleStringProperty(this, "architecture", DEFAULT_ARCHITECTURE));
    private final BooleanBinding image = Bindings.createBooleanBinding(() -> IMAGE.equals(packageType.get()),
            packageType);
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
    void registerFields(FormValidation validation) {
        validation.field("function-name", "FunctionName");
        validation.field("description", "Description");
        validation.field("package-type", "PackageType");
        validation.field("runtime", "Runtime");
        validation.field("handler", "Handler");
        validation.field("architecture", "Architectures");
    }

    @Override
    void writeTo(ObjectNode request) {
        JsonFields.text(request, "FunctionName", functionName.get());
        JsonFields.text(request, "Description", description.get());
        JsonFields.text(request, "PackageType", packageType.get());
        if (!image.get()) {
            JsonFields.text(request, "Runtime", runtime.get());
            JsonFields.text(request, "Handler", handler.get());
        }
        if (!architecture.get().isEmpty()) {
            request.putArray("Architectures").add(architecture.get());
        }
    }

    @Override
    void readFrom(ObjectNode request) {
        functionName.set(JsonFields.take(request, "FunctionName"));
        description.set(JsonFields.take(request, "Description"));
        String type = JsonFields.take(request, "PackageType");
        packageType.set(type.isEmpty() ? ZIP : type);
        String importedRuntime = JsonFields.take(request, "Runtime");
        String importedHandler = JsonFields.take(request, "Handler");
        if (!importedRuntime.isEmpty() || !image.get()) {
            runtime.set(importedRuntime);
        }
        handler.set(importedHandler);
        handlerTyped = !importedHandler.isEmpty();
        String architectures = JsonFields.takeList(request, "Architectures");
        architecture.set(architectures.isEmpty() ? DEFAULT_ARCHITECTURE : architectures);
    }

    @Override
    void writeDraft(ObjectNode request, ObjectNode form, boolean keepSecrets) {
        writeTo(request);
        if (image.get()) { // keep what the disabled fields hold, for switching back to Zip
            form.put("runtime", runtime.get()).put("handler", handler.get());
        }
        form.put("handlerTyped", handlerTyped);
    }

    @Override
    void readDraft(ObjectNode request, JsonNode form) {
        readFrom(request);
        if (image.get() && form.has("runtime")) {
            runtime.set(form.path("runtime").asText());
            handler.set(form.path("handler").asText());
        }
        handlerTyped = form.path("handlerTyped").asBoolean(handlerTyped);
    }

    @Override
    void reset() {
        functionName.set("");
        description.set("");
        packageType.set(ZIP);
        handlerTyped = false;
        runtime.set(DEFAULT_RUNTIME);
        handler.set(LambdaRuntimes.defaultHandler(DEFAULT_RUNTIME).orElse(""));
        handlerTyped = false;
        architecture.set(DEFAULT_ARCHITECTURE);
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
        return functionName;
    }

    public StringProperty descriptionProperty() {
        return description;
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
        return architecture;
    }

    /** True for a container-image function: Runtime and Handler do not apply (disabled, not sent). */
    public BooleanBinding imageProperty() {
        return image;
    }
}
