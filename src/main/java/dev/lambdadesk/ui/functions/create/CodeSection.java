package dev.lambdadesk.ui.functions.create;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.aws.Session;
import dev.lambdadesk.ui.common.FormValidation;
import dev.lambdadesk.ui.common.UiExecutor;

/**
 * The function's code: a .zip file read off the UI thread and sent as ZipFile, an S3 object, or a container image
 * with its image configuration. A Zip function offers the first two, an Image function only the image.
 */
public final class CodeSection extends FormSection {

    private final ObjectProperty<CodeSource> source = input("code-source",
            new SimpleObjectProperty<>(this, "source", CodeSource.ZIP_FILE));
    private final ZipFilePicker zip;
    private final S3CodePicker s3;
    private final StringProperty imageUri = input("image-uri", new SimpleStringProperty(this, "imageUri", ""));
    private final StringProperty command = input("image-command", new SimpleStringProperty(this, "command", ""));
    private final StringProperty entryPoint = input("image-entry-point",
            new SimpleStringProperty(this, "entryPoint", ""));
    private final StringProperty workingDirectory = input("image-working-directory",
            new SimpleStringProperty(this, "workingDirectory", ""));
    private final StringProperty sourceKmsKey = input("source-kms-key",
            new SimpleStringProperty(this, "sourceKmsKey", ""));
    private final BooleanBinding image;
    private CodeSource lastZipSource = CodeSource.ZIP_FILE;
    private FormValidation validation;

    CodeSection(Session session, UiExecutor ui, ObservableBooleanValue imagePackage) {
        this.zip = new ZipFilePicker(ui);
        input("zip-file", zip.zipProperty());
        this.s3 = new S3CodePicker(session, ui);
        input("s3-bucket", s3.bucketProperty());
        input("s3-key", s3.keyProperty());
        input("s3-version", s3.versionProperty());
        this.image = Bindings.createBooleanBinding(() -> source.get() == CodeSource.IMAGE, source);
        imagePackage.addListener((observable, old, isImage) -> followPackageType(isImage));
        source.addListener((observable, old, now) -> {
            claimCode(now);
            if (now == CodeSource.S3 && s3.buckets().isEmpty()) {
                s3.loadBuckets();
            }
        });
    }

    private void followPackageType(boolean isImage) {
        if (isImage && source.get() != CodeSource.IMAGE) {
            lastZipSource = source.get();
            source.set(CodeSource.IMAGE);
        } else if (!isImage && source.get() == CodeSource.IMAGE) {
            source.set(lastZipSource);
        }
    }

    /** Reads {@code file} off the UI thread; until it is read the form has no ZipFile. */
    public void chooseZip(Path file) {
        zip.choose(file);
    }

    @Override
    void registerFields(FormValidation validation) {
        this.validation = validation;
        validation.field("code-source");
        validation.field("zip-file", "Code.ZipFile");
        validation.field("s3-bucket", "Code.S3Bucket");
        validation.field("s3-key", "Code.S3Key");
        validation.field("s3-version", "Code.S3ObjectVersion");
        validation.field("image-uri", "Code.ImageUri");
        validation.field("source-kms-key", "Code.SourceKMSKeyArn");
        validation.field("image-entry-point", "ImageConfig.EntryPoint");
        validation.field("image-command", "ImageConfig.Command", "ImageConfig");
        validation.field("image-working-directory", "ImageConfig.WorkingDirectory");
        claimCode(source.get());
    }

    /** "Choose the code" (a finding on Code itself) belongs to the field of the source chosen. */
    private void claimCode(CodeSource chosen) {
        if (validation == null) {
            return;
        }
        validation.reassign("zip-file", chosen == CodeSource.ZIP_FILE ? List.of("Code.ZipFile", "Code")
                : List.of("Code.ZipFile"));
        validation.reassign("s3-bucket", chosen == CodeSource.S3 ? List.of("Code.S3Bucket", "Code")
                : List.of("Code.S3Bucket"));
        validation.reassign("image-uri", chosen == CodeSource.IMAGE ? List.of("Code.ImageUri", "Code")
                : List.of("Code.ImageUri"));
    }

