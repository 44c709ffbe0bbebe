package dev.lambdadesk.ui.functions.create;

import java.util.List;

import javafx.collections.ObservableList;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.ui.common.FormValidation;
import dev.lambdadesk.validation.Violation;
import dev.lambdadesk.ui.common.KeyValueRow;
import dev.lambdadesk.ui.common.KeyValueTable;

/** The function's tags as a key-value table. */
public final class TagsSection extends FormSection {

    private final KeyValueTable table = new KeyValueTable("Tags", "tags");

    TagsSection() {
        input("tags", table.rows());
    }

    public KeyValueRow addTag() {
        KeyValueRow row = new KeyValueRow();
        table.rows().add(row);
        return row;
    }

    public void remove(KeyValueRow row) {
        table.rows().remove(row);
    }

    @Override
    void registerFields(FormValidation validation) {
        validation.field("tags", "Tags");
    }

    @Override
    void writeTo(ObjectNode request) {
        if (table.hasContent()) {
            request.set("Tags", table.toJson(request, true));
        }
    }

    @Override
    void readFrom(ObjectNode request) {
        table.fromJson(request.remove("Tags"));
    }

    @Override
    void reset() {
        table.rows().clear();
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
