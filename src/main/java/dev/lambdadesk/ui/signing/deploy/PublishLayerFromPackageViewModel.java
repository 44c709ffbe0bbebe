package dev.lambdadesk.ui.signing.deploy;

import java.util.Objects;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.core.Operation;
import dev.lambdadesk.ui.common.FormValidation;
import dev.lambdadesk.ui.common.Refusal;
import dev.lambdadesk.ui.deploy.DeployablePackage;
import dev.lambdadesk.ui.workspace.Workspace;

/**
 * "Publish as layer version" of the package at hand (PublishLayerVersion with its S3 location): a signed package
 * makes a signed layer, which functions under a code signing configuration trusting its signer may use.
 */
public final class PublishLayerFromPackageViewModel {

    private final Workspace context;
    private final DeployablePackage pkg;
    private final StringProperty layerName = new SimpleStringProperty(this, "layerName", "");
    private final FormValidation validation = new FormValidation();
    private final ReadOnlyBooleanWrapper publishing = new ReadOnlyBooleanWrapper(this, "publishing");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome", "");
    private final ReadOnlyObjectWrapper<Refusal> refusal = new ReadOnlyObjectWrapper<>(this, "refusal");
    private final BooleanBinding publishDisabled;

    public PublishLayerFromPackageViewModel(Workspace context, DeployablePackage pkg) {
        this.context = Objects.requireNonNull(context, "context");
        this.pkg = Objects.requireNonNull(pkg, "pkg");
        validation.field("publish-layer-name", "LayerName");
        validation.field("publish-layer-content", "Content");
        layerName.addListener(o -> {
            validation.edited("publish-layer-name");
            revalidate();
        });
        publishDisabled = validation.hasErrorsProperty().or(publishing);
        revalidate();
    }

    private void revalidate() {
        validation.show(context.validator().validate(Operation.PUBLISH_LAYER_VERSION, request()));
    }

    /** The PublishLayerVersion request (AWS CLI input JSON). */
    public ObjectNode request() {
        ObjectNode request = JsonNodeFactory.instance.objectNode();
        String name = layerName.get() == null ? "" : layerName.get().trim();
        if (!name.isEmpty()) { // left out when empty: the rules then say it is required
            request.put("LayerName", name);
        }
        request.set("Content", pkg.code());
        return request;
    }

    /** Publishes the version; it joins the account's layers. */
    public void publish() {
        if (publishDisabled.get()) {
            return;
        }
        ObjectNode request = request();
        publishing.set(true);
        outcome.set("");
        refusal.set(null);
        context.calls().run(() -> context.session().layers().publish(request), published -> {
            publishing.set(false);
            context.stores().layers().put(published);
            outcome.set("Published " + published.layerName() + " version " + published.version() + " ("
                    + (published.signed() ? "signed" : "unsigned") + "): " + published.layerVersionArn());
        }, failed -> {
            publishing.set(false);
            refusal.set(failed);
            validation.showServiceProblem(failed.summary(), failed.memberPaths());
        });
    }

    public DeployablePackage pkg() {
        return pkg;
    }

    public StringProperty layerNameProperty() {
        return layerName;
    }

    public FormValidation validation() {
        return validation;
    }

    public BooleanBinding publishDisabledProperty() {
        return publishDisabled;
    }

    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Refusal> refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    public java.util.Optional<String> limitsOf(String memberPath) {
        return context.validator().describe(Operation.PUBLISH_LAYER_VERSION, memberPath);
    }
}
