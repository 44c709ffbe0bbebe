package dev.lambdadesk.ui.functions.create;

import java.nio.file.Path;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import dev.lambdadesk.ui.common.RunningWork;
import dev.lambdadesk.ui.common.Tone;
import dev.lambdadesk.ui.common.UiExecutor;

/** A .zip package chosen on disk, read and base64-encoded off the UI thread, with its size shown. */
public final class ZipFilePicker {

    private static final String NONE = "No file chosen";

    private final UiExecutor ui;
    private final ReadOnlyObjectWrapper<ZipPackage> zip = new ReadOnlyObjectWrapper<>(this, "zip");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", NONE);
    private final ReadOnlyObjectWrapper<Tone> tone = new ReadOnlyObjectWrapper<>(this, "tone", Tone.NEUTRAL);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private RunningWork reading;

    public ZipFilePicker(UiExecutor ui) {
        this.ui = ui;
    }

    /** Reads {@code file}; until it is read there is no package. */
    public void choose(Path file) {
        cancel();
        loading.set(true);
        status.set("Reading " + file.getFileName() + "…");
        tone.set(Tone.NEUTRAL);
        reading = ui.run(() -> ZipPackage.read(file), read -> {
            loading.set(false);
            zip.set(read);
            status.set(read.summary());
        }, failure -> {
            loading.set(false);
            zip.set(null);
            status.set(file.getFileName() + " cannot be read: " + failure.getMessage());
            tone.set(Tone.DANGER);
        });
    }

    /**
     * Takes a package that came as base64 (an imported CLI input JSON's Code.ZipFile): written to a file of its own
     * (readable by its owner only) so drafts and the SAM export can name it, and offered as if it was chosen.
     */
    public void adopt(String base64) {
        cancel();
        loading.set(true);
        status.set("Reading the imported package…");
        tone.set(Tone.NEUTRAL);
        reading = ui.run(() -> ZipPackage.fromBase64(base64), read -> {
            loading.set(false);
            zip.set(read);
            status.set("Imported package · " + ZipPackage.sizeText(read.size()));
        }, failure -> {
            loading.set(false);
            zip.set(null);
            status.set("The imported ZipFile is not base64-encoded package bytes; choose the .zip file.");
            tone.set(Tone.DANGER);
        });
    }

    public void clear() {
        cancel();
        zip.set(null);
        loading.set(false);
        status.set(NONE);
        tone.set(Tone.NEUTRAL);
    }

    private void cancel() {
        if (reading != null) {
            reading.cancel();
            reading = null;
        }
    }

    /** The package read, or null. */
    public ReadOnlyObjectProperty<ZipPackage> zipProperty() {
        return zip.getReadOnlyProperty();
    }

    /** "function.zip · 1.2 MB", "Reading function.zip…", or why it cannot be read. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Tone> toneProperty() {
        return tone.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
