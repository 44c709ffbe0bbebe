package dev.lambdadesk.ui.functions.explorer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import dev.lambdadesk.core.FunctionDetails;
import dev.lambdadesk.core.FunctionSummary;
import dev.lambdadesk.ui.common.RunningWork;
import dev.lambdadesk.ui.common.DetailRow;
import dev.lambdadesk.ui.workspace.Workspace;

/** The details of the function selected in the explorer, fetched (GetFunction) when the selection changes. */
public final class FunctionDetailsViewModel {

    private final Workspace context;
    private final ObjectMapper json = new ObjectMapper();
    private final ReadOnlyObjectWrapper<FunctionDetails> details = new ReadOnlyObjectWrapper<>(this, "details");
    private final ObservableList<DetailRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper configurationJson = new ReadOnlyStringWrapper(this, "json", "");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private RunningWork running;

    FunctionDetailsViewModel(Workspace context) {
        this.context = context;
    }

    /** Shows {@code selected}, or nothing for null. */
    void show(FunctionSummary selected) {
        if (running != null) {
            running.cancel();
        }
        details.set(null);
        rows.clear();
        configurationJson.set("");
        problem.set("");
        title.set(selected == null ? "" : selected.name());
        if (selected == null) {
            loading.set(false);
            return;
        }
        read(selected);
    }

    /**
     * Reads {@code changed} again (its state or code changed) while the details shown stay until the new ones
     * arrive, so the pane does not blink.
     */
    void refresh(FunctionSummary changed) {
        if (running != null) {
            running.cancel();
        }
        read(changed);
    }

    private void read(FunctionSummary function) {
        loading.set(true);
        running = context.calls().latest(this, () -> context.session().lambda().details(function.name()), found -> {
            loading.set(false);
            problem.set("");
            details.set(found);
            rows.setAll(FunctionDetailRows.of(found));
            configurationJson.set(pretty(found));
        }, refusal -> {
            loading.set(false);
            problem.set("The details could not be read: " + refusal.summary());
        });
    }

    private String pretty(FunctionDetails found) {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(found.configuration());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree always serializes", e);
        }
    }

    public ReadOnlyObjectProperty<FunctionDetails> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public ObservableList<DetailRow> rows() {
        return rows;
    }

    /** The full configuration as the API returns it, pretty-printed. */
    public ReadOnlyStringProperty configurationJsonProperty() {
        return configurationJson.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
