package dev.lambdadesk.ui.functions.create;

import java.util.Map;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;
import org.kordamp.ikonli.javafx.FontIcon;

import dev.lambdadesk.core.CodeSigningConfigInfo;
import dev.lambdadesk.ui.common.KeyValueEditor;
import dev.lambdadesk.ui.common.PickOrType;
import dev.lambdadesk.ui.common.Tone;
import dev.lambdadesk.ui.common.ToneStyles;

/** The sections built around a list: layers, code signing configurations, tags. */
final class ListSectionsView {

    private ListSectionsView() {
    }

    static Node layers(CreateFunctionViewModel viewModel, Map<String, Node> focusTargets) {
        LayersSection layers = viewModel.layers();
        FormBuilder form = new FormBuilder(viewModel, focusTargets);
        VBox rows = new VBox(6);
        Runnable rebuild = () -> rows.getChildren().setAll(layers.layers().stream().map(row -> layerRow(layers,
                row, layers.layers().indexOf(row))).toList());
        layers.layers().addListener((ListChangeListener<LayerRow>) change -> {
            while (change.next()) {
                if (change.wasAdded() || change.wasRemoved()) {
                    rebuild.run();
                    return;
                }
            }
        });
        rebuild.run();
        Button add = new Button("Add layer", new FontIcon("fth-plus"));
        add.setId("layers-add");
        add.getStyleClass().add(Styles.SMALL);
        add.setOnAction(event -> {
            layers.addLayer();
            Platform.runLater(() -> rows.getChildren().getLast().lookup(".combo-box").requestFocus());
        });
        VBox editor = new VBox(6, rows, add);
        editor.getStyleClass().add("row-editor");
        editor.disableProperty().bind(layers.appliesProperty().not());
        Label note = FormBuilder.note("layers-note");
        note.textProperty().bind(Bindings.when(layers.appliesProperty())
                .then("Versioned layer ARNs, applied in this order: the account's layers, or any ARN typed.")
                .otherwise("Container images cannot use layers; add their content to the image."));
        Label trust = FormBuilder.note("layers-trust-note");
        trust.textProperty().bind(layers.picks().trustNoteProperty());
        trust.visibleProperty().bind(trust.textProperty().isNotEmpty());
        trust.managedProperty().bind(trust.visibleProperty());
        ToneStyles.apply(trust, Tone.WARNING);
        form.field(layers.arns, editor, new VBox(4, editor, note, trust));
        return form.grid();
    }

    private static Node layerRow(LayersSection layers, LayerRow row, int index) {
        ComboBox<String> arn = PickOrType.combo(layers.picks().choices(), row.arnProperty(),
                "Pick a layer version, or type any layer version ARN");
        arn.setId("layers-" + index + "-arn");
        arn.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : layers.picks().label(item));
            }
        });
        HBox.setHgrow(arn, Priority.ALWAYS);
        FontIcon problem = new FontIcon("fth-x-circle");
        problem.getStyleClass().add("row-problem");
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(row.problemProperty());
        Tooltip.install(problem, tip);
        problem.visibleProperty().bind(row.problemProperty().isNotEmpty());
        Button remove = new Button(null, new FontIcon("fth-trash-2"));
        remove.setId("layers-" + index + "-remove");
        remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        remove.setAccessibleText("Remove this layer");
        remove.setOnAction(event -> layers.remove(row));
        HBox box = new HBox(6, arn, problem, remove);
        box.setAlignment(Pos.CENTER_LEFT);
        Label flag = FormBuilder.note("layers-" + index + "-flag");
        flag.textProperty().bind(row.flagProperty());
        flag.visibleProperty().bind(row.flagProperty().isNotEmpty());
        flag.managedProperty().bind(flag.visibleProperty());
        return new VBox(2, box, flag);
    }

    static Node codeSigning(CreateFunctionViewModel viewModel, Map<String, Node> focusTargets) {
        CodeSigningSection signing = viewModel.codeSigning();
        FormBuilder form = new FormBuilder(viewModel, focusTargets);
        ObservableList<String> arns = FXCollections.observableArrayList();
        Runnable copy = () -> arns.setAll(signing.configs().stream().map(CodeSigningConfigInfo::arn).toList());
        signing.configs().addListener((javafx.beans.InvalidationListener) o -> copy.run());
        copy.run();
        ComboBox<String> config = FormBuilder.editableCombo(arns, signing.configArnProperty(),
                "None: deployments are not checked");
        config.setCellFactory(list -> new ConfigCell(signing));
        config.disableProperty().bind(signing.appliesProperty().not());
        Label explanation = FormBuilder.note("code-signing-explanation");
        explanation.textProperty().bind(signing.explanationProperty());
        Label status = FormBuilder.note("code-signing-status");
        status.textProperty().bind(signing.listStatusProperty());
        status.visibleProperty().bind(status.textProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        form.field(signing.config, config,
                new VBox(4, config, explanation, status));
        return form.grid();
    }

    /** A configuration by description and policy, with its ARN below. */
    private static final class ConfigCell extends ListCell<String> {
        private final CodeSigningSection signing;

        ConfigCell(CodeSigningSection signing) {
            this.signing = signing;
        }

        @Override
        protected void updateItem(String arn, boolean empty) {
            super.updateItem(arn, empty);
            if (empty || arn == null) {
                setText(null);
                return;
            }
            setText(signing.configs().stream().filter(c -> c.arn().equals(arn)).findFirst()
                    .map(c -> (c.description().isEmpty() ? c.id() : c.description()) + " · " + c.policy() + "\n"
                            + arn).orElse(arn));
        }
    }

    static Node tags(CreateFunctionViewModel viewModel, Map<String, Node> focusTargets) {
        TagsSection tags = viewModel.tags();
        FormBuilder form = new FormBuilder(viewModel, focusTargets);
        KeyValueEditor editor = new KeyValueEditor(new KeyValueEditor.Options(tags.tags.id(), "Key", "Value", "Add tag",
                null), tags.tags(), tags::addTag, tags::remove);
        form.field(tags.tags, editor);
        return form.grid();
    }
}
