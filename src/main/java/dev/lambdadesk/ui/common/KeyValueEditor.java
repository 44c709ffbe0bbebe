package dev.lambdadesk.ui.common;

import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import atlantafx.base.theme.Styles;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Edits a map member row by row (environment variables, tags): name and value fields the Tab key walks through, an
 * optional masked value with a per-row secret flag, each row's findings beside it, and add/remove.
 */
public final class KeyValueEditor extends VBox {

    /** How the editor differs between environment variables and tags. */
    public record Options(String idPrefix, String nameHeader, String valueHeader, String addText,
                   BooleanProperty reveal) {
    }

    private static final double NAME_WIDTH = 200;
    /** Narrow windows shrink the name column this far, so the form needs no horizontal scrolling at 1024 px. */
    private static final double NAME_MIN_WIDTH = 110;

    private final Options options;
    private final ObservableList<KeyValueRow> rows;
    private final Consumer<KeyValueRow> remove;
    private final VBox rowBoxes = new VBox(6);

    public KeyValueEditor(Options options, ObservableList<KeyValueRow> rows, Supplier<KeyValueRow> add,
            Consumer<KeyValueRow> remove) {
        this.options = options;
        this.rows = rows;
        this.remove = remove;
        setId(options.idPrefix());
        getStyleClass().add("row-editor");
        setFocusTraversable(false);

        Button addButton = new Button(options.addText(), new FontIcon("fth-plus"));
        addButton.setId(options.idPrefix() + "-add");
        addButton.getStyleClass().add(Styles.SMALL);
        addButton.setOnAction(event -> {
            add.get();
            Platform.runLater(this::focusLastName);
        });
        HBox bar = new HBox(8, addButton);
        bar.setAlignment(Pos.CENTER_LEFT);

        rows.addListener((ListChangeListener<KeyValueRow>) change -> {
            while (change.next()) {
                if (change.wasAdded() || change.wasRemoved() || change.wasPermutated()) {
                    rebuild();
                    return;
                }
            }
        });
        rebuild();
        getChildren().addAll(header(), rowBoxes, bar);
    }

    /** The first control to focus when a problem in the editor is clicked. */
    public Node focusTarget() {
        return rowBoxes.getChildren().isEmpty() ? lookup("#" + options.idPrefix() + "-add")
                : ((HBox) rowBoxes.getChildren().getFirst()).getChildren().getFirst();
    }

    private Node header() {
        Label name = new Label(options.nameHeader());
        name.getStyleClass().add("row-editor-header");
        name.setMinWidth(NAME_MIN_WIDTH);
        name.setPrefWidth(NAME_WIDTH);
        Label value = new Label(options.valueHeader());
        value.getStyleClass().add("row-editor-header");
        HBox header = new HBox(6, name, value);
        header.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(rows));
        header.managedProperty().bind(header.visibleProperty());
        return header;
    }

    private void rebuild() {
        rowBoxes.getChildren().setAll(rows.stream().map(this::rowOf).toList());
    }

    private void focusLastName() {
        if (!rowBoxes.getChildren().isEmpty()) {
            ((HBox) rowBoxes.getChildren().getLast()).getChildren().getFirst().requestFocus();
        }
    }

    private HBox rowOf(KeyValueRow row) {
        int index = rows.indexOf(row);
        String id = options.idPrefix() + "-" + index;
        TextField name = new TextField();
        name.setId(id + "-name");
        name.setMinWidth(NAME_MIN_WIDTH);
        name.setPrefWidth(NAME_WIDTH);
        name.setPromptText(options.nameHeader());
        name.textProperty().bindBidirectional(row.nameProperty());

        Node value = valueOf(row, id);
        HBox.setHgrow(value, Priority.ALWAYS);

        FontIcon problem = new FontIcon("fth-x-circle");
        problem.getStyleClass().add("row-problem");
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(row.problemProperty());
        Tooltip.install(problem, tip);
        problem.visibleProperty().bind(row.problemProperty().isNotEmpty());

        Button delete = new Button(null, new FontIcon("fth-trash-2"));
        delete.setId(id + "-remove");
        delete.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        delete.setAccessibleText("Remove this row");
        delete.setTooltip(new Tooltip("Remove this row"));
        delete.setOnAction(event -> remove.accept(row));

        HBox box = new HBox(6, name, value);
        if (options.reveal() != null) {
            CheckBox secret = new CheckBox("Secret");
            secret.setId(id + "-secret");
            secret.setTooltip(new Tooltip("A secret value is shown masked and is not written into saved drafts."));
            secret.setMinWidth(Region.USE_PREF_SIZE); // its label is never cut to "…"
            secret.selectedProperty().bindBidirectional(row.secretProperty());
            box.getChildren().add(secret);
        }
        box.getChildren().addAll(problem, delete);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** A plain field, or a masked one with a plain twin shown while values are revealed. */
    private Node valueOf(KeyValueRow row, String id) {
        TextField plain = new TextField();
        plain.setId(id + "-value");
        plain.setPromptText(options.valueHeader());
        plain.textProperty().bindBidirectional(row.valueProperty());
        if (options.reveal() == null) {
            return plain;
        }
        PasswordField masked = new PasswordField();
        masked.setId(id + "-masked");
        masked.setPromptText(options.valueHeader());
        masked.textProperty().bindBidirectional(row.valueProperty());
        // masked means secret: only secret values are masked (and kept out of drafts), until revealed
        plain.visibleProperty().bind(options.reveal().or(row.secretProperty().not()));
        masked.visibleProperty().bind(plain.visibleProperty().not());
        return new StackPane(masked, plain);
    }
}
