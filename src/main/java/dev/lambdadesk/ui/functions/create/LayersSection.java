package dev.lambdadesk.ui.functions.create;

import java.util.List;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;


import dev.lambdadesk.ui.common.FieldCodec;
import dev.lambdadesk.ui.common.FormField;
import dev.lambdadesk.ui.common.FormValidation;
import dev.lambdadesk.ui.common.Problem;
import dev.lambdadesk.ui.common.store.AccountStores;
import dev.lambdadesk.validation.Violation;

/** The function's layers, in order, as versioned layer ARNs. Layers do not apply to container images. */
public final class LayersSection extends FormSection {

    private final ObservableList<LayerRow> layers = FXCollections.observableArrayList(LayerRow::observables);
    private final BooleanBinding applies;
    private final LayerPicks picks;
    final FormField<JsonNode> arns;

    LayersSection(ObservableBooleanValue imagePackage, AccountStores stores, BasicsSection basics,
            ObservableStringValue configArn) {
        this.picks = new LayerPicks(stores, basics.runtimeProperty(), basics.architectureProperty(), configArn,
                layers);
        this.applies = javafx.beans.binding.Bindings.createBooleanBinding(() -> !imagePackage.get(), imagePackage);
        this.arns = field(FormField.of("layers", "Layers", "Layers", layers, this::arnList, this::readLayers,
                FieldCodec.json()).appliesWhen(applies));
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
        return applies.get() ? picks.findings(arns.path()) : List.of();
    }

    /** The versioned layer ARNs written, or null for none. */
    private JsonNode arnList() {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        layers.stream().map(r -> r.arnProperty().get()).filter(s -> !s.isBlank()).forEach(array::add);
        return array.isEmpty() ? null : array;
    }

    /** An import's layers: ARNs, or get-function's {"Arn": ...} objects. */
    private void readLayers(JsonNode imported) {
        layers.clear();
        if (imported != null && imported.isArray()) {
            imported.forEach(n -> layers.add(new LayerRow(n.isObject() ? n.path("Arn").asText() : n.asText())));
        }
    }

    @Override
    void showFindings(FormValidation validation) {
        List<LayerRow> written = layers.stream().filter(r -> !r.arnProperty().get().isBlank()).toList();
        layers.forEach(r -> r.showProblem(""));
        for (int i = 0; i < written.size(); i++) {
            List<String> messages = validation.problemsUnder(arns.path() + "[" + i + "]").stream().map(Problem::message)
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
