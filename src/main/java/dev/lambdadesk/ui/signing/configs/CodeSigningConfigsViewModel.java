package dev.lambdadesk.ui.signing.configs;

import java.util.List;
import java.util.Objects;

import javafx.beans.InvalidationListener;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import dev.lambdadesk.ui.workspace.Workspace;
import dev.lambdadesk.ui.common.ServiceCalls;
import dev.lambdadesk.ui.common.store.ConfigRow;
import dev.lambdadesk.ui.common.store.ResourceStore;

/**
 * The Code signing configs section: every configuration with its policy, publisher count and the functions using
 * it; the selected one's details; the editor for new and existing ones. Reloads when the connection changes.
 */
public final class CodeSigningConfigsViewModel {

    /** What the section shows. */
    public enum Page { LIST, EDIT }

    private final Workspace context;
    private final ServiceCalls calls;
    private final ResourceStore<ConfigRow> store;
    private final ObjectProperty<ConfigRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<Page> page = new ReadOnlyObjectWrapper<>(this, "page", Page.LIST);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ConfigDetailsViewModel details;
    private final ConfigFormViewModel form;

    public CodeSigningConfigsViewModel(Workspace context) {
        this.context = Objects.requireNonNull(context, "context");
        this.calls = context.calls();
        this.store = context.stores().configs();
        this.details = new ConfigDetailsViewModel(context, this::changed);
        this.form = new ConfigFormViewModel(context);
        selected.addListener((o, old, now) -> details.show(now));
        form.onSaved(saved -> {
            page.set(Page.LIST);
            notice.set("Saved " + saved.id() + ": " + saved.policy() + ", " + saved.allowedPublishers().size()
                    + (saved.allowedPublishers().size() == 1 ? " allowed publisher." : " allowed publishers."));
            ConfigRow before = store.get(saved.arn()).orElse(null);
            store.put(new ConfigRow(saved, before == null ? List.of() : before.functionArns()));
            select(saved.arn());
        });
        store.items().addListener((ListChangeListener<ConfigRow>) change -> followStore());
        InvalidationListener describe = o -> describe();
        store.loadingProperty().addListener(describe);
        store.problemProperty().addListener(describe);
        store.items().addListener(describe);
        context.stores().ensureListed(store);
        describe();
    }

    /** The selected configuration replaced in the store stays selected, and its details follow. */
    private void followStore() {
        ConfigRow current = selected.get();
        if (current != null) {
            ConfigRow now = store.get(current.info().arn()).orElse(null);
            if (now != current) {
                selected.set(now);
            }
        }
    }

    private void select(String arn) {
        selected.set(store.get(arn).orElse(null));
    }

    private void describe() {
        status.set(store.status(store.count(store.items().size())));
    }

    /** Lists the configurations and, for each, the functions using it. */
    public void refresh() {
        context.stores().refreshConfigs();
    }

    private void changed(String arn) {
        if (arn.isEmpty()) {
            notice.set("Deleted the configuration.");
        }
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
        return store.items();
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
        return store.loadingProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
