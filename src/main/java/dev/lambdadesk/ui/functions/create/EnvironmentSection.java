package dev.lambdadesk.ui.functions.create;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ObservableList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.ui.common.FieldCodec;
import dev.lambdadesk.ui.common.FormField;
import dev.lambdadesk.ui.common.FormValidation;
import dev.lambdadesk.ui.common.Tone;
import dev.lambdadesk.validation.RequestValidator;
import dev.lambdadesk.validation.Violation;
import dev.lambdadesk.ui.common.KeyValueRow;
import dev.lambdadesk.ui.common.KeyValueTable;

/**
 * Environment variables as a table: values masked until revealed, a per-row "secret" flag that keeps the value out
 * of drafts, and a live size meter measured exactly as Lambda measures the 4 KB limit.
 */
public final class EnvironmentSection extends FormSection {

    private static final String VARIABLES = "Environment.Variables";

    private final KeyValueTable table = new KeyValueTable(VARIABLES, "variables");
    /** Values of rows marked secret stay out of drafts unless the person allows secrets there. */
    final FormField<JsonNode> variables = field(FormField.of("environment", VARIABLES, "Variables", table.rows(),
            () -> table.hasContent() ? table.toJson(JsonNodeFactory.instance.objectNode(), true) : null,
            table::fromJson, FieldCodec.json()).alsoClaims("Environment").secret());
    private final BooleanProperty reveal = new SimpleBooleanProperty(this, "reveal", false);
    private final ReadOnlyIntegerWrapper sizeBytes = new ReadOnlyIntegerWrapper(this, "sizeBytes", 0);
    private final ReadOnlyDoubleWrapper sizeFraction = new ReadOnlyDoubleWrapper(this, "sizeFraction", 0);
    private final ReadOnlyStringWrapper sizeText = new ReadOnlyStringWrapper(this, "sizeText", "");
    private final ReadOnlyObjectWrapper<Tone> sizeTone = new ReadOnlyObjectWrapper<>(this, "sizeTone", Tone.NEUTRAL);

    EnvironmentSection() {
        table.rows().addListener((javafx.beans.InvalidationListener) observable -> measure());
        measure();
    }

    public KeyValueRow addVariable() {
        KeyValueRow row = new KeyValueRow();
        table.rows().add(row);
        return row;
    }

    public void remove(KeyValueRow row) {
        table.rows().remove(row);
    }

    private void measure() {
        int bytes = table.hasContent()
                ? RequestValidator.environmentBytes(table.toJson(JsonNodeFactory.instance.objectNode(), true)) : 0;
        int max = RequestValidator.ENVIRONMENT_MAX_BYTES;
        sizeBytes.set(bytes);
        sizeFraction.set(Math.min(1.0, bytes / (double) max));
        sizeText.set(String.format(Locale.ROOT, "%,d / %,d bytes", bytes, max));
        sizeTone.set(bytes > max ? Tone.DANGER : bytes > max * 0.8 ? Tone.WARNING : Tone.NEUTRAL);
    }

    @Override
    void reset() {
        super.reset();
        reveal.set(false);
    }

    @Override
    void writeDraft(ObjectNode request, ObjectNode form, boolean keepSecrets) {
        if (table.hasContent()) {
            variables.put(request, table.toJson(request, keepSecrets));
        }
        var secrets = form.putArray("secretVariables");
        table.rows().stream().filter(r -> r.secretProperty().get()).forEach(r -> secrets.add(r.nameProperty().get()));
    }

    @Override
    void readDraft(ObjectNode request, JsonNode form) {
        readFrom(request);
        Set<String> secrets = new HashSet<>();
        form.path("secretVariables").forEach(n -> secrets.add(n.asText()));
        table.rows().forEach(r -> r.secretProperty().set(secrets.contains(r.nameProperty().get())));
    }

    @Override
    List<Violation> editorFindings() {
        return table.duplicateNames();
    }

    @Override
    void showFindings(FormValidation validation) {
        table.showFindings(validation);
    }

    public ObservableList<KeyValueRow> variables() {
        return table.rows();
    }

    /** When false, values are shown masked. */
    public BooleanProperty revealProperty() {
        return reveal;
    }

    /** The variables' size as Lambda measures it (compact JSON, UTF-8 bytes). */
    public ReadOnlyIntegerProperty sizeBytesProperty() {
        return sizeBytes.getReadOnlyProperty();
    }

    /** The size as a fraction of the limit, capped at 1, for a progress bar. */
    public ReadOnlyDoubleProperty sizeFractionProperty() {
        return sizeFraction.getReadOnlyProperty();
    }

    /** "1,234 / 4,096 bytes". */
    public ReadOnlyStringProperty sizeTextProperty() {
        return sizeText.getReadOnlyProperty();
    }

    /** Neutral, warning above 80 % of the limit, danger above it. */
    public ReadOnlyObjectProperty<Tone> sizeToneProperty() {
        return sizeTone.getReadOnlyProperty();
    }
}
