package dev.lambdadesk.ui.functions.create;

import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import dev.lambdadesk.aws.Session;
import dev.lambdadesk.core.S3ObjectInfo;
import dev.lambdadesk.ui.common.RunningWork;
import dev.lambdadesk.ui.common.UiExecutor;

/**
 * Bucket, key and version of code in S3, each typed or picked from what the connection lists. When listing fails
 * (no permission, an endpoint without S3) the problem is shown and the person types the location instead.
 */
public final class S3CodePicker {

    private final Session session;
    private final UiExecutor ui;
    private final StringProperty bucket = new SimpleStringProperty(this, "bucket", "");
    private final StringProperty key = new SimpleStringProperty(this, "key", "");
    private final StringProperty version = new SimpleStringProperty(this, "version", "");
    private final ObservableList<String> buckets = FXCollections.observableArrayList();
    private final ObservableList<String> keys = FXCollections.observableArrayList();
    private final ObservableList<String> versions = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper listingFailed = new ReadOnlyBooleanWrapper(this, "listingFailed");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private RunningWork running;

    public S3CodePicker(Session session, UiExecutor ui) {
        this.session = session;
        this.ui = ui;
    }

    /** Lists the buckets of the connection. */
    public void loadBuckets() {
        list("buckets", () -> session.s3().listBuckets(), found -> {
            buckets.setAll(found);
            status.set(found.isEmpty() ? "No buckets in this account; type the bucket and key." : "");
        });
    }

    /** Lists the .zip objects of the chosen bucket. */
    public void loadKeys() {
        String b = bucket.get().trim();
        if (b.isEmpty()) {
            return;
        }
        list("objects in " + b, () -> session.s3().listObjects(b, true).stream().map(S3ObjectInfo::key).toList(),
                found -> {
                    keys.setAll(found);
                    status.set(found.isEmpty() ? "No .zip objects in " + b + "; type the key." : "");
                });
    }

    /** Lists the versions of the chosen object (a versioned bucket only has them). */
    public void loadVersions() {
        String b = bucket.get().trim();
        String k = key.get();
        if (b.isEmpty() || k.isEmpty()) {
            return;
        }
        list("versions of " + k, () -> session.s3().listVersions(b, k).stream().map(S3ObjectInfo::versionId)
                .filter(v -> !v.isEmpty()).toList(), found -> {
                    versions.setAll(found);
                    status.set("");
                });
    }

    private void list(String what, java.util.concurrent.Callable<List<String>> call, Consumer<List<String>> shown) {
        if (running != null) {
            running.cancel();
        }
        loading.set(true);
        running = ui.run(call, found -> {
            loading.set(false);
            listingFailed.set(false);
            shown.accept(found);
        }, failure -> {
            loading.set(false);
            listingFailed.set(true);
            status.set("The " + what + " could not be listed: " + session.explainer().explain(failure).summary()
                    + " Type the bucket, key and version instead.");
        });
    }

    public void clearChoices() {
        buckets.clear();
        keys.clear();
        versions.clear();
        status.set("");
        listingFailed.set(false);
    }

    public StringProperty bucketProperty() {
        return bucket;
    }

    public StringProperty keyProperty() {
        return key;
    }

    public StringProperty versionProperty() {
        return version;
    }

    public ObservableList<String> buckets() {
        return buckets;
    }

    public ObservableList<String> keys() {
        return keys;
    }

    public ObservableList<String> versions() {
        return versions;
    }

    /** What went wrong listing, or a hint; empty when the lists are fine. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty listingFailedProperty() {
        return listingFailed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
