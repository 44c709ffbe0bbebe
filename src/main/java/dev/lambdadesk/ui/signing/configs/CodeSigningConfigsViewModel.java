package dev.lambdadesk.ui.signing.configs;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import dev.lambdadesk.core.CodeSigningConfigInfo;
import dev.lambdadesk.ui.workspace.Workspace;
import dev.lambdadesk.ui.common.ServiceCalls;
import dev.lambdadesk.ui.common.store.ConfigRow;

/**
 * The Code signing configs section: every configuration with its policy, publisher count and the functions using
 * it; the selected one's details; the editor for new and existing ones. Reloads when the connection changes.
 */
public final class CodeSigningConfigsViewModel {

    /** What the section shows. */
    public enum Page { LIST, EDIT }

    private final Workspace context;
    private final ServiceCalls calls;
    private final ObservableList<ConfigRow> configs = FXCollections.observableArrayList();
    private final ObjectProperty<ConfigRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<Page> page = new ReadOnlyObjectWrapper<>(this, "page", Page.LIST);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ConfigDetailsViewModel details;
    private final ConfigFormViewModel form;

    public CodeSigningConfigsViewModel(Workspace context) {
        this.context = Objects.requireNonNull(context, "context");
        this.calls = context.calls();
        this.details = new ConfigDetailsViewModel(context, this::changed);
        this.form = new ConfigFormViewModel(context);
        selected.addListener((o, old, now) -> details.show(now));
        form.onSaved(saved -> {
            page.set(Page.LIST);
            notice.set("Saved " + saved.id() + ": " + saved.policy() + ", " + saved.allowedPublishers().size()
                    + (saved.allowedPublishers().size() == 1 ? " allowed publisher." : " allowed publishers."));
            refresh(saved.arn());
        });
        context.session().onSwitch(spec -> context.ui().post(this::refresh));
        if (context.session().isConnected()) {
            refresh();
        }
    }

    /** Lists the configurations and, for each, the functions using it. */
    public void refresh() {
        refresh(selected.get() == null ? null : selected.get().info().arn());
    }

    private void refresh(String select) {
        loading.set(true);
        status.set("Loading configurations…");
        calls.run(() -> {
            List<ConfigRow> rows = new ArrayList<>();
            for (CodeSigningConfigInfo c : context.session().codeSigningConfigs().list()) {
                rows.add(new ConfigRow(c, context.session().codeSigningConfigs().functionsUsing(c.arn())));
            }
            return rows;
        }, rows -> {
            loading.set(false);
            configs.setAll(rows);
            status.set(rows.size() + (rows.size() == 1 ? " configuration" : " configurations"));
            selected.set(rows.stream().filter(r -> r.info().arn().equals(select)).findFirst().orElse(null));
        }, failed -> {
            loading.set(false);
            status.set("The configurations could not be listed: " + failed.summary());
        });
    }

    private void changed(String arn) {
        if (arn.isEmpty()) {
            notice.set("Deleted the configuration.");
        }
        refresh(arn.isEmpty() ? null : arn);
    }

    /** Opens the editor for a new configuration (Ctrl+N), offering a saved draft. */
    public void newConfig() {
        form.startNew();
        page.set(Page.EDIT);
    }

    /** Opens the editor on the selected configuration. */
    public void editSelected() {
        if (selected.get() != null) {
            form.edit(selected.get().info());
            page.set(Page.EDIT);
        }
    }

    public void showList() {
        page.set(Page.LIST);
    }

    public ObservableList<ConfigRow> configs() {
        return configs;
    }

    public ObjectProperty<ConfigRow> selectedProperty() {
        return selected;
    }

    public BooleanBinding nothingSelected() {
        return selected.isNull();
    }

    public ConfigDetailsViewModel details() {
        return details;
    }

    public ConfigFormViewModel form() {
        return form;
    }

    public ReadOnlyObjectProperty<Page> pageProperty() {
        return page.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
