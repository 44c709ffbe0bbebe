package dev.lambdadesk.ui.functions.create;

import java.util.List;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.ui.common.FormValidation;
import dev.lambdadesk.ui.common.Problem;
import dev.lambdadesk.ui.common.store.AccountStores;
import dev.lambdadesk.validation.Violation;

/** The function's layers, in order, as versioned layer ARNs. Layers do not apply to container images. */
public final class LayersSection extends FormSection {

    private final ObservableList<LayerRow> layers = FXCollections.observableArrayList(LayerRow::observables);
    private final BooleanBinding applies;
    private final LayerPicks picks;

    LayersSection(ObservableBooleanValue imagePackage, AccountStores stores, BasicsSection basics,
            ObservableStringValue configArn) {
        input("layers", layers);
        this.picks = new LayerPicks(stores, basics.runtimeProperty(), basics.architectureProperty(), configArn,
                layers);
        this.applies = javafx.beans.binding.Bindings.createBooleanBinding(() -> !imagePackage.get(), imagePackage);
    }

    public LayerRow addLayer() {
        LayerRow row = new LayerRow("");
        layers.add(row);
        return row;
    }

    public void remove(LayerRow row) {
        layers.remove(row);
    }

    /** The account's layers, to pick from; which picks the code signing configuration will not trust. */
    public LayerPicks picks() {
        return picks;
    }

    @Override
    List<Violation> editorFindings() {
        return applies.get() ? picks.findings() : List.of();
    }

    @Override
    void registerFields(FormValidation validation) {
        validation.field("layers", "Layers");
    }

    @Override
    void writeTo(ObjectNode request) {
        List<String> arns = layers.stream().map(r -> r.arnProperty().get()).filter(s -> !s.isBlank()).toList();
        if (applies.get() && !arns.isEmpty()) {
            ArrayNode array = request.putArray("Layers");
            arns.forEach(array::add);
        }
    }

    @Override
    void readFrom(ObjectNode request) {
        JsonNode imported = request.remove("Layers");
        layers.clear();
        if (imported != null && imported.isArray()) {
            imported.forEach(n -> layers.add(new LayerRow(n.isObject() ? n.path("Arn").asText() : n.asText())));
        }
    }

    @Override
    void reset() {
        layers.clear();
    }

    @Override
    void showFindings(FormValidation validation) {
        List<LayerRow> written = layers.stream().filter(r -> !r.arnProperty().get().isBlank()).toList();
        layers.forEach(r -> r.showProblem(""));
        for (int i = 0; i < written.size(); i++) {
            List<String> messages = validation.problemsUnder("Layers[" + i + "]").stream().map(Problem::message)
                    .distinct().toList();
            written.get(i).showProblem(String.join("\n", messages));
        }
    }

    public ObservableList<LayerRow> layers() {
        return layers;
    }

    /** False for container images: the list is disabled and not sent. */
    public BooleanBinding appliesProperty() {
        return applies;
    }
}
