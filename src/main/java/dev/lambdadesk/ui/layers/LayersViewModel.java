package dev.lambdadesk.ui.layers;

import java.util.Comparator;
import java.util.Objects;

import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;

import dev.lambdadesk.core.LayerVersionInfo;
import dev.lambdadesk.ui.common.store.ResourceStore;
import dev.lambdadesk.ui.workspace.Workspace;

/**
 * The Layers section: every version of the account's layers (from the layers store), the selected version's
 * details, publishing a version and deleting one. Reloads when the connection changes.
 */
public final class LayersViewModel {

    /** What the section shows. */
    public enum Page { LIST, PUBLISH }

    private final Workspace context;
    private final ResourceStore<LayerVersionInfo> store;
    private final SortedList<LayerVersionInfo> shown;
    private final ObjectProperty<LayerVersionInfo> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<Page> page = new ReadOnlyObjectWrapper<>(this, "page", Page.LIST);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final LayerDetailsViewModel details;
    private final LayerPublishViewModel form;

    public LayersViewModel(Workspace context) {
        this.context = Objects.requireNonNull(context, "context");
        this.store = context.stores().layers();
        this.shown = new SortedList<>(store.items(), Comparator.comparing(LayerVersionInfo::layerName,
                String.CASE_INSENSITIVE_ORDER).thenComparing(Comparator.comparingLong(LayerVersionInfo::version)
                .reversed()));
        this.details = new LayerDetailsViewModel(context.stores());
        this.form = new LayerPublishViewModel(context);
        selected.addListener((o, old, now) -> details.show(now));
        form.onPublished(published -> {
            page.set(Page.LIST);
            notice.set("Published " + published.layerName() + " version " + published.version() + ".");
            selected.set(published);
        });
        InvalidationListener describe = o -> storeChanged();
        store.items().addListener(describe);
        store.loadingProperty().addListener(describe);
        store.problemProperty().addListener(describe);
        context.stores().ensureListed(store);
        context.stores().ensureListed(context.stores().configs());
        storeChanged();
    }

    /** The selected version, replaced in the store, stays selected; a removed one is deselected. */
    private void storeChanged() {
        LayerVersionInfo current = selected.get();
        if (current != null) {
            LayerVersionInfo now = store.get(current.layerVersionArn()).orElse(null);
            if (now != current) {
                selected.set(now);
            }
        }
        status.set(store.status(store.count(store.items().size())));
    }

    public void refresh() {
        context.stores().refreshLayers();
    }

    /** Opens the Publish version form (Ctrl+N), offering a saved draft. */
    public void publishVersion() {
        if (page.get() != Page.PUBLISH) {
            page.set(Page.PUBLISH);
            form.opened();
        }
    }

    public void showList() {
        page.set(Page.LIST);
    }

    /** What deleting the selected version means, for the confirmation. */
    public String deleteQuestion() {
        LayerVersionInfo v = selected.get();
        return v == null ? "" : "Delete version " + v.version() + " of layer " + v.layerName() + "? Its number is "
                + "never used again; functions that use it keep it, but no new function can add it.";
    }

    /** What must be typed to confirm a delete: "name:version". */
    public String deleteName() {
        LayerVersionInfo v = selected.get();
        return v == null ? "" : v.layerName() + ":" + v.version();
    }

    /** Deletes the selected version. */
    public void deleteSelected() {
        LayerVersionInfo v = selected.get();
        if (v == null) {
            return;
        }
        context.calls().run(() -> {
            context.session().layers().delete(v.layerName(), v.version());
            return v;
        }, deleted -> {
            store.remove(deleted.layerVersionArn());
            notice.set("Deleted " + deleted.layerName() + " version " + deleted.version() + ".");
        }, failed -> notice.set("Could not delete " + deleteName() + ": " + failed.summary()));
    }

    public ObservableList<LayerVersionInfo> versions() {
        return shown;
    }

    public ObjectProperty<LayerVersionInfo> selectedProperty() {
        return selected;
    }

    public LayerDetailsViewModel details() {
        return details;
    }

    public LayerPublishViewModel form() {
        return form;
    }

    public ReadOnlyObjectProperty<Page> pageProperty() {
        return page.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return store.loadingProperty();
    }

    /** "3 layer versions", or why the list could not be read. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** A passing message: published, deleted. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
