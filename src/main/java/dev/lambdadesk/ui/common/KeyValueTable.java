package dev.lambdadesk.ui.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.core.Severity;
import dev.lambdadesk.validation.Violation;

/**
 * The rows of a map member (environment variables, tags) and their mapping to a JSON object and back. Two rows
 * with one name would silently lose a value in the request, so the table reports that itself.
 */
public final class KeyValueTable {

    private final String mapPath;
    private final String what;
    private final ObservableList<KeyValueRow> rows = FXCollections.observableArrayList(KeyValueRow::observables);

    /** @param mapPath the map's member path ({@code Environment.Variables}, {@code Tags}) */
    public KeyValueTable(String mapPath, String what) {
        this.mapPath = mapPath;
        this.what = what;
    }

    public ObservableList<KeyValueRow> rows() {
        return rows;
    }

    /** Adds an empty row at the end and returns it. */
    public KeyValueRow add() {
        KeyValueRow row = new KeyValueRow("", "", false);
        rows.add(row);
        return row;
    }

    public void remove(KeyValueRow row) {
        rows.remove(row);
    }

    /** The rows as the API's map (tags), or null when there are none. */
    public ObjectNode toJsonOrNull() {
        ObjectNode map = toJson(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode(), true);
        return map.isEmpty() ? null : map;
    }

    public boolean hasContent() {
        return rows.stream().anyMatch(r -> !r.isBlank());
    }

    /** The rows as a JSON object; blank rows are skipped, a row without a name is written with an empty key. */
    public ObjectNode toJson(ObjectNode factory, boolean withSecrets) {
        ObjectNode map = factory.objectNode();
        for (KeyValueRow row : rows) {
            if (!row.isBlank()) {
                map.put(row.nameProperty().get(), row.secretProperty().get() && !withSecrets ? ""
                        : row.valueProperty().get());
            }
        }
        return map;
    }

    public void fromJson(JsonNode map) {
        List<KeyValueRow> read = new ArrayList<>();
        if (map != null && map.isObject()) {
            map.properties().forEach(e -> read.add(new KeyValueRow(e.getKey(),
                    e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString(), false)));
        }
        rows.setAll(read);
    }

    public List<Violation> duplicateNames() {
        Map<String, Long> counts = rows.stream().filter(r -> !r.isBlank())
                .collect(Collectors.groupingBy(r -> r.nameProperty().get(), Collectors.counting()));
        List<Violation> out = new ArrayList<>();
        counts.forEach((name, count) -> {
            if (count > 1 && !name.isEmpty()) {
                out.add(new Violation(mapPath + "." + name, count + " " + what + " are named " + name
                        + "; only the last one would be sent. Rename or remove the others.", Severity.ERROR, null));
            }
        });
        return out;
    }

    /** Puts each finding on the row it names (map entries are addressed by name). */
    public void showFindings(FormValidation validation) {
        Map<String, List<String>> byName = new HashMap<>();
        for (Problem p : validation.problemsUnder(mapPath)) {
            if (p.path().length() > mapPath.length()) {
                byName.computeIfAbsent(p.path().substring(mapPath.length() + 1), k -> new ArrayList<>())
                        .add(p.message());
            }
        }
        for (KeyValueRow row : rows) {
            List<String> messages = byName.getOrDefault(row.nameProperty().get(), List.of());
            row.showProblem(String.join("\n", messages.stream().distinct().toList()));
        }
    }
}
