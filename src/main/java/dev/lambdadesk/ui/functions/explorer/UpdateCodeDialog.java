package dev.lambdadesk.ui.functions.explorer;

import java.io.File;

import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

import org.kordamp.ikonli.javafx.FontIcon;

import dev.lambdadesk.ui.common.FormGrid;
import dev.lambdadesk.ui.common.DialogGrowth;
import dev.lambdadesk.ui.common.PickOrType;
import dev.lambdadesk.ui.common.ProblemsView;
import dev.lambdadesk.ui.common.RefusalView;
import dev.lambdadesk.ui.common.ToneStyles;
import dev.lambdadesk.ui.functions.create.CodeSource;

/** Deploys new code to a function: a .zip file or S3 object (an image URI for images). Esc cancels. */
public final class UpdateCodeDialog extends Dialog<Void> {

    private final UpdateCodeViewModel viewModel;

    public UpdateCodeDialog(UpdateCodeViewModel viewModel, Window owner) {
        this.viewModel = viewModel;
        initOwner(owner);
        setTitle("Update code of " + viewModel.functionName());
        setHeaderText("Deploy new code to " + viewModel.functionName());
        getDialogPane().setId("update-code-dialog");
        getDialogPane().getStylesheets().add(UpdateCodeDialog.class.getResource("/dev/lambdadesk/ui/common/forms.css")
                .toExternalForm());
        ButtonType deployType = new ButtonType("Deploy", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(deployType, ButtonType.CANCEL);
        getDialogPane().setContent(content());
        getDialogPane().setPrefWidth(620);
        DialogGrowth.fitOnChange(this, viewModel.refusalProperty(), viewModel.sourceProperty(),
                viewModel.validation().problems());

        Button deploy = (Button) getDialogPane().lookupButton(deployType);
        deploy.setId("update-code-deploy");
        deploy.disableProperty().bind(viewModel.deployDisabledProperty());
        deploy.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume(); // stays open until the service answers
            viewModel.deploy();
        });
        viewModel.deployedProperty().addListener((o, was, done) -> {
            if (done) {
                close();
            }
        });
    }

    private Node content() {
        FormGrid grid = new FormGrid();
        ComboBox<CodeSource> source = new ComboBox<>(FXCollections.observableArrayList(viewModel.sources()));
        source.setId("update-code-source");
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
        source.valueProperty().bindBidirectional(viewModel.sourceProperty());
        grid.row("Code source", source);

        Button choose = new Button("Choose .zip file…", new FontIcon("fth-file-plus"));
        choose.setId("update-zip-file");
        choose.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(".zip packages", "*.zip"));
            File file = chooser.showOpenDialog(getDialogPane().getScene().getWindow());
            if (file != null) {
                viewModel.chooseZip(file.toPath());
            }
        });
        Label zipStatus = new Label();
        zipStatus.setId("update-zip-status");
        zipStatus.getStyleClass().add("form-note");
        zipStatus.textProperty().bind(viewModel.zip().statusProperty());
        ToneStyles.bind(zipStatus, viewModel.zip().toneProperty());
        field(grid, "Zip file", choose, new HBox(10, choose, zipStatus), "update-zip-file", "ZipFile",
                CodeSource.ZIP_FILE);

        field(grid, "S3 bucket", combo("update-s3-bucket", viewModel.s3().buckets(), viewModel.s3().bucketProperty()),
                null, "update-s3-bucket", "S3Bucket", CodeSource.S3);
        field(grid, "S3 key", combo("update-s3-key", viewModel.s3().keys(), viewModel.s3().keyProperty()), null,
                "update-s3-key", "S3Key", CodeSource.S3);
        field(grid, "S3 object version", combo("update-s3-version", viewModel.s3().versions(),
                viewModel.s3().versionProperty()), null, "update-s3-version", "S3ObjectVersion", CodeSource.S3);
        Label s3Status = new Label();
        s3Status.getStyleClass().add("form-note");
        s3Status.setWrapText(true);
        s3Status.textProperty().bind(viewModel.s3().statusProperty());
        grid.row("", s3Status);
        grid.shownWhen(viewModel.sourceProperty().isEqualTo(CodeSource.S3));

        TextField image = new TextField();
        image.setId("update-image-uri");
        image.textProperty().bindBidirectional(viewModel.imageUriProperty());
        field(grid, "Image URI", image, null, "update-image-uri", "ImageUri", CodeSource.IMAGE);

        CheckBox publish = new CheckBox("Publish a new version");
        publish.setId("update-publish");
        publish.selectedProperty().bindBidirectional(viewModel.publishProperty());
        grid.row("", publish);

        RefusalView refusal = new RefusalView(viewModel.refusalProperty(), "Lambda refused the code");
        ProblemsView problems = new ProblemsView(viewModel.validation().problems(), id -> { });
        problems.setId("update-code-problems");
        problems.setPrefHeight(70);
        problems.visibleProperty().bind(Bindings.isNotEmpty(viewModel.validation().problems()));
        problems.managedProperty().bind(problems.visibleProperty());
        return new VBox(10, grid, refusal, problems);
    }

    private ComboBox<String> combo(String id, javafx.collections.ObservableList<String> items,
            javafx.beans.property.StringProperty value) {
        ComboBox<String> combo = PickOrType.combo(items, value, "");
        combo.setId(id);
        if (id.endsWith("bucket")) {
            combo.setOnHidden(event -> viewModel.s3().loadKeys());
        } else if (id.endsWith("key")) {
            combo.setOnHidden(event -> viewModel.s3().loadVersions());
        }
        return combo;
    }

    private void field(FormGrid grid, String name, javafx.scene.layout.Region control, Node content, String fieldId,
            String path, CodeSource shownFor) {
        control.setId(fieldId);
        Node shown = content == null ? control : content;
        grid.field(name, control, shown, viewModel.validation().feedback(fieldId),
                viewModel.limitsOf(path));
        grid.shownWhen(viewModel.sourceProperty().isEqualTo(shownFor)); // only the chosen source's fields
    }
}
