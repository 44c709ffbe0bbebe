package dev.lambdadesk.ui.layers;

import java.io.File;
import java.util.Map;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import atlantafx.base.theme.Styles;

import dev.lambdadesk.ui.common.FieldFocus;
import dev.lambdadesk.ui.common.FormGrid;
import dev.lambdadesk.ui.common.PickOrType;
import dev.lambdadesk.ui.common.ProblemsPanel;
import dev.lambdadesk.ui.common.Tone;
import dev.lambdadesk.ui.common.ToneStyles;
import dev.lambdadesk.ui.common.Views;
import dev.lambdadesk.ui.workspace.DraftBanner;

/** The Publish layer version form; Ctrl+Enter publishes, Escape goes back to the list. */
final class LayerPublishView extends BorderPane {

    private final LayerPublishViewModel viewModel;
    private final TextField name = new TextField();

    LayerPublishView(LayerPublishViewModel viewModel, Runnable back) {
        this.viewModel = viewModel;
        setId("layer-form");
        Label title = new Label("Publish layer version");
        title.getStyleClass().add(Styles.TITLE_3);
        Button backButton = Views.button("layer-form-back", "Back to layers", "fth-arrow-left", back);
        VBox top = new VBox(6, Views.header(backButton, title), new DraftBanner("layer-draft", viewModel.draft()),
                Views.banner("layer-form-problem", viewModel.problemProperty(), Tone.DANGER));
        top.getStyleClass().add("signing-top");
        setTop(top);
        name.setId("layer-name");
        name.setPromptText("my-layer");
        name.textProperty().bindBidirectional(viewModel.layerNameProperty());
        TextField description = text("layer-description", "");
        description.textProperty().bindBidirectional(viewModel.descriptionProperty());
        TextField runtimes = text("layer-runtimes", "python3.12, nodejs20.x");
        runtimes.textProperty().bindBidirectional(viewModel.runtimesProperty());
        TextField license = text("layer-license", "MIT, or a URL");
        license.textProperty().bindBidirectional(viewModel.licenseProperty());
        CheckBox x86 = new CheckBox("x86_64");
        x86.setId("layer-x86");
        x86.setMnemonicParsing(false); // "x86_64", not "x8664" with the 6 underlined
        x86.selectedProperty().bindBidirectional(viewModel.x86Property());
        CheckBox arm = new CheckBox("arm64");
        arm.setId("layer-arm64");
        arm.selectedProperty().bindBidirectional(viewModel.arm64Property());
        HBox architectures = new HBox(12, x86, arm);
        architectures.setId("layer-architectures");

        FormGrid grid = new FormGrid();
        var v = viewModel.validation();
        grid.field("Layer name", name, v.feedback("layer-name"), viewModel.limitsOf("LayerName"));
        Node content = content(grid);
        grid.field("Compatible runtimes", runtimes, v.feedback("layer-runtimes"),
                viewModel.limitsOf("CompatibleRuntimes"));
        grid.field("Architectures", architectures, architectures, v.feedback("layer-architectures"),
                viewModel.limitsOf("CompatibleArchitectures"));
        grid.field("License", license, v.feedback("layer-license"), viewModel.limitsOf("LicenseInfo"));
        grid.field("Description", description, v.feedback("layer-description"), viewModel.limitsOf("Description"));
        Map<String, Node> fields = Map.of("layer-name", name, "layer-content", content, "layer-runtimes", runtimes,
                "layer-architectures", x86, "layer-license", license, "layer-description", description);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("form-scroll");
        setCenter(scroll);
        setRight(new ProblemsPanel("layer-problems", "layer-problem-summary", viewModel.validation(),
                id -> FieldFocus.focus(fields.getOrDefault(id, name)),
                "Nothing to fix: the version passes every rule Lambda checks before it publishes one."));
        setBottom(bottom());
        setOnKeyPressed(event -> {
            if (new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN).match(event)) {
                viewModel.publish();
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                back.run();
                event.consume();
            }
        });
    }

    private static TextField text(String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        return field;
    }

    /** The package: a .zip file, or bucket, key and version of an S3 object. */
    private Node content(FormGrid grid) {
        ToggleGroup group = new ToggleGroup();
        RadioButton zip = new RadioButton(".zip file");
        zip.setId("layer-source-zip");
        zip.setToggleGroup(group);
        RadioButton s3 = new RadioButton("S3 object");
        s3.setId("layer-source-s3");
        s3.setToggleGroup(group);
        s3.setSelected(viewModel.fromS3Property().get());
        zip.setSelected(!viewModel.fromS3Property().get());
        s3.selectedProperty().bindBidirectional(viewModel.fromS3Property());
        HBox source = new HBox(12, zip, s3);
        source.setId("layer-content");
        grid.field("Package", source, source, viewModel.validation().feedback("layer-content"),
                viewModel.limitsOf("Content"));
        Button choose = Views.button("layer-choose-zip", "Choose .zip file…", "fth-file-plus", () -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Choose the layer's .zip package");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(".zip packages", "*.zip"));
            File file = chooser.showOpenDialog(getScene().getWindow());
            if (file != null) {
                viewModel.chooseZip(file.toPath());
            }
        });
        Label status = new Label();
        status.setId("layer-zip-status");
        status.getStyleClass().add("form-note");
        status.textProperty().bind(viewModel.zip().statusProperty());
        ToneStyles.bind(status, viewModel.zip().toneProperty());
        grid.row("", new HBox(8, choose, status));
        grid.shownWhen(viewModel.fromS3Property().not());
        var picker = viewModel.s3();
        ComboBox<String> bucket = PickOrType.combo(picker.buckets(), picker.bucketProperty(), "bucket");
        bucket.setId("layer-s3-bucket");
        bucket.setOnAction(e -> picker.loadKeys());
        ComboBox<String> key = PickOrType.combo(picker.keys(), picker.keyProperty(), "path/to/layer.zip");
        key.setId("layer-s3-key");
        key.setOnAction(e -> picker.loadVersions());
        ComboBox<String> version = PickOrType.combo(picker.versions(), picker.versionProperty(), "latest");
        version.setId("layer-s3-version");
        Label s3Status = new Label();
        s3Status.getStyleClass().add("form-note");
        s3Status.textProperty().bind(picker.statusProperty());
        grid.row("", new VBox(6, bucket, key, version, s3Status));
        grid.shownWhen(viewModel.fromS3Property());
        return source;
    }

    private VBox bottom() {
        Button publish = Views.button("publish-layer-version", "Publish", "fth-check", viewModel::publish);
        publish.getStyleClass().add(Styles.ACCENT);
        publish.setDefaultButton(false);
        publish.disableProperty().bind(viewModel.publishDisabledProperty());
        publish.setTooltip(new Tooltip("Publish the version (Ctrl+Enter)"));
        Button clear = Views.button("clear-layer-form", "Clear", "fth-rotate-ccw", viewModel::clear);
        VBox bottom = new VBox(Views.header(publish, clear));
        bottom.getStyleClass().add("signing-bottom");
        return bottom;
    }

    void focusFirstField() {
        Views.focus(name);
    }
}
