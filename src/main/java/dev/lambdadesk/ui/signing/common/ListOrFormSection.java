package dev.lambdadesk.ui.signing.common;

import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import dev.lambdadesk.ui.common.Views;

/**
 * A code signing section: its list, or its form (built on first use). While the section is shown, Ctrl+N opens
 * the form through the ViewModel's command.
 *
 * @param <F> the form's view type
 */
public class ListOrFormSection<F extends Node> extends StackPane {

    public static final KeyCombination NEW_KEYS = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);

    private final Node list;
    private final Supplier<F> formFactory;
    private final Consumer<F> focusFirstField;
    private final Runnable newCommand;
    /** Held here: a binding is only weakly referenced by what it observes. */
    private final ObservableValue<Boolean> showingForm;
    private F form;

    /**
     * @param showingForm     true while the ViewModel's page is the form
     * @param focusFirstField puts the keyboard in the form's first field when it is shown
     * @param newCommand      the ViewModel command Ctrl+N runs
     */
    protected ListOrFormSection(String id, Node list, ObservableValue<Boolean> showingForm, Supplier<F> formFactory,
                                Consumer<F> focusFirstField, Runnable newCommand) {
        this.list = list;
        this.formFactory = formFactory;
        this.focusFirstField = focusFirstField;
        this.newCommand = newCommand;
        this.showingForm = showingForm;
        setId(id);
        getStyleClass().add("section-view");
        Views.style(this);
        show(Boolean.TRUE.equals(showingForm.getValue()));
        showingForm.addListener((o, old, now) -> show(Boolean.TRUE.equals(now)));
        sceneProperty().addListener((o, old, now) -> moveShortcut(old, now));
    }

    private void show(boolean showForm) {
        if (showForm) {
            if (form == null) {
                form = formFactory.get();
            }
            getChildren().setAll(form);
            F shown = form;
            Platform.runLater(() -> focusFirstField.accept(shown));
        } else {
            getChildren().setAll(list);
        }
    }

    private void moveShortcut(Scene old, Scene now) {
        if (old != null) {
            old.getAccelerators().remove(NEW_KEYS);
        }
        if (now != null) {
            now.getAccelerators().put(NEW_KEYS, newCommand);
        }
    }
}