    @Override
    void writeTo(ObjectNode request) {
        ObjectNode code = request.putObject("Code");
        switch (source.get()) {
            case ZIP_FILE -> {
                if (zip.zipProperty().get() != null) {
                    code.put("ZipFile", zip.zipProperty().get().base64());
                }
            }
            case S3 -> {
                JsonFields.text(code, "S3Bucket", s3.bucketProperty().get().trim());
                JsonFields.text(code, "S3Key", s3.keyProperty().get());
                JsonFields.text(code, "S3ObjectVersion", s3.versionProperty().get());
            }
            case IMAGE -> {
                JsonFields.text(code, "ImageUri", imageUri.get());
                ObjectNode config = request.objectNode();
                JsonFields.arguments(config, "EntryPoint", entryPoint.get());
                JsonFields.arguments(config, "Command", command.get());
                JsonFields.text(config, "WorkingDirectory", workingDirectory.get());
                if (!config.isEmpty()) {
                    request.set("ImageConfig", config);
                }
            }
        }
        if (source.get() != CodeSource.IMAGE) {
            JsonFields.text(code, "SourceKMSKeyArn", sourceKmsKey.get());
        }
    }

    @Override
    void readFrom(ObjectNode request) {
        ObjectNode code = JsonFields.takeObject(request, "Code");
        ObjectNode config = JsonFields.takeObject(request, "ImageConfig");
        zip.clear();
        JsonNode inline = code.remove("ZipFile");
        if (inline != null && inline.isTextual() && !inline.asText().isBlank()) {
            zip.adopt(inline.asText()); // the package travels with the import, as the export wrote it
            source.set(CodeSource.ZIP_FILE);
        }
        s3.bucketProperty().set(JsonFields.take(code, "S3Bucket"));
        s3.keyProperty().set(JsonFields.take(code, "S3Key"));
        s3.versionProperty().set(JsonFields.take(code, "S3ObjectVersion"));
        imageUri.set(JsonFields.take(code, "ImageUri"));
        sourceKmsKey.set(JsonFields.take(code, "SourceKMSKeyArn"));
        entryPoint.set(JsonFields.takeArguments(config, "EntryPoint"));
        command.set(JsonFields.takeArguments(config, "Command"));
        workingDirectory.set(JsonFields.take(config, "WorkingDirectory"));
        if (!imageUri.get().isEmpty()) {
            source.set(CodeSource.IMAGE);
        } else if (!s3.bucketProperty().get().isEmpty() || !s3.keyProperty().get().isEmpty()) {
            source.set(CodeSource.S3);
        }
        JsonFields.putBack(request, "Code", code);
        JsonFields.putBack(request, "ImageConfig", config);
    }

    @Override
    void writeDraft(ObjectNode request, ObjectNode form, boolean keepSecrets) {
        writeTo(request);
        ((ObjectNode) request.get("Code")).remove("ZipFile");
        form.put("codeSource", source.get().name());
        if (zip.zipProperty().get() != null) {
            form.put("zipFile", zip.zipProperty().get().path().toString());
        }
    }

    @Override
    void readDraft(ObjectNode request, JsonNode form) {
        readFrom(request);
        try {
            source.set(CodeSource.valueOf(form.path("codeSource").asText(source.get().name())));
        } catch (IllegalArgumentException unknown) {
            // a draft from another version: keep the source the request implies
        }
        String file = form.path("zipFile").asText("");
        if (!file.isEmpty() && Files.isRegularFile(Path.of(file))) {
            chooseZip(Path.of(file));
        }
    }

    @Override
    void reset() {
        source.set(CodeSource.ZIP_FILE);
        lastZipSource = CodeSource.ZIP_FILE;
        zip.clear();
        s3.bucketProperty().set("");
        s3.keyProperty().set("");
        s3.versionProperty().set("");
        imageUri.set("");
        command.set("");
        entryPoint.set("");
        workingDirectory.set("");
        sourceKmsKey.set("");
    }

    /** The connection changed: what was listed belongs to the old one. */
    void connectionChanged() {
        s3.clearChoices();
    }

    /** The sources a package type allows: Zip takes a file or S3, Image takes an image. */
    public List<CodeSource> sourcesFor(boolean imagePackage) {
        return imagePackage ? List.of(CodeSource.IMAGE) : List.of(CodeSource.ZIP_FILE, CodeSource.S3);
    }

    public ObjectProperty<CodeSource> sourceProperty() {
        return source;
    }

    /** The .zip file chosen for upload. */
    public ZipFilePicker zip() {
        return zip;
    }

    public ReadOnlyObjectProperty<ZipPackage> zipProperty() {
        return zip.zipProperty();
    }

    public S3CodePicker s3() {
        return s3;
    }

    public StringProperty imageUriProperty() {
        return imageUri;
    }

    public StringProperty commandProperty() {
        return command;
    }

    public StringProperty entryPointProperty() {
        return entryPoint;
    }

    public StringProperty workingDirectoryProperty() {
        return workingDirectory;
    }

    public StringProperty sourceKmsKeyProperty() {
        return sourceKmsKey;
    }

    /** True when the code is a container image (image URI and configuration apply). */
    public BooleanBinding imageProperty() {
        return image;
    }
}
