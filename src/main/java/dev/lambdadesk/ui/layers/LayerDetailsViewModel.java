package dev.lambdadesk.ui.layers;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import dev.lambdadesk.core.CodeSigningConfigInfo;
import dev.lambdadesk.core.LayerVersionInfo;
import dev.lambdadesk.ui.common.DetailRow;
import dev.lambdadesk.ui.common.store.AccountStores;
import dev.lambdadesk.ui.common.store.ConfigRow;
import dev.lambdadesk.ui.deploy.LayerTrust;
import dev.lambdadesk.ui.functions.create.ZipPackage;
import dev.lambdadesk.ui.common.Views;

/** The selected layer version's details, including which code signing configurations trust its signer. */
public final class LayerDetailsViewModel {

    private final AccountStores stores;
    private final ReadOnlyObjectWrapper<LayerVersionInfo> version = new ReadOnlyObjectWrapper<>(this, "version");
    private final ObservableList<DetailRow> rows = FXCollections.observableArrayList();

    LayerDetailsViewModel(AccountStores stores) {
        this.stores = stores;
        stores.configs().items().addListener((InvalidationListener) o -> describe());
    }

    void show(LayerVersionInfo shown) {
        version.set(shown);
        describe();
    }

    private void describe() {
        LayerVersionInfo v = version.get();
        if (v == null) {
            rows.clear();
            return;
        }
        List<DetailRow> out = new ArrayList<>();
        out.add(DetailRow.copyable("layer-version-arn", "Layer version ARN", v.layerVersionArn()));
        out.add(DetailRow.of("layer-created", "Created", Views.awsTime(v.createdDate())));
        out.add(DetailRow.of("layer-description", "Description", v.description()));
        out.add(DetailRow.of("layer-runtimes", "Compatible runtimes", String.join(", ", v.compatibleRuntimes())));
        out.add(DetailRow.of("layer-architectures", "Compatible architectures",
                String.join(", ", v.compatibleArchitectures())));
        out.add(DetailRow.of("layer-license", "License", v.licenseInfo()));
        v.content().ifPresent(c -> {
            out.add(DetailRow.of("layer-size", "Size", ZipPackage.sizeText(c.codeSize())));
            out.add(DetailRow.copyable("layer-sha256", "SHA-256", c.codeSha256()));
            out.add(DetailRow.copyable("layer-signer", "Signing profile version",
                    c.signingProfileVersionArn().orElse("Unsigned")));
            out.add(DetailRow.copyable("layer-job", "Signing job", c.signingJobArn().orElse("")));
        });
        out.add(DetailRow.of("layer-trusted-by", "Trusted by", trustedBy(v)));
        rows.setAll(out);
    }

    /** The configurations trusting the signer, by id, or why none does. */
    private String trustedBy(LayerVersionInfo v) {
        if (!v.signed()) {
            return "No configuration: the layer is unsigned.";
        }
        List<CodeSigningConfigInfo> configs = stores.configs().items().stream().map(ConfigRow::info).toList();
        List<String> ids = LayerTrust.trustedBy(v, configs).stream().map(CodeSigningConfigInfo::id).toList();
        return ids.isEmpty() ? "No configuration of this account trusts its signer." : String.join(", ", ids);
    }

    public ReadOnlyObjectProperty<LayerVersionInfo> versionProperty() {
        return version.getReadOnlyProperty();
    }

    public ObservableList<DetailRow> rows() {
        return rows;
    }
}
