package dev.lambdadesk.ui.functions.create;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lambdadesk.aws.Session;
import dev.lambdadesk.ui.common.FieldCodec;
import dev.lambdadesk.ui.common.FormField;
import dev.lambdadesk.ui.common.FormValidation;
import dev.lambdadesk.ui.common.UiExecutor;

/**
 * The function's code: a .zip file read off the UI thread and sent as ZipFile, an S3 object, or a container image
 * with its image configuration. A Zip function offers the first two, an Image function only the image.
 */
public final class CodeSection extends FormSection {

    /** The request member holding the code; its findings belong to the chosen source's field. */
    static final String CODE = "Code";
    private static final String IMAGE_CONFIG = "ImageConfig";

    private final ObjectProperty<CodeSource> source = new SimpleObjectProperty<>(this, "source", CodeSource.ZIP_FILE);
    private final ZipFilePicker zip;
    private final S3CodePicker s3;
    private final BooleanBinding image = Bindings.createBooleanBinding(() -> source.get() == CodeSource.IMAGE,
            source);
    final FormField<CodeSource> sourceField = field(FormField.of("code-source", CODE, "Code source", source,
            FieldCodec.<CodeSource>none()).outsideRequest().notInDrafts().claimsOnly());
    final FormField<String> zipField;
    final FormField<String> s3Bucket;
    final FormField<String> s3Key;
    final FormField<String> s3Version;
    final FormField<String> imageUri = field(FormField.of("image-uri", CODE + ".ImageUri", "Image URI",
            text(""), FieldCodec.text()).appliesWhen(image));
    final FormField<String> sourceKmsKey = field(FormField.of("source-kms-key", CODE + ".SourceKMSKeyArn",
            "Source KMS key", text(""), FieldCodec.text()).appliesWhen(image.not()));
    final FormField<String> entryPoint = field(FormField.of("image-entry-point", IMAGE_CONFIG + ".EntryPoint",
            "Entry point", text(""), FieldCodec.arguments()).appliesWhen(image));
    final FormField<String> command = field(FormField.of("image-command", IMAGE_CONFIG + ".Command", "Command",
            text(""), FieldCodec.arguments()).appliesWhen(image).alsoClaims(IMAGE_CONFIG));
    final FormField<String> workingDirectory = field(FormField.of("image-working-directory",
            IMAGE_CONFIG + ".WorkingDirectory", "Working directory", text(""), FieldCodec.text())
            .appliesWhen(image));
    private CodeSource lastZipSource = CodeSource.ZIP_FILE;
    private FormValidation validation;

    CodeSection(Session session, UiExecutor ui, ObservableBooleanValue imagePackage) {
        this.zip = new ZipFilePicker(ui);
        this.s3 = new S3CodePicker(session, ui);
        // the package travels with an import as the export wrote it: base64 in the request
        this.zipField = field(FormField.of("zip-file", CODE + ".ZipFile", "Zip file", zip.zipProperty(),
                () -> zip.zipProperty().get() == null ? "" : zip.zipProperty().get().base64(), this::adoptZip,
                FieldCodec.text()).appliesWhen(source.isEqualTo(CodeSource.ZIP_FILE)).notInDrafts());
        BooleanBinding fromS3 = source.isEqualTo(CodeSource.S3);
        this.s3Bucket = field(FormField.of("s3-bucket", CODE + ".S3Bucket", "S3 bucket", s3.bucketProperty(),
                FieldCodec.trimmed()).appliesWhen(fromS3));
        this.s3Key = field(FormField.of("s3-key", CODE + ".S3Key", "S3 key", s3.keyProperty(), FieldCodec.text())
                .appliesWhen(fromS3));
        this.s3Version = field(FormField.of("s3-version", CODE + ".S3ObjectVersion", "S3 object version",
                s3.versionProperty(), FieldCodec.text()).appliesWhen(fromS3));
        imagePackage.addListener((observable, old, isImage) -> followPackageType(isImage));
        source.addListener((observable, old, now) -> {
            claimCode(now);
            if (now == CodeSource.S3 && s3.buckets().isEmpty()) {
                s3.loadBuckets();
            }
        });
    }

    private void adoptZip(String base64) {
        zip.clear();
        if (!base64.isBlank()) {
            zip.adopt(base64);
            source.set(CodeSource.ZIP_FILE);
        }
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
        super.registerFields(validation);
        claimCode(source.get());
    }

    /** "Choose the code" (a finding on Code itself) belongs to the field of the source chosen. */
    private void claimCode(CodeSource chosen) {
        if (validation == null) {
            return;
        }
        claim(zipField, chosen == CodeSource.ZIP_FILE);
        claim(s3Bucket, chosen == CodeSource.S3);
        claim(imageUri, chosen == CodeSource.IMAGE);
    }

    private void claim(FormField<String> field, boolean chosen) {
        validation.reassign(field.id(), chosen ? List.of(field.path(), CODE) : List.of(field.path()));
    }

    @Override
    void writeTo(ObjectNode request) {
        request.putObject(CODE); // present even empty: the rules then ask to choose the code
        super.writeTo(request);
    }

    @Override
    void readFrom(ObjectNode request) {
        super.readFrom(request);
        if (!imageUri.value().isEmpty()) {
            source.set(CodeSource.IMAGE);
        } else if (!s3Bucket.value().isEmpty() || !s3Key.value().isEmpty()) {
            source.set(CodeSource.S3);
        }
    }

    @Override
    void writeDraft(ObjectNode request, ObjectNode form, boolean keepSecrets) {
        request.putObject(CODE);
        super.writeDraft(request, form, keepSecrets);
        form.put("codeSource", source.get().name());
        if (zip.zipProperty().get() != null) {
            form.put("zipFile", zip.zipProperty().get().path().toString());
        }
    }

    @Override
    void readDraft(ObjectNode request, JsonNode form) {
        super.readDraft(request, form);
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
        super.reset();
        source.set(CodeSource.ZIP_FILE);
        lastZipSource = CodeSource.ZIP_FILE;
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
        return textOf(imageUri);
    }

    public StringProperty commandProperty() {
        return textOf(command);
    }

    public StringProperty entryPointProperty() {
        return textOf(entryPoint);
    }

    public StringProperty workingDirectoryProperty() {
        return textOf(workingDirectory);
    }

    public StringProperty sourceKmsKeyProperty() {
        return textOf(sourceKmsKey);
    }

    /** True when the code is a container image (image URI and configuration apply). */
    public BooleanBinding imageProperty() {
        return image;
    }
}
