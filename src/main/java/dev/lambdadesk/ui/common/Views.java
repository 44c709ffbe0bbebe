package dev.lambdadesk.ui.common;

import java.util.function.Function;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

import atlantafx.base.theme.Styles;
import org.kordamp.ikonli.javafx.FontIcon;

/** Small pieces the code signing views share: header bars, banners, buttons, badges, the clipboard. */
public final class Views {

    private static final String STYLESHEET = "/dev/lambdadesk/ui/signing/signing.css";
    private static final String FORMS = "/dev/lambdadesk/ui/common/forms.css";

    private Views() {
    }

    /** Adds the code signing and form style sheets to a section's root. */
    public static void style(StackPane root) {
        root.getStylesheets().add(Views.class.getResource(FORMS).toExternalForm());
        root.getStylesheets().add(Views.class.getResource(STYLESHEET).toExternalForm());
    }

    /**
     * A page's header bar; a null node leaves a growing gap (what follows goes to the right). What comes before
     * the gap wraps onto a second line when the window is too narrow for it, so no button is ever cut.
     */
    public static HBox header(Node... nodes) {
        HBox bar = new HBox(10);
        bar.getStyleClass().add("signing-header");
        bar.setAlignment(Pos.CENTER_LEFT);
        FlowPane left = new FlowPane(10, 6);
        left.setAlignment(Pos.CENTER_LEFT);
        left.setPrefWrapLength(4096); // one line while it fits; as narrow as its widest node
        HBox.setHgrow(left, Priority.ALWAYS);
        bar.getChildren().add(left);
        boolean gap = false;
        for (Node n : nodes) {
            if (n == null) {
                gap = true;
            } else if (gap) {
                if (n instanceof Label label) {
                    label.setMinWidth(Region.USE_PREF_SIZE); // a count on the right is never cut to "3…"
                }
                bar.getChildren().add(n);
            } else {
                left.getChildren().add(n);
            }
        }
        return bar;
    }

    public static Button button(String id, String text, String icon, Runnable action) {
        Button button = new Button(text, icon == null ? null : new FontIcon(icon));
        button.setId(id);
        button.setMnemonicParsing(true);
        button.setMinWidth(Region.USE_PREF_SIZE); // a bar wraps rather than cut a button's words
        button.setOnAction(event -> action.run());
        return button;
    }

    /** A small icon button with a tooltip and an accessible name. */
    public static Button iconButton(String id, String icon, String what, Runnable action) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setTooltip(new Tooltip(what));
        button.setAccessibleText(what);
        button.setOnAction(event -> action.run());
        return button;
    }

    /** A line of text in a tone that hides itself while the text is empty. */
    public static Label banner(String id, ObservableValue<String> text, Tone tone) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("signing-banner");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        label.textProperty().bind(text);
        label.visibleProperty().bind(Bindings.createBooleanBinding(() -> !empty(text.getValue()), text));
        label.managedProperty().bind(label.visibleProperty());
        ToneStyles.apply(label, tone);
        return label;
    }

    /** A small button for a details pane's actions. */
    public static Button small(String id, String text, String icon, Runnable action) {
        Button button = button(id, text, icon, action);
        button.getStyleClass().add(Styles.SMALL);
        return button;
    }

    /** A muted note under a control. */
    public static Label note(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("form-note");
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** Lambda's "2026-05-03T10:11:12.345+0000" as a person reads it: "2026-05-03 10:11:12" (UTC, as Lambda says). */
    public static String awsTime(String timestamp) {
        if (timestamp != null && timestamp.length() >= 19 && timestamp.charAt(10) == 'T') {
            return timestamp.substring(0, 10) + " " + timestamp.substring(11, 19);
        }
        return timestamp;
    }

    /** A status word on a coloured badge. */
    public static Label badge(String text, Tone tone) {
        Label label = new Label(text);
        label.getStyleClass().add("status-badge");
        label.setMinWidth(Region.USE_PREF_SIZE);
        ToneStyles.apply(label, tone);
        return label;
    }

    /**
     * Puts the keyboard focus on {@code field}, now or, for a page shown for the first time (a scroll pane adds its
     * content to the scene only when its skin is made), as soon as the field is in the scene.
     */
    public static void focus(Node field) {
        if (field.getScene() != null) {
            field.requestFocus();
            return;
        }
        field.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> o,
                    Scene old, Scene now) {
                if (now != null) {
                    field.sceneProperty().removeListener(this);
                    Platform.runLater(field::requestFocus);
                }
            }
        });
    }

    public static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    /**
     * A column that shows each row's status as a badge; never narrower than its longest badge, so no status is cut
     * ("Canceled", not "Cancele").
     */
    public static <R> TableColumn<R, R> badgeColumn(String title, double minWidth, Function<R, String> text,
                                                    Function<R, Tone> tone) {
        TableColumn<R, R> column = new TableColumn<>(title);
        column.setMinWidth(minWidth);
        column.setPrefWidth(minWidth + 10);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(R item, boolean empty) {
                super.updateItem(item, empty);
                setGraphic(empty || item == null ? null : badge(text.apply(item), tone.apply(item)));
            }
        });
        return column;
    }

    /** A column that shows {@code value} of each row as text. */
    public static <R> TableColumn<R, String> textColumn(String title, double width, Function<R, String> value) {
        TableColumn<R, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setCellFactory(c -> new TextCell<>());
        return column;
    }

    /** {@link #textColumn(String, double, Function)} with the id {@code column-<id>}, for tests and styling. */
    public static <R> TableColumn<R, String> textColumn(String title, String id, double width,
            Function<R, String> value) {
        TableColumn<R, String> column = textColumn(title, width, value);
        column.setId("column-" + id);
        return column;
    }

    /** Keeps the table's selection and the ViewModel's selected item the same, whichever of them changes. */
    public static <R> void bindSelection(TableView<R> table, ObjectProperty<R> selected) {
        table.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (selected.get() != now) {
                selected.set(now);
            }
        });
        selected.addListener((o, old, now) -> {
            if (table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });
    }

    /**
     * Makes {@code type} the dialog's dangerous action: styled as such, not the default button, disabled while
     * {@code disabled}; pressing it runs {@code action} and keeps the dialog open (a refusal shows in it) until
     * {@code done} turns true.
     */
    public static Button dangerAction(Dialog<ButtonType> dialog, ButtonType type, String id,
            ObservableBooleanValue disabled, Runnable action, ObservableBooleanValue done) {
        Button button = (Button) dialog.getDialogPane().lookupButton(type);
        button.setId(id);
        button.getStyleClass().add(Styles.DANGER);
        button.setDefaultButton(false);
        button.disableProperty().bind(disabled);
        button.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            action.run();
        });
        done.addListener((o, was, now) -> {
            if (now) {
                dialog.setResult(type);
                dialog.close();
            }
        });
        return button;
    }

    private static boolean empty(String s) {
        return s == null || s.isEmpty();
    }
}
