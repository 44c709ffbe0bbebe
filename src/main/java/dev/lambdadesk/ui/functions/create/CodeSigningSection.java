package dev.lambdadesk.ui.functions.create;

import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import dev.lambdadesk.core.CodeSigningConfigInfo;
import dev.lambdadesk.ui.common.FieldCodec;
import dev.lambdadesk.ui.common.FormField;
import dev.lambdadesk.ui.common.store.AccountStores;
import dev.lambdadesk.ui.common.store.ConfigRow;
import dev.lambdadesk.ui.common.store.ResourceStore;

/**
 * The code signing configuration the function's deployments are checked against, picked from the account's list.
 * Container images are not signed this way, so the choice is disabled (and not sent) for them, with the reason.
 */
public final class CodeSigningSection extends FormSection {

    private final AccountStores stores;
    private final StringProperty configArn = text("");
    private final ObservableList<CodeSigningConfigInfo> configs = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper listStatus = new ReadOnlyStringWrapper(this, "listStatus", "");
    private final BooleanBinding applies;
    private final StringBinding explanation;
    final FormField<String> config;

    CodeSigningSection(AccountStores stores, ObservableBooleanValue imagePackage) {
        this.stores = stores;
        ResourceStore<ConfigRow> rows = stores.configs();
        InvalidationListener follow = o -> {
            configs.setAll(rows.items().stream().map(ConfigRow::info).toList());
            listStatus.set(rows.loadingProperty().get() ? "Listing code signing configurations…"
                    : rows.problemProperty().get() != null ? "Code signing configurations could not be listed: "
                            + rows.problemProperty().get().summary() + " Type the ARN instead."
                    : rows.loadedProperty().get() && rows.items().isEmpty()
                            ? "The account has no code signing configurations yet." : "");
        };
        rows.items().addListener(follow);
        rows.loadingProperty().addListener(follow);
        rows.problemProperty().addListener(follow);
        follow.invalidated(null);
        this.applies = Bindings.createBooleanBinding(() -> !imagePackage.get(), imagePackage);
        this.config = field(FormField.of("code-signing-config", "CodeSigningConfigArn", "Configuration", configArn,
                FieldCodec.trimmed()).appliesWhen(applies));
        this.explanation = Bindings.createStringBinding(() -> imagePackage.get()
                ? "Code signing is not available for container images: Lambda checks signatures of .zip packages "
                        + "only. Sign the image with your registry's tools instead."
                : "Lambda checks each deployment of this function against the configuration's allowed publishers.",
                imagePackage);
    }

    /** Lists the account's code signing configurations unless they are listed. */
    public void loadConfigs() {
        stores.ensureListed(stores.configs());
    }

    public void pick(CodeSigningConfigInfo picked) {
        configArn.set(picked == null ? "" : picked.arn());
    }

    public StringProperty configArnProperty() {
        return configArn;
    }

    public ObservableList<CodeSigningConfigInfo> configs() {
        return configs;
    }

    public ReadOnlyStringProperty listStatusProperty() {
        return listStatus.getReadOnlyProperty();
    }

    /** False for container images. */
    public BooleanBinding appliesProperty() {
        return applies;
    }

    /** What code signing does here, or why it is not available. */
    public StringBinding explanationProperty() {
        return explanation;
    }
}
