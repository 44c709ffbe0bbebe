package dev.lambdadesk.ui.functions.create;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import dev.lambdadesk.core.CodeSigningConfigInfo;
import dev.lambdadesk.core.LayerVersionInfo;
import dev.lambdadesk.core.Severity;
import dev.lambdadesk.ui.common.store.AccountStores;
import dev.lambdadesk.ui.common.store.ConfigRow;
import dev.lambdadesk.ui.deploy.LayerTrust;
import dev.lambdadesk.validation.Violation;

/**
 * The account's layer versions offered to the Layers section, those declaring the chosen runtime and architecture
 * first and the others after them (flagged), and what the chosen code signing configuration will make of the
 * layers picked: which are unsigned or signed by a publisher it does not trust, and what Warn or Enforce does.
 */
public final class LayerPicks {

    private final AccountStores stores;
    private final ObservableStringValue runtime;
    private final ObservableStringValue architecture;
    private final ObservableStringValue configArn;
    private final ObservableList<LayerRow> rows;
    private final ObservableList<String> choices = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper trustNote = new ReadOnlyStringWrapper(this, "trustNote", "");
    private Runnable onVerdictsChanged = () -> { };

    LayerPicks(AccountStores stores, ObservableStringValue runtime, ObservableStringValue architecture,
            ObservableStringValue configArn, ObservableList<LayerRow> rows) {
        this.stores = stores;
        this.runtime = runtime;
        this.architecture = architecture;
        this.configArn = configArn;
        this.rows = rows;
        InvalidationListener refresh = o -> refresh();
        stores.layers().items().addListener(refresh);
        stores.configs().items().addListener(refresh);
        runtime.addListener(refresh);
        architecture.addListener(refresh);
        configArn.addListener(refresh);
        rows.addListener(refresh);
        refresh();
    }

    /** Lists the account's layers unless they are listed. */
    public void load() {
        stores.ensureListed(stores.layers());
    }

    private void refresh() {
        List<LayerVersionInfo> all = new ArrayList<>(stores.layers().items());
        all.sort(Comparator.comparing((LayerVersionInfo v) -> incompatibility(v).isPresent())
                .thenComparing(LayerVersionInfo::layerName).thenComparing(v -> -v.version()));
        List<String> arns = all.stream().map(LayerVersionInfo::layerVersionArn).toList();
        if (!arns.equals(choices)) {
            choices.setAll(arns);
        }
        rows.forEach(r -> r.showFlag(layer(r.arnProperty().get()).flatMap(this::incompatibility).orElse("")));
        String note = String.join("\n", trustWarnings());
        if (!note.equals(trustNote.get())) {
            trustNote.set(note);
            onVerdictsChanged.run();
        }
    }

    /** Told when the verdicts change without an edit (the layers or configurations were listed). */
    void onVerdictsChanged(Runnable listener) {
        this.onVerdictsChanged = listener;
    }

    private Optional<LayerVersionInfo> layer(String arn) {
        return stores.layers().get(arn.trim());
    }

    /** Why the version does not suit the chosen runtime or architecture; empty when it does (or declares none). */
    Optional<String> incompatibility(LayerVersionInfo v) {
        List<String> why = new ArrayList<>();
        String r = runtime.get();
        if (r != null && !r.isEmpty() && !v.compatibleRuntimes().isEmpty() && !v.compatibleRuntimes().contains(r)) {
            why.add("declares " + String.join(", ", v.compatibleRuntimes()) + ", not " + r);
        }
        String a = architecture.get();
        if (a != null && !a.isEmpty() && !v.compatibleArchitectures().isEmpty()
                && !v.compatibleArchitectures().contains(a)) {
            why.add("declares " + String.join(", ", v.compatibleArchitectures()) + ", not " + a);
        }
        return why.isEmpty() ? Optional.empty() : Optional.of("Not compatible: it " + String.join("; it ", why)
                + ".");
    }

    /** A choice in words: "deps:3 · python3.12 · signed", flagged when incompatible. */
    public String label(String arn) {
        return layer(arn).map(v -> v.layerName() + ":" + v.version()
                + (v.compatibleRuntimes().isEmpty() ? "" : " · " + String.join(", ", v.compatibleRuntimes()))
                + (v.signed() ? " · signed" : " · unsigned")
                + incompatibility(v).map(x -> " · ⚠ incompatible").orElse("")).orElse(arn);
    }

    /** The chosen configuration, when it is one the account lists. */
    private Optional<CodeSigningConfigInfo> config() {
        String arn = configArn.get() == null ? "" : configArn.get().trim();
        return arn.isEmpty() ? Optional.empty() : stores.configs().items().stream().map(ConfigRow::info)
                .filter(c -> c.arn().equals(arn)).findFirst();
    }

    private List<String> trustWarnings() {
        Optional<CodeSigningConfigInfo> config = config();
        if (config.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (LayerRow row : rows) {
            String arn = row.arnProperty().get().trim();
            if (!arn.isEmpty()) {
                LayerTrust.warning(arn, LayerTrust.verdict(layer(arn), config.get()), config.get())
                        .ifPresent(out::add);
            }
        }
        return out;
    }

    /** The trust warnings as findings on {@code memberPath} that inform and never block. */
    List<Violation> findings(String memberPath) {
        return trustWarnings().stream().map(w -> new Violation(memberPath, w, Severity.WARNING, null)).toList();
    }

    /** The account's layer version ARNs, compatible ones first. */
    public ObservableList<String> choices() {
        return choices;
    }

    /** Which picked layers the configuration will not trust, and what its policy does; empty when none. */
    public ReadOnlyStringProperty trustNoteProperty() {
        return trustNote.getReadOnlyProperty();
    }
}
