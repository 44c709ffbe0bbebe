package dev.lambdadesk.ui.functions.create;

import java.util.List;

import javafx.collections.ObservableList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import dev.lambdadesk.ui.common.FieldCodec;
import dev.lambdadesk.ui.common.FormField;
import dev.lambdadesk.ui.common.FormValidation;
import dev.lambdadesk.validation.Violation;
import dev.lambdadesk.ui.common.KeyValueRow;
import dev.lambdadesk.ui.common.KeyValueTable;

/** The function's tags as a key-value table. */
public final class TagsSection extends FormSection {

    private static final String TAGS = "Tags";

    private final KeyValueTable table = new KeyValueTable(TAGS, "tags");
    final FormField<JsonNode> tags = field(FormField.of("tags", TAGS, "Tags", table.rows(),
            () -> table.hasContent() ? table.toJson(JsonNodeFactory.instance.objectNode(), true) : null,
            table::fromJson, FieldCodec.json()));

    public KeyValueRow addTag() {
        KeyValueRow row = new KeyValueRow();
        table.rows().add(row);
        return row;
    }

    public void remove(KeyValueRow row) {
        table.rows().remove(row);
    }

    @Override
    List<Violation> editorFindings() {
        return table.duplicateNames();
    }

    @Override
    void showFindings(FormValidation validation) {
        table.showFindings(validation);
    }

    public ObservableList<KeyValueRow> tags() {
        return table.rows();
    }
}
