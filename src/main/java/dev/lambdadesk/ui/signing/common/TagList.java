package dev.lambdadesk.ui.signing.common;

import java.util.Iterator;
import java.util.Map;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The tags a form edits, as rows; written into the request as the API's tag map (blank rows left out). */
public final class TagList {

    private final ObservableList<TagRow> rows = FXCollections.observableArrayList(TagRow::observables);

    public ObservableList<TagRow> rows() {
        return rows;
    }

    public TagRow add() {
        TagRow row = new TagRow("", "");
        rows.add(row);
        return row;
    }

    public void remove(TagRow row) {
        rows.remove(row);
    }

    /** The tags as a JSON object, or null when there are none. */
    public ObjectNode toJson() {
        ObjectNode tags = JsonNodeFactory.instance.objectNode();
        for (TagRow row : rows) {
            if (!row.isBlank()) {
                tags.put(row.keyProperty().get(), row.valueProperty().get());
            }
        }
        return tags.isEmpty() ? null : tags;
    }

    /** Replaces the rows with the members of {@code tags} (a JSON object; anything else clears them). */
    public void fromJson(JsonNode tags) {
        rows.clear();
        if (tags != null && tags.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = tags.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                rows.add(new TagRow(e.getKey(), e.getValue().asText()));
            }
        }
    }
}
