package dev.lambdadesk.ui.signing.configs;

import java.util.Map;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;

import dev.lambdadesk.ui.common.FieldFocus;
import dev.lambdadesk.ui.common.FormGrid;
import dev.lambdadesk.ui.common.ProblemsPanel;
import dev.lambdadesk.ui.common.Tone;
import dev.lambdadesk.ui.workspace.DraftBanner;
import dev.lambdadesk.ui.common.ExportMenu;
import dev.lambdadesk.ui.common.Views;
import dev.lambdadesk.ui.common.KeyValueEditor;

/** The configuration editor; Ctrl+Enter saves, Escape goes back to the list. */
final class ConfigFormView extends BorderPane {

    private final ConfigFormViewModel viewModel;
    private final TextField description = new TextField();
    private final Map<String, Node> fields;

    ConfigFormView(ConfigFormViewModel viewModel, Runnable back) {
        this.viewModel = viewModel;
        setId("config-form");
        Label title = new Label();
        title.getStyleClass().add(Styles.TITLE_3);
        title.textProperty().bind(viewModel.titleBinding());
        VBox top = new VBox(6, Views.header(Views.button("config-form-back", "Back to configurations",
                "fth-arrow-left", back), title), new DraftBanner("config-draft", viewModel.draft()),
                Views.banner("config-form-problem", viewModel.problemProperty(), Tone.DANGER));
        top.getStyleClass().add("signing-top");
        setTop(top);

        description.setId("csc-description");
        description.setPromptText("What this configuration is for");
        description.textProperty().bindBidirectional(viewModel.descriptionProperty());
        VBox policy = policyChoice();
        VBox publishers = publisherChecklist();
        KeyValueEditor tags = new KeyValueEditor(new KeyValueEditor.Options("csc-tags", "Key", "Value", "Add tag", null),
                viewModel.tags().rows(), viewModel.tags()::add, viewModel.tags()::remove);

        FormGrid grid = new FormGrid();
        grid.field("Description", description, viewModel.validation().feedback("csc-description"),
                viewModel.limitsOf("Description"));
        grid.field("Policy", policy, viewModel.validation().feedback("csc-policy"),
                viewModel.limitsOf("CodeSigningPolicies.UntrustedArtifactOnDeployment"));
        grid.field("Allowed publishers", publishers, viewModel.validation().feedback("csc-publishers"),
                viewModel.limitsOf("AllowedPublishers.SigningProfileVersionArns"));
        grid.field("Tags", tags, viewModel.validation().feedback("csc-tags"), viewModel.limitsOf("Tags"));
        fields = Map.of("csc-description", description, "csc-policy", policy, "csc-publishers", publishers,
                "csc-tags", tags);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("form-scroll");
        setCenter(scroll);
        setRight(new ProblemsPanel("config-problems", "config-problem-summary", viewModel.validation(),
                id -> FieldFocus.focus(fields.getOrDefault(id, description)),
                "Nothing to fix: the configuration passes every rule Lambda checks before it saves one."));
        setBottom(bottom());
        setOnKeyPressed(event -> {
            if (new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN).match(event)) {
                viewModel.save();
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                back.run();
                event.consume();
            }
        });
    }

    private VBox policyChoice() {
        ToggleGroup group = new ToggleGroup();
        RadioButton warn = new RadioButton("Warn");
        warn.setId("policy-warn");
        RadioButton enforce = new RadioButton("Enforce");
        enforce.setId("policy-enforce");
        warn.setToggleGroup(group);
        enforce.setToggleGroup(group);
        Runnable show = () -> group.selectToggle(ConfigFormViewModel.ENFORCE.equals(viewModel.policyProperty().get())
                ? enforce : warn);
        show.run();
        viewModel.policyProperty().addListener((o, old, now) -> show.run());
        group.selectedToggleProperty().addListener((o, old, now) -> {
            if (now != null) {
                viewModel.policyProperty().set(now == enforce ? ConfigFormViewModel.ENFORCE
                        : ConfigFormViewModel.WARN);
            }
        });
        VBox box = new VBox(4, new HBox(16, warn, enforce),
                Views.note(ConfigFormViewModel.explain(ConfigFormViewModel.WARN)),
                Views.note(ConfigFormViewModel.explain(ConfigFormViewModel.ENFORCE)),
                Views.note("A package whose signature fails the integrity check (changed after signing) is "
                        + "refused under both."));
        box.setId("csc-policy");
        box.getStyleClass().add("policy-choice");
        return box;
    }

    private VBox publisherChecklist() {
        PublisherChecklist checklist = viewModel.publishers();
        ListView<PublisherChoice> list = new ListView<>(checklist.choices());
        list.setId("publisher-checklist");
        list.getStyleClass().add("publisher-list");
        list.setCellFactory(v -> new PublisherCell());
        list.setPlaceholder(new Label("No Lambda signing profiles in this account."));
        list.setOnKeyPressed(event -> {
            PublisherChoice current = list.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.SPACE && current != null) {
                current.selectedProperty().set(!current.isSelected());
                event.consume();
            }
        });
        Label counter = new Label();
        counter.setId("publisher-count");
        counter.getStyleClass().add("form-note");
        counter.textProperty().bind(checklist.counterBinding());
        Label status = Views.banner("publisher-status", checklist.statusProperty(), Tone.WARNING);
        TextField arn = new TextField();
        arn.setId("publisher-arn");
        arn.setPromptText("arn:aws:signer:<region>:<account>:/signing-profiles/<name>/<version>");
        arn.textProperty().bindBidirectional(checklist.arnToAddProperty());
        arn.setOnAction(event -> checklist.addByArn());
        HBox.setHgrow(arn, Priority.ALWAYS);
        Button add = Views.button("add-publisher", "Add by ARN", "fth-plus", checklist::addByArn);
        VBox box = new VBox(6, status, list, counter, new HBox(6, arn, add),
                Views.note("Profiles of another account are added by their profile version ARN."));
        box.setId("csc-publishers");
        return box;
    }

    private VBox bottom() {
        Button save = Views.button("save-config", "Save configuration", "fth-check", viewModel::save);
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(viewModel.saveDisabledProperty());
        save.setTooltip(new Tooltip("Save (Ctrl+Enter)"));
        ExportMenu export = new ExportMenu("config-export", viewModel.export(), "code-signing-config");
        VBox bottom = new VBox(Views.header(save, export));
        bottom.getStyleClass().add("signing-bottom");
        return bottom;
    }

    void focusFirstField() {
        Views.focus(description);
    }
}
