package dev.lambdadesk.ui.sam;

import java.io.File;
import java.nio.file.Path;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import atlantafx.base.theme.Styles;

import dev.lambdadesk.ui.common.EmptyState;
import dev.lambdadesk.ui.common.Tone;
import dev.lambdadesk.ui.common.Views;

/**
 * The SAM applications section: open a template; its resources and findings on the left; the stack, the signing
 * choices and Package / Deploy on the right.
 */
public final class SamApplicationsView extends StackPane {

    private final SamApplicationsViewModel model;
    private final GridPane stack = new GridPane();

    public SamApplicationsView(SamApplicationsViewModel model) {
        this.model = model;
        setId("sam-applications");
        Views.style(this);
        BorderPane page = new BorderPane();
        VBox top = new VBox(6, header(), Views.banner("sam-load-problem", model.loadProblemProperty(), Tone.DANGER));
        top.getStyleClass().add("signing-top");
        page.setTop(top);
        EmptyState empty = new EmptyState("fth-package", new ReadOnlyObjectWrapper<>("No template open"),
                new ReadOnlyObjectWrapper<>("Open a SAM template (template.yaml) to check it, sign its functions "
                        + "and layers, package it and deploy it on this connection."));
        empty.setId("sam-empty");
        SplitPane split = new SplitPane(new ResourceTreeView(model.tree()), side());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.36);
        page.centerProperty().bind(Bindings.when(model.fileProperty().isNull()).<Node>then(empty).otherwise(split));
        getChildren().add(page);
        model.reopenLast();
    }

    private Node header() {
        Button open = Views.button("sam-open", "_Open template…", "fth-folder", this::chooseFile);
        open.getStyleClass().add(Styles.ACCENT);
        open.setTooltip(new Tooltip("Open a SAM template, YAML or JSON"));
        MenuButton recent = new MenuButton("Recent");
        recent.setId("sam-recent");
        recent.disableProperty().bind(Bindings.isEmpty(model.recent()));
        Runnable fillRecent = () -> recent.getItems().setAll(model.recent().stream().map(p -> {
            MenuItem item = new MenuItem(p.toString());
            item.setMnemonicParsing(false);
            item.setOnAction(e -> model.open(p));
            return item;
        }).toList());
        model.recent().addListener((ListChangeListener<Path>) c -> fillRecent.run());
        fillRecent.run();
        Label file = new Label();
        file.setId("sam-file");
        file.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS); // the file's name matters most
        file.textProperty().bind(Bindings.createStringBinding(() -> model.fileProperty().get() == null ? ""
                : model.fileProperty().get().toString(), model.fileProperty()));
        file.tooltipProperty().bind(Bindings.createObjectBinding(() -> file.getText().isEmpty() ? null
                : new Tooltip(file.getText()), file.textProperty()));
        file.setMinWidth(80);
        open.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        recent.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        // the path takes what the buttons leave, shortened at its start: the file's name stays in sight
        file.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(file, Priority.ALWAYS);
        HBox bar = new HBox(10, open, recent, file);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("signing-header");
        return bar;
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a SAM template");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("SAM templates (*.yaml, *.yml, *.json)", "*.yaml", "*.yml", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        Path current = model.fileProperty().get();
        if (current != null && current.getParent() != null && current.getParent().toFile().isDirectory()) {
            chooser.setInitialDirectory(current.getParent().toFile());
        }
        File chosen = chooser.showOpenDialog(getScene().getWindow());
        if (chosen != null) {
            model.open(chosen.toPath());
        }
    }

    private ScrollPane side() {
        VBox content = new VBox(12, title("Stack"), stackGrid(), title("Code signing"),
                new SigningChoicesView(model.signing()), title("Package and deploy"), new SamRunView(model));
        content.setPadding(new Insets(12));
        content.setFillWidth(true);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setId("sam-side");
        scroll.getStyleClass().add("form-scroll");
        return scroll;
    }

    private static Label title(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll(Styles.TITLE_4, "details-subtitle");
        return label;
    }

    /** The stack name and one field per template parameter (its default until changed). */
    private GridPane stackGrid() {
        stack.setHgap(10);
        stack.setVgap(6);
        model.parameters().addListener((ListChangeListener<ParameterValue>) c -> fillStack());
        fillStack();
        return stack;
    }

    private void fillStack() {
        stack.getChildren().clear();
        TextField name = new TextField(model.stackNameProperty().get());
        name.setId("sam-stack-name");
        name.textProperty().bindBidirectional(model.stackNameProperty());
        Label nameLabel = new Label("Stack name");
        nameLabel.setLabelFor(name);
        stack.addRow(0, nameLabel, name);
        stack.add(Views.banner("sam-stack-name-message", model.stackProblemProperty(), Tone.DANGER), 1, 1);
        GridPane.setHgrow(name, Priority.ALWAYS);
        int row = 2;
        for (ParameterValue p : model.parameters()) {
            TextField value = new TextField(p.valueProperty().get());
            value.setId("sam-parameter-" + p.name());
            value.textProperty().bindBidirectional(p.valueProperty());
            value.setPromptText(p.defaultValue().isEmpty() ? "(no default: give a value)" : p.defaultValue());
            Label label = new Label(p.name());
            label.setLabelFor(value);
            if (!p.description().isEmpty()) {
                label.setTooltip(new Tooltip(p.description()));
                value.setTooltip(new Tooltip(p.description()));
            }
            GridPane.setHgrow(value, Priority.ALWAYS);
            stack.addRow(row++, label, value);
        }
    }
}
