package dev.lambdadesk.ui.functions.create;

import java.io.File;
import java.util.Map;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

import org.kordamp.ikonli.javafx.FontIcon;

import dev.lambdadesk.ui.common.ToneStyles;

/** The Code section: where the code comes from, and the fields of that source only. */
final class CodeView {

    private CodeView() {
    }

    static Node build(CreateFunctionViewModel viewModel, Map<String, Node> focusTargets) {
        CodeSection code = viewModel.code();
        FormBuilder form = new FormBuilder(viewModel, focusTargets);

        ComboBox<CodeSource> source = new ComboBox<>();
        source.setConverter(new StringConverter<>() {
            @Override
            public String toString(CodeSource s) {
                return s == null ? "" : s.label();
            }

            @Override
            public CodeSource fromString(String text) {
                return null;
            }
        });
        source.itemsProperty().bind(Bindings.createObjectBinding(() -> FXCollections.observableArrayList(
                code.sourcesFor(viewModel.basics().imageProperty().get())), viewModel.basics().imageProperty()));
        source.valueProperty().bindBidirectional(code.sourceProperty());
        source.setMaxWidth(Double.MAX_VALUE);
        form.field(code.sourceField, source);

        FormBuilder zip = new FormBuilder(viewModel, focusTargets);
        zipRow(zip, code, () -> source.getScene() == null ? null : source.getScene().getWindow());
        FormBuilder s3 = new FormBuilder(viewModel, focusTargets);
        s3Rows(s3, code);
        FormBuilder image = new FormBuilder(viewModel, focusTargets);
        imageRows(image, code);
        FormBuilder kms = new FormBuilder(viewModel, focusTargets);
        TextField kmsKey = kms.text(code.sourceKmsKey, "Optional: a KMS key ARN for the code at rest");
        kmsKey.disableProperty().bind(code.imageProperty());

        showOnlyWhen(code.sourceProperty().isEqualTo(CodeSource.ZIP_FILE), zip.grid());
        showOnlyWhen(code.sourceProperty().isEqualTo(CodeSource.S3), s3.grid());
        showOnlyWhen(code.imageProperty(), image.grid());
        return new VBox(form.grid(), zip.grid(), s3.grid(), image.grid(), kms.grid());
    }

    private static void zipRow(FormBuilder form, CodeSection code, Supplier<Window> window) {
        Button choose = new Button("Choose .zip file…", new FontIcon("fth-file-plus"));
        choose.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Choose the function's .zip package");
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(".zip packages", "*.zip"),
                    new FileChooser.ExtensionFilter("All files", "*"));
            File file = chooser.showOpenDialog(window.get());
            if (file != null) {
                code.chooseZip(file.toPath());
            }
        });
        Label status = FormBuilder.note("zip-file-status");
        status.textProperty().bind(code.zip().statusProperty());
        ToneStyles.bind(status, code.zip().toneProperty());
        ProgressIndicator reading = new ProgressIndicator();
        reading.setPrefSize(16, 16);
        reading.visibleProperty().bind(code.zip().loadingProperty());
        reading.managedProperty().bind(reading.visibleProperty());
        HBox row = new HBox(10, choose, reading, status);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        form.field(code.zipField, choose, row);
    }

    private static void s3Rows(FormBuilder form, CodeSection code) {
        S3CodePicker s3 = code.s3();
        ComboBox<String> bucket = FormBuilder.editableCombo(s3.buckets(), s3.bucketProperty(), "Bucket name");
        Button listBuckets = new Button(null, new FontIcon("fth-refresh-cw"));
        listBuckets.setId("s3-buckets-refresh");
        listBuckets.setAccessibleText("List buckets again");
        listBuckets.setOnAction(event -> s3.loadBuckets());
        bucket.setOnHidden(event -> s3.loadKeys());
        bucket.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                s3.loadKeys();
            }
        });
        HBox.setHgrow(bucket, Priority.ALWAYS);
        Label status = FormBuilder.note("s3-status");
        status.textProperty().bind(s3.statusProperty());
        status.visibleProperty().bind(status.textProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        VBox bucketBox = new VBox(4, new HBox(6, bucket, listBuckets), status);
        form.field(code.s3Bucket, bucket, bucketBox);

        ComboBox<String> key = FormBuilder.editableCombo(s3.keys(), s3.keyProperty(), "path/to/function.zip");
        key.setOnHidden(event -> s3.loadVersions());
        form.field(code.s3Key, key);
        ComboBox<String> version = FormBuilder.editableCombo(s3.versions(), s3.versionProperty(),
                "Optional: the object version");
        form.field(code.s3Version, version);
    }

    private static void imageRows(FormBuilder form, CodeSection code) {
        form.text(code.imageUri, "123456789012.dkr.ecr.us-east-1.amazonaws.com/my-image:latest");
        form.text(code.entryPoint, "Optional: /app/run, or [\"/bin/sh\", \"-c\"]");
        form.text(code.command, "Optional: app.handler, or [\"node\", \"app.js\"]");
        form.text(code.workingDirectory, "Optional: /var/task");
    }

    /** The fields of the other sources are hidden and disabled; the request leaves them out. */
    private static void showOnlyWhen(ObservableBooleanValue shown, Node grid) {
        grid.visibleProperty().bind(Bindings.createBooleanBinding(shown::get, shown));
        grid.managedProperty().bind(grid.visibleProperty());
        grid.disableProperty().bind(grid.visibleProperty().not());
    }
}
